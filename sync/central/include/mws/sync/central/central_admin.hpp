#pragma once
// The centre's own writes that units pull (docs/sync-protocol.md, Pull): decisions taken
// centrally on a unit's case, and reference data rows. Each is one transaction that also
// appends to the centre's gapless change log. Used by `mws-central decide|reference` and
// by tests; plain C++ (no Poco).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mws/core/result.hpp"

namespace mws::sync::central {

namespace codes {
inline constexpr std::string_view kCaseUnknown = "central.case_unknown";    // params case
inline constexpr std::string_view kBadDecision = "central.bad_decision";    // params field
inline constexpr std::string_view kBadReference = "central.bad_reference";  // params field
inline constexpr std::string_view kBadPerson = "central.bad_person";        // params field
inline constexpr std::string_view kBadOverstay = "central.bad_overstay";    // params field
}  // namespace codes

struct CentralDecision {
  std::string caseId;                 // a case the centre holds (pushed by its unit)
  std::string state;                  // "approved" or "rejected"
  std::string reason;                 // required for a rejection
  std::string decidedBy = "centre";   // who decided, as the centre names its staff
};

// One row of a reference table the units hold: "service_catalogue", "fee_table" or
// "bcu_rates"; `rowJson` is a JSON object with that table's columns (the key columns
// at least). A row with the same key replaces the earlier one (a new version).
struct ReferenceRow {
  std::string table;
  std::string rowJson;
};

// Both open `dsn`, apply the centre's migrations, and return the change's number.
// central.db_failed when the database cannot be used.
core::Result<std::int64_t> recordDecision(const std::string& dsn, const CentralDecision& decision);
core::Result<std::int64_t> publishReference(const std::string& dsn, const ReferenceRow& row);

// A person record a unit needs (a person whose case or decision concerns the unit, as the
// centre's merge finds them): `personJson` is a JSON object with the workstation's person
// columns (surname_latin, given_latin, patronymic_latin, surname_cyrillic, given_cyrillic,
// patronymic_cyrillic, birth_date, sex, status, citizenship, personal_number). `ref` is the
// centre's id of the person; a later version replaces the earlier one at the unit.
struct CentralPerson {
  std::string unit;
  std::string ref;
  std::string personJson;
};
core::Result<std::int64_t> publishPerson(const std::string& dsn, const CentralPerson& person);

// Which district a unit serves (for the overstay list).
core::Status assignDistrict(const std::string& dsn, const std::string& unit,
                            const std::string& district);

// An entry of the overstay list of foreigners in `district`, sent to every unit of the
// district: `entryJson` holds person_ref, surname, given_names, citizenship, document,
// permitted_until (YYYY-MM-DD), days_over and optionally cleared (true when the centre
// withdraws it). `id` is the centre's key of the entry. Returns the number of the last
// change written (0 when no unit serves the district).
struct OverstayEntry {
  std::string district;
  std::string id;
  std::string entryJson;
};
core::Result<std::int64_t> publishOverstay(const std::string& dsn, const OverstayEntry& entry);

// Audit alarms (docs/sync-protocol.md, Report): the open ones as text lines
// "id unit/source problem reported_seq known_seq raised_at", oldest first.
core::Result<std::vector<std::string>> openAuditAlarms(const std::string& dsn);
// IT has looked into alarm `id` and accepts the origin's history as it is now: the alarm is
// marked resolved with `resolution`, and the heads the origin reported are forgotten, so
// its next report starts a new baseline. central.alarm_unknown (param id) when there is no
// open alarm `id`; central.bad_resolution when `resolution` is blank.
core::Result<std::int64_t> resolveAuditAlarm(const std::string& dsn, std::int64_t id,
                                             const std::string& resolution);

// A blob as the centre holds it, opened with the centre's key and checked against its
// name (the SHA-256 of the plain bytes): the plain bytes. central.blob_unknown (param
// sha256) when the centre does not hold it complete, central.blob_corrupt when it does not
// open or hash to its name, central.db_failed.
core::Result<std::string> openBlob(const std::string& dsn, const std::string& sha256);

}  // namespace mws::sync::central
