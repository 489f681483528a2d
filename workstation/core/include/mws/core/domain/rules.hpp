#pragma once
// The catalogue of rules the core enforces. Every refusal carries params["rule"] with one of
// these ids; the UI and the CLI cite the id and may show the description (English, for
// officers' manuals and IT; the UI words the refusal itself from the error code).

#include <span>
#include <string>
#include <string_view>

#include "mws/core/result.hpp"

namespace mws::core {

struct RuleInfo {
  std::string_view id;           // "EVISA_EXT-1"
  std::string_view description;  // one line, English
};

std::span<const RuleInfo> ruleCatalogue();
const RuleInfo* findRule(std::string_view id);

// An error with params["rule"] = rule.
Error refusal(std::string_view rule, std::string code);

}  // namespace mws::core
