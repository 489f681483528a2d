#pragma once
// Identity documents a person holds: passports, Uzbek ID cards, travel documents of
// stateless persons and residence permits.

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "mws/core/domain/civil_date.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

enum class DocumentKind { Passport, IdCard, TravelDocument, ResidencePermit };
std::string_view toString(DocumentKind kind);
std::optional<DocumentKind> parseDocumentKind(std::string_view text);

struct IdentityDocument {
  DocumentKind kind = DocumentKind::Passport;
  std::string series;            // "AA", "AD"; may be empty for foreign passports
  std::string number;            // upper-case letters and digits
  std::string issuingState;      // ISO 3166 alpha-3 ("UZB"), ICAO codes like "XXA" allowed
  std::string issuingAuthority;  // e.g. the issuing unit's code
  CivilDate issuedOn;
  CivilDate expiresOn;

  bool isValidOn(const CivilDate& date) const { return issuedOn <= date && date <= expiresOn; }
  // Series and number as printed in the MRZ document-number field ("AD1234567").
  std::string fullNumber() const { return series + number; }

  friend bool operator==(const IdentityDocument&, const IdentityDocument&) = default;
};

// "document.number_format" (params number), "document.series_format", "document.country"
// (params country), "document.dates" (params issued_on, expires_on).
Status validateDocument(const IdentityDocument& document, const std::set<std::string>& countries);

}  // namespace mws::core
