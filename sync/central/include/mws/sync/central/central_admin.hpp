#pragma once
// The centre's own writes that units pull (docs/sync-protocol.md, Pull): decisions taken
// centrally on a unit's case, and reference data rows. Each is one transaction that also
// appends to the centre's gapless change log. Used by `mws-central decide|reference` and
// by tests; plain C++ (no Poco).

#include <cstdint>
#include <string>
#include <string_view>

#include "mws/core/result.hpp"

namespace mws::sync::central {

namespace codes {
inline constexpr std::string_view kCaseUnknown = "central.case_unknown";    // params case
inline constexpr std::string_view kBadDecision = "central.bad_decision";    // params field
inline constexpr std::string_view kBadReference = "central.bad_reference";  // params field
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

}  // namespace mws::sync::central
