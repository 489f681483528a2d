#include "mws/sync/protocol/protocol.hpp"

#include <string>

namespace mws::sync::protocol {

WallTime wallClockNow() {
  return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

core::Status checkProtocolVersion(std::int64_t theirs) {
  if (theirs == kProtocolVersion) return core::success();
  const std::string ours = std::to_string(kProtocolVersion);
  auto error = core::makeError(
      std::string(codes::kVersionMismatch),
      "peer speaks protocol " + std::to_string(theirs) + ", this build speaks " + ours);
  return std::move(error).with("ours", ours).with("theirs", std::to_string(theirs));
}

core::Status checkClockSkew(WallTime client, WallTime server, std::chrono::milliseconds limit) {
  const auto skew = client - server;
  if (limit.count() <= 0 || (skew <= limit && -skew <= limit)) return core::success();
  return core::makeError(std::string(codes::kClockSkew),
                         "the clocks differ by " + std::to_string(skew.count()) +
                             " ms, more than the " + std::to_string(limit.count()) +
                             " ms the centre allows")
      .with("skew_ms", std::to_string(skew.count()))
      .with("max_skew_ms", std::to_string(limit.count()));
}

bool isValidOrigin(std::string_view origin) {
  if (origin.empty() || origin.size() > 64) return false;
  for (const char c : origin) {
    const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum && c != '-' && c != '_' && c != '.') return false;
  }
  return true;
}

}  // namespace mws::sync::protocol
