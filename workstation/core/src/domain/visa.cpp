#include "mws/core/domain/visa.hpp"

#include <algorithm>

#include "enum_names.hpp"
#include "mws/core/domain/person_checks.hpp"

namespace mws::core {

namespace {

constexpr detail::NameTable<VisaKind, 2> kKinds{{
    {VisaKind::EVisa, "e_visa"},
    {VisaKind::Other, "other"},
}};

constexpr detail::NameTable<VisaEntries, 3> kEntries{{
    {VisaEntries::Single, "single"},
    {VisaEntries::Double, "double"},
    {VisaEntries::Multiple, "multiple"},
}};

bool visaNumberCharacter(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

}  // namespace

std::string_view toString(VisaKind kind) { return detail::nameOf(kKinds, kind); }
std::optional<VisaKind> parseVisaKind(std::string_view text) {
  return detail::parseName(kKinds, text);
}

std::string_view toString(VisaEntries entries) { return detail::nameOf(kEntries, entries); }
std::optional<VisaEntries> parseVisaEntries(std::string_view text) {
  return detail::parseName(kEntries, text);
}

Status validateVisa(const Visa& visa) {
  if (visa.number.empty()) {
    return makeError("visa.number_missing");
  }
  if (visa.number.size() > kMaxVisaNumberLength ||
      !std::all_of(visa.number.begin(), visa.number.end(), visaNumberCharacter)) {
    return makeError("person.visa_number_format").with("max", std::to_string(kMaxVisaNumberLength));
  }
  if (auto ok = checkDateInRange(visa.validFrom, "visa.valid_from"); !ok) return ok;
  if (auto ok = checkDateInRange(visa.validTo, "visa.valid_to"); !ok) return ok;
  if (visa.validTo < visa.validFrom) {
    return makeError("visa.dates")
        .with("valid_from", visa.validFrom.toString())
        .with("valid_to", visa.validTo.toString());
  }
  return success();
}

}  // namespace mws::core
