#include "push_endpoint.hpp"

#include <Poco/Logger.h>

#include <string>

#include "central_store.hpp"
#include "mws/sync/protocol/blob.hpp"
#include "mws/sync/protocol/error_body.hpp"
#include "mws/sync/protocol/push.hpp"

namespace mws::sync::central::detail {

namespace {

namespace codes = protocol::codes;

Poco::Logger& logger() {
  return Poco::Logger::get("mws.central.push");
}

int statusFor(const std::string& code) {
  if (code == codes::kGap || code == codes::kBlobsMissing || code == codes::kClockSkew) return 409;
  if (code == codes::kWrongUnit || code == codes::kNoCertificate) return 403;
  if (code == codes::kUnavailable) return 503;
  return 400;
}

Reply refuse(const core::Error& error) {
  // Details name counts, sequences and unit codes only: no personal data.
  // Codes only: a parser's detail may quote the request body, which carries personal data.
  logger().warning("refused a push: %s", error.code);
  return Reply{statusFor(error.code), protocol::encodeErrorBody(error), {}};
}

}  // namespace

Reply answerPush(const Request& http) {
  const auto request = protocol::decodePushRequest(http.body);
  if (!request) return refuse(request.error());
  if (auto allowed = checkClientUnit(http, request->origin.unit, "push"); !allowed) {
    return refuse(allowed.error());
  }
  if (request->clientClock) {
    const auto clocks = protocol::checkClockSkew(*request->clientClock, protocol::wallClockNow(),
                                                 http.services.maxClockSkew);
    if (!clocks) return refuse(clocks.error());
  }
  if (http.services.store == nullptr) {
    return refuse(core::makeError(std::string(codes::kUnavailable), "this centre has no database"));
  }
  const auto reply = http.services.store->applyPush(*request);
  if (!reply) return refuse(reply.error());
  logger().information("push from %s/%s: %z entries, %Ld applied, %Ld already held, high water %Ld",
                       request->origin.unit, request->origin.source, request->entries.size(),
                       static_cast<Poco::Int64>(reply->applied),
                       static_cast<Poco::Int64>(reply->duplicates),
                       static_cast<Poco::Int64>(reply->highWater));
  return Reply{200, protocol::encodePushReply(*reply), {}};
}

}  // namespace mws::sync::central::detail
