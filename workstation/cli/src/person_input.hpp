#pragma once
// Turning `mws person add` options into a core::Person. Errors are usage errors: code
// "cli.usage" with the message in `detail`.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "context.hpp"
#include "mws/core/domain/person.hpp"

namespace mws::cli {

inline constexpr const char* kUsageCode = "cli.usage";

core::Error usageError(std::string message);
// A usage error prints its message and returns kUsage; anything else goes to ctx.fail.
int report(Context& ctx, const core::Error& error);
// A positive decimal id, or nullopt.
std::optional<std::int64_t> parseId(const std::string& text);
// Strict YYYY-MM-DD, or a usage error naming the option.
core::Result<core::CivilDate> parseDateOption(std::string_view option, const std::string& text);
// Splits "a:b:c" at every ':' (empty fields kept).
std::vector<std::string> splitFields(const std::string& text);

// KIND:SERIES:NUMBER:STATE:ISSUED:EXPIRES, e.g. passport::N12345678:KAZ:2020-01-10:2030-01-09
core::Result<core::IdentityDocument> parseDocument(const std::string& spec);
// NUMBER:e_visa|other:single|double|multiple:FROM:TO
core::Result<core::Visa> parseVisa(const std::string& spec);
// The whole record from --surname, --given, ..., --document..., --visa....
core::Result<core::Person> personFromArguments(const Arguments& args);

}  // namespace mws::cli
