#include "mws/core/domain/identity_document.hpp"

#include "enum_names.hpp"

namespace mws::core {

namespace {

constexpr detail::NameTable<DocumentKind, 4> kKinds{{
    {DocumentKind::Passport, "passport"},
    {DocumentKind::IdCard, "id_card"},
    {DocumentKind::TravelDocument, "travel_document"},
    {DocumentKind::ResidencePermit, "residence_permit"},
}};

bool isUpperAlnum(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool allOf(std::string_view text, bool (*predicate)(char)) {
  for (char c : text) {
    if (!predicate(c)) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string_view toString(DocumentKind kind) { return detail::nameOf(kKinds, kind); }
std::optional<DocumentKind> parseDocumentKind(std::string_view text) {
  return detail::parseName(kKinds, text);
}

Status validateDocument(const IdentityDocument& document, const std::set<std::string>& countries) {
  // The MRZ document-number field holds at most 9 characters of series and number together
  // (longer numbers overflow into the optional data; we accept up to 14).
  if (document.number.empty() || document.fullNumber().size() > 14 ||
      !allOf(document.number, isUpperAlnum)) {
    return makeError("document.number_format").with("number", document.number);
  }
  if (document.series.size() > 4 || !allOf(document.series, isUpperAlnum)) {
    return makeError("document.series_format").with("series", document.series);
  }
  if (!countries.contains(document.issuingState)) {
    return makeError("document.country").with("country", document.issuingState);
  }
  if (document.expiresOn <= document.issuedOn) {
    return makeError("document.dates")
        .with("issued_on", document.issuedOn.toString())
        .with("expires_on", document.expiresOn.toString());
  }
  return success();
}

}  // namespace mws::core
