#pragma once
// Visas of foreigners: electronic visas (e-visa.gov.uz) and other visas, with the history
// of their extensions.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mws/core/domain/civil_date.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

enum class VisaKind { EVisa, Other };
std::string_view toString(VisaKind kind);
std::optional<VisaKind> parseVisaKind(std::string_view text);

enum class VisaEntries { Single, Double, Multiple };
std::string_view toString(VisaEntries entries);
std::optional<VisaEntries> parseVisaEntries(std::string_view text);

struct VisaExtension {
  std::string caseId;   // the EVISA_EXT / VISA_EXT case that granted it
  CivilDate previousValidTo;
  CivilDate newValidTo;

  friend bool operator==(const VisaExtension&, const VisaExtension&) = default;
};

struct Visa {
  std::string number;
  VisaKind kind = VisaKind::Other;
  VisaEntries entries = VisaEntries::Single;
  CivilDate validFrom;
  CivilDate validTo;  // the current last day, extensions included
  std::vector<VisaExtension> extensions;

  bool isValidOn(const CivilDate& date) const { return validFrom <= date && date <= validTo; }

  friend bool operator==(const Visa&, const Visa&) = default;
};

// "visa.number_missing", "person.visa_number_format" (1-20 upper-case letters and digits;
// params max), "person.date_range" (params field, min, max), "visa.dates" (params
// valid_from, valid_to: the visa ends before it starts).
Status validateVisa(const Visa& visa);

}  // namespace mws::core
