#pragma once
// Fees computed from the fee table of the reference data (amounts in BCU, shown in so'm).

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "mws/core/domain/reference_data.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

enum class Payer { Applicant, Organisation };
std::string_view toString(Payer payer);
std::optional<Payer> parsePayer(std::string_view text);

struct FeeLine {
  std::string item;
  std::int64_t bcuHundredths = 0;  // as in the table, also when waived
  std::int64_t som = 0;            // 0 when waived
  bool waived = false;
  std::string waiverRule;          // the rule id that waived it

  friend bool operator==(const FeeLine&, const FeeLine&) = default;
};

struct FeeQuote {
  FeeVariant variant = FeeVariant::Standard;
  Payer payer = Payer::Applicant;
  std::vector<FeeLine> lines;
  std::int64_t totalBcuHundredths = 0;  // waived lines excluded
  std::int64_t totalSom = 0;
  std::int64_t bcuValueSom = 0;         // the BCU value used

  friend bool operator==(const FeeQuote&, const FeeQuote&) = default;
};

struct FeeRequest {
  ServiceCode service = ServiceCode::StayRegistration;
  FeeVariant variant = FeeVariant::Standard;
  CivilDate on;
  Payer payer = Payer::Applicant;
  std::set<std::string> waivedItems;
  std::string waiverRule;
};

// FEE-1: "fee.not_in_table" (params service, variant, date) when no row applies,
// "fee.no_bcu_value" (params date) when no BCU value applies. So'm are rounded half up.
Result<FeeQuote> computeFee(const FeeRequest& request, const ReferenceData& data);

// "12.50" for 1250 hundredths.
std::string formatBcu(std::int64_t bcuHundredths);

}  // namespace mws::core
