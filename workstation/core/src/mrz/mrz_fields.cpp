// Field-level rules of the MRZ: names, dates with their century, country codes.
#include <sstream>

#include "mrz_internal.hpp"
#include "mws/core/domain/reference_data.hpp"
#include "mws/core/mrz/mrz.hpp"

namespace mws::core {
namespace {

// ICAO 9303 Part 3 codes that are not ISO 3166-1 alpha-3 (the ISO codes, XXA/XXB/XXC/XXX
// and RKS come from the reference data). UTO is the specimen state "Utopia".
constexpr const char* kIcaoOnlyCodes =
    "D GBD GBN GBO GBP GBS EUE UNO UNA UNK XBA XIM XCC XCO XEC XPO XES XMP XOM XDC UTO";

int digitsAt(std::string_view text, std::size_t from) {
  return (text[from] - '0') * 10 + (text[from + 1] - '0');
}

bool allDigits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// The latest date with these YYMMDD digits that is not after `limit`.
std::optional<CivilDate> latestNotAfter(std::string_view yymmdd, const CivilDate& limit) {
  if (yymmdd.size() != 6 || !allDigits(yymmdd)) return std::nullopt;
  const int yy = digitsAt(yymmdd, 0);
  const auto month = static_cast<unsigned>(digitsAt(yymmdd, 2));
  const auto day = static_cast<unsigned>(digitsAt(yymmdd, 4));
  const int century = limit.year() / 100 * 100;
  for (int base = century; base >= century - 100; base -= 100) {
    auto date = CivilDate::make(base + yy, month, day);
    if (date && *date <= limit) return date;
    if (!date && !CivilDate::make(2000, month, day)) return std::nullopt;  // never a day
  }
  return std::nullopt;
}

std::string collapseFillers(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '<') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::optional<CivilDate> mrzBirthDate(std::string_view yymmdd, const CivilDate& today) {
  return latestNotAfter(yymmdd, today);
}

std::optional<CivilDate> mrzExpiryDate(std::string_view yymmdd, const CivilDate& today) {
  auto limit = CivilDate::make(today.year() + 20, today.month(), today.day());
  return latestNotAfter(yymmdd, limit ? *limit : today.addDays(20 * 365 + 5));
}

const std::set<std::string>& mrzCountryCodes() {
  static const std::set<std::string> codes = [] {
    std::set<std::string> all = defaultReferenceData().countries;
    std::istringstream stream(kIcaoOnlyCodes);
    for (std::string code; stream >> code;) all.insert(code);
    return all;
  }();
  return codes;
}

namespace mrz_detail {

std::string trimFillers(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && text[end - 1] == '<') --end;
  return std::string(text.substr(0, end));
}

MrzName splitName(std::string_view field) {
  MrzName name;
  name.truncated = !field.empty() && field.back() != '<';
  const std::size_t separator = field.find("<<");
  name.primary = collapseFillers(field.substr(0, separator));
  if (separator != std::string_view::npos) {
    name.secondary = collapseFillers(field.substr(separator + 2));
  }
  for (char c : field) {
    if (c >= '0' && c <= '9') name.hasDigits = true;
  }
  return name;
}

}  // namespace mrz_detail
}  // namespace mws::core
