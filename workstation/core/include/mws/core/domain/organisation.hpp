#pragma once
// Parties other than the applicant: the host who accommodates a foreigner, employers,
// universities and their dormitories. Organisations are identified by their 9-digit tax id
// (STIR/INN).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "mws/core/domain/address.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

// True for exactly nine ASCII digits.
bool isValidTaxId(std::string_view taxId);

enum class HostKind { Person, Organisation };
std::string_view toString(HostKind kind);
std::optional<HostKind> parseHostKind(std::string_view text);

// The one who accommodates a foreigner: an owner (person) or a hotel / institution.
struct Host {
  HostKind kind = HostKind::Person;
  std::int64_t personId = 0;   // for HostKind::Person: the owner's person record
  std::string taxId;           // for HostKind::Organisation
  std::string name;            // organisation name or the owner's name as printed
  bool consentGiven = false;
  std::string consentEvidence; // e.g. "e-rozilik:<ref>" or "paper:<number>"

  friend bool operator==(const Host&, const Host&) = default;
};

struct Employer {
  std::string taxId;
  std::string name;
  Address address;

  friend bool operator==(const Employer&, const Employer&) = default;
};

struct University {
  std::string taxId;
  std::string name;
  Address address;

  friend bool operator==(const University&, const University&) = default;
};

struct Dormitory {
  std::string name;
  Address address;
  std::string ownerTaxId;  // the university or company that runs it

  friend bool operator==(const Dormitory&, const Dormitory&) = default;
};

// Codes: "host.person_missing", "host.tax_id" (params tax_id), "host.name_missing",
// "host.consent_missing" (rule STAY_REG-2).
Status validateHost(const Host& host);
// Codes "<what>.tax_id", "<what>.name_missing" and address codes; what = employer | university.
Status validateEmployer(const Employer& employer);
Status validateUniversity(const University& university);
Status validateDormitory(const Dormitory& dormitory);

}  // namespace mws::core
