#include "mws/core/domain/organisation.hpp"

#include "enum_names.hpp"

namespace mws::core {

namespace {

constexpr detail::NameTable<HostKind, 2> kHostKinds{{
    {HostKind::Person, "person"},
    {HostKind::Organisation, "organisation"},
}};

Status validateNamedOrganisation(const std::string& what, const std::string& taxId,
                                 const std::string& name) {
  if (!isValidTaxId(taxId)) {
    return makeError(what + ".tax_id").with("tax_id", taxId);
  }
  if (name.empty()) {
    return makeError(what + ".name_missing");
  }
  return success();
}

}  // namespace

bool isValidTaxId(std::string_view taxId) {
  if (taxId.size() != 9) {
    return false;
  }
  for (char c : taxId) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  return true;
}

std::string_view toString(HostKind kind) { return detail::nameOf(kHostKinds, kind); }
std::optional<HostKind> parseHostKind(std::string_view text) {
  return detail::parseName(kHostKinds, text);
}

Status validateHost(const Host& host) {
  if (host.kind == HostKind::Person && host.personId <= 0) {
    return makeError("host.person_missing");
  }
  if (host.kind == HostKind::Organisation) {
    auto named = validateNamedOrganisation("host", host.taxId, host.name);
    if (!named) {
      return named;
    }
  }
  if (!host.consentGiven || host.consentEvidence.empty()) {
    return makeError("host.consent_missing").with("rule", "STAY_REG-2");
  }
  return success();
}

Status validateEmployer(const Employer& employer) {
  auto named = validateNamedOrganisation("employer", employer.taxId, employer.name);
  return named ? validateAddress(employer.address) : named;
}

Status validateUniversity(const University& university) {
  auto named = validateNamedOrganisation("university", university.taxId, university.name);
  return named ? validateAddress(university.address) : named;
}

Status validateDormitory(const Dormitory& dormitory) {
  if (dormitory.name.empty()) {
    return makeError("dormitory.name_missing");
  }
  if (!isValidTaxId(dormitory.ownerTaxId)) {
    return makeError("dormitory.tax_id").with("tax_id", dormitory.ownerTaxId);
  }
  return validateAddress(dormitory.address);
}

}  // namespace mws::core
