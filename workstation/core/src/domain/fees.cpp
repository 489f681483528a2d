#include "mws/core/domain/fees.hpp"

#include <cstdio>
#include <map>

#include "enum_names.hpp"
#include "mws/core/domain/rules.hpp"

namespace mws::core {

namespace {

constexpr detail::NameTable<Payer, 2> kPayers{{
    {Payer::Applicant, "applicant"},
    {Payer::Organisation, "organisation"},
}};

// The applicable row of every item: the latest effectiveFrom not after the date.
std::map<std::string, const FeeEntry*> applicableRows(const FeeRequest& request,
                                                      const ReferenceData& data) {
  std::map<std::string, const FeeEntry*> rows;
  for (const FeeEntry& entry : data.fees) {
    if (entry.service != request.service || entry.variant != request.variant ||
        request.on < entry.effectiveFrom) {
      continue;
    }
    const FeeEntry*& current = rows[entry.item];
    if (!current || current->effectiveFrom < entry.effectiveFrom) {
      current = &entry;
    }
  }
  return rows;
}

std::int64_t toSom(std::int64_t bcuHundredths, std::int64_t bcuValue) {
  return (bcuHundredths * bcuValue + 50) / 100;
}

}  // namespace

std::string_view toString(Payer payer) { return detail::nameOf(kPayers, payer); }
std::optional<Payer> parsePayer(std::string_view text) { return detail::parseName(kPayers, text); }

Result<FeeQuote> computeFee(const FeeRequest& request, const ReferenceData& data) {
  const auto rows = applicableRows(request, data);
  if (rows.empty()) {
    return refusal("FEE-1", "fee.not_in_table")
        .with("service", std::string(toString(request.service)))
        .with("variant", std::string(toString(request.variant)))
        .with("date", request.on.toString());
  }
  const auto bcuValue = data.bcuValueOn(request.on);
  if (!bcuValue) {
    return refusal("FEE-1", "fee.no_bcu_value").with("date", request.on.toString());
  }
  FeeQuote quote{request.variant, request.payer, {}, 0, 0, *bcuValue};
  for (const auto& [item, row] : rows) {
    const bool waived = request.waivedItems.contains(item);
    const std::int64_t som = waived ? 0 : toSom(row->bcuHundredths, *bcuValue);
    quote.lines.push_back({item, row->bcuHundredths, som, waived, waived ? request.waiverRule : ""});
    quote.totalBcuHundredths += waived ? 0 : row->bcuHundredths;
    quote.totalSom += som;
  }
  return quote;
}

std::string formatBcu(std::int64_t bcuHundredths) {
  char buffer[32];
  const char* sign = bcuHundredths < 0 ? "-" : "";
  const long long magnitude = bcuHundredths < 0 ? -bcuHundredths : bcuHundredths;
  std::snprintf(buffer, sizeof buffer, "%s%lld.%02lld", sign, magnitude / 100, magnitude % 100);
  return buffer;
}

}  // namespace mws::core
