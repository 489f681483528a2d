#pragma once
// Parsing ICAO 9303 machine-readable zones (TD1, TD2, TD3, MRV-A, MRV-B) into fields, with
// every check digit verified. A zone whose checks fail is returned with the failures named,
// never "corrected"; only text that is not an MRZ at all is an Error.

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "mws/core/domain/civil_date.hpp"
#include "mws/core/mrz/mrz_layout.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

// One check digit: the field it guards, where it stands, what it should be and what it is.
struct MrzCheck {
  std::string field;  // "document_number", "birth_date", "expiry_date", "optional_data", "composite"
  int line = 0;       // 0-based
  int column = 0;     // 0-based column of the check digit
  char expected = '0';
  char found = '0';
  bool passed = false;
};

// A field whose content breaks the format's syntax (a country code that does not exist, a
// 31st of February, a digit in a name).
struct MrzIssue {
  std::string field;
  std::string code;  // "mrz.country", "mrz.date", "mrz.sex", "mrz.name", "mrz.document_code"
  int line = 0;
  int column = 0;    // first column of the field
};

struct MrzDocument {
  MrzFormat format = MrzFormat::Td3;
  std::vector<std::string> lines;
  std::string documentCode;     // "P", "I", "ID", "V", ... (fillers removed)
  std::string issuingState;     // "UTO", "D", ... (fillers removed)
  std::string surname;          // primary identifier, '<' inside it turned into spaces
  std::string givenNames;       // secondary identifier
  bool nameTruncated = false;   // the name field is full: the name may have been cut
  std::string documentNumber;   // with a TD1/TD2 long number's overflow appended
  bool documentNumberExtended = false;
  std::string nationality;
  std::optional<CivilDate> birthDate;   // nullopt when unknown ('<') or not a real day
  std::string birthDateRaw;             // YYMMDD as printed
  char sex = '<';                       // 'M', 'F', 'X' or '<' (unspecified)
  std::optional<CivilDate> expiryDate;
  std::string expiryDateRaw;
  std::string optionalData;     // line 2 (TD3: personal number), TD1 line 1 after any overflow
  std::string optionalData2;    // TD1 line 2
  std::vector<MrzCheck> checks;
  std::vector<MrzIssue> issues;

  bool checksPass() const;
  // Every check digit passes and no field breaks the syntax.
  bool valid() const { return checksPass() && issues.empty(); }
};

struct MrzParseOptions {
  CivilDate today;                                // for century inference
  const std::set<std::string>* countries = nullptr;  // null: mrzCountryCodes()
};

// Errors (the text is not an MRZ): "mrz.line_count" (params count), "mrz.line_length"
// (params line, length), "mrz.character" (params line, column), "mrz.format" (params
// lengths). Lines may carry surrounding blanks, which are trimmed.
Result<MrzDocument> parseMrz(const std::vector<std::string>& lines, const MrzParseOptions& options);

// ISO 3166-1 alpha-3 (defaultReferenceData().countries) plus the ICAO 9303 Part 3 codes
// that are not ISO: D (Germany), GBD/GBN/GBO/GBP/GBS, EUE, UNO/UNA/UNK, XBA/XIM/XCC/XCO/
// XEC/XPO/XES/XMP/XOM/XDC, XXA/XXB/XXC/XXX, RKS and UTO (Utopia, ICAO's specimen state).
const std::set<std::string>& mrzCountryCodes();

// Century inference: a birth date is the latest that is not after `today`; an expiry date
// the latest not more than 20 years after `today`. nullopt when not a real day.
std::optional<CivilDate> mrzBirthDate(std::string_view yymmdd, const CivilDate& today);
std::optional<CivilDate> mrzExpiryDate(std::string_view yymmdd, const CivilDate& today);

}  // namespace mws::core
