#include "mws/core/domain/visa.hpp"

#include "enum_names.hpp"

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
  if (visa.validTo < visa.validFrom) {
    return makeError("visa.dates")
        .with("valid_from", visa.validFrom.toString())
        .with("valid_to", visa.validTo.toString());
  }
  return success();
}

}  // namespace mws::core
