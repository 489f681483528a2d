#pragma once
// The sync protocol between a workstation and mws-central (docs/sync-protocol.md).
// Every message is a JSON object carrying the integer field "protocol"; both ends must
// speak the same version, which the hello exchange checks before anything else is sent.

#include <chrono>
#include <cstdint>
#include <string_view>

#include "mws/core/result.hpp"

namespace mws::sync::protocol {

// The message-format version this build speaks. Bump it on any incompatible change.
inline constexpr int kProtocolVersion = 1;

// Wall-clock instants travel as milliseconds since the Unix epoch (UTC).
using WallTime = std::chrono::sys_time<std::chrono::milliseconds>;

WallTime wallClockNow();

// Stable error codes of the protocol layer (the UI words them; `detail` is for IT).
namespace codes {
inline constexpr std::string_view kMalformed = "protocol.malformed";
inline constexpr std::string_view kVersionMismatch = "protocol.version_mismatch";
inline constexpr std::string_view kNotFound = "protocol.not_found";
inline constexpr std::string_view kMethodNotAllowed = "protocol.method_not_allowed";
inline constexpr std::string_view kTooLarge = "protocol.too_large";
inline constexpr std::string_view kInternal = "protocol.internal";
// The two clocks differ by more than the centre allows (params skew_ms: the workstation's
// clock minus the centre's, max_skew_ms): hello refusal, or 409 to a push or report.
inline constexpr std::string_view kClockSkew = "protocol.clock_skew";
}  // namespace codes

// The centre's default limit on the difference between its clock and a workstation's.
inline constexpr std::chrono::milliseconds kDefaultMaxClockSkew{5 * 60 * 1000};

// protocol.clock_skew (params skew_ms = client - server, max_skew_ms) when the two clocks
// differ by more than `limit`; a limit of zero or less checks nothing.
core::Status checkClockSkew(WallTime client, WallTime server, std::chrono::milliseconds limit);

// Largest request or reply body either end accepts.
inline constexpr std::size_t kMaxBodyBytes = 1024 * 1024;

// protocol.version_mismatch (params "ours", "theirs") unless `theirs` is our version.
core::Status checkProtocolVersion(std::int64_t theirs);

// An origin (unit) code: 1 to 64 characters from A-Z a-z 0-9 '-' '_' '.'.
bool isValidOrigin(std::string_view origin);

}  // namespace mws::sync::protocol
