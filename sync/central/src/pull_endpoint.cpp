#include "pull_endpoint.hpp"

#include <Poco/Logger.h>

#include <charconv>
#include <optional>
#include <string>

#include "central_store.hpp"
#include "mws/sync/protocol/error_body.hpp"
#include "mws/sync/protocol/pull.hpp"
#include "mws/sync/protocol/push.hpp"

namespace mws::sync::central::detail {

namespace {

namespace codes = protocol::codes;

Poco::Logger& logger() {
  return Poco::Logger::get("mws.central.pull");
}

int statusFor(const std::string& code) {
  if (code == codes::kNoCertificate) return 403;
  if (code == codes::kUnavailable) return 503;
  return 400;
}

Reply refuse(const core::Error& error) {
  logger().warning("refused a pull: %s", error.code);
  return Reply{statusFor(error.code), protocol::encodeErrorBody(error), {}};
}

core::Error malformed(const std::string& field, std::string detail) {
  return core::makeError(std::string(codes::kMalformed), std::move(detail)).with("field", field);
}

// A non-negative integer parameter; `fallback` when absent, nothing when not a number.
std::optional<std::int64_t> number(const Request& request, const std::string& key,
                                   std::int64_t fallback) {
  const auto it = request.query.find(key);
  if (it == request.query.end()) return fallback;
  std::int64_t value = 0;
  const char* end = it->second.data() + it->second.size();
  const auto [ptr, ec] = std::from_chars(it->second.data(), end, value);
  if (it->second.empty() || ec != std::errc() || ptr != end || value < 0) return std::nullopt;
  return value;
}

// Under mutual TLS the certificate names the unit; otherwise the parameter `unit`.
core::Result<std::string> unitOf(const Request& request) {
  if (request.services.mutualTls) {
    if (request.clientUnit.empty()) {
      return core::makeError(std::string(codes::kNoCertificate), "no unit certificate presented");
    }
    return request.clientUnit;
  }
  const auto it = request.query.find("unit");
  if (it == request.query.end() || !protocol::isValidOrigin(it->second)) {
    return malformed("unit", "without mutual TLS a pull names its unit");
  }
  return it->second;
}

}  // namespace

Reply answerPull(const Request& request) {
  const auto unit = unitOf(request);
  if (!unit) return refuse(unit.error());
  const auto cursor = number(request, "cursor", 0);
  if (!cursor) return refuse(malformed("cursor", "cursor must be a non-negative integer"));
  const auto limit = number(request, "limit", protocol::kMaxPullLimit);
  if (!limit || *limit < 1 || *limit > protocol::kMaxPullLimit) {
    return refuse(malformed("limit", "limit must be 1 to " + std::to_string(protocol::kMaxPullLimit)));
  }
  if (request.services.store == nullptr) {
    return refuse(core::makeError(std::string(codes::kUnavailable), "this centre has no database"));
  }
  const auto reply = request.services.store->pull(*unit, *cursor, *limit);
  if (!reply) return refuse(reply.error());
  logger().information("pull by %s: %z changes, cursor %Ld", *unit, reply->changes.size(),
                       static_cast<Poco::Int64>(reply->cursor));
  return Reply{200, protocol::encodePullReply(*reply), {}};
}

}  // namespace mws::sync::central::detail
