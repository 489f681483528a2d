#pragma once
#include <iosfwd>
#include <map>
#include <optional>
#include <string>

#include "mws/core/domain/case.hpp"
#include "mws/core/domain/person.hpp"
#include "mws/core/domain/ports/case_repository.hpp"

namespace mws::cli {

// "0.05 BCU = 20 600 so'm"
std::string feeText(const core::FeeQuote& fee);
// `mws case show`: state, service, person, fee, payload and the history with its actors.
void printCase(std::ostream& out, const core::Case& subject,
               const std::optional<core::Person>& person,
               const std::map<std::int64_t, std::string>& logins);
std::string caseJson(const core::Case& subject);
// One line of `mws case list`.
std::string caseSummaryLine(const core::CaseSummary& summary);
std::string caseSummaryJson(const core::CaseSummary& summary);

}  // namespace mws::cli
