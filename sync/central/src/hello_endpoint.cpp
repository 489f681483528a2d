#include "hello_endpoint.hpp"

#include <Poco/Logger.h>

#include <string>

#include "mws/core/version.hpp"
#include "mws/sync/protocol/error_body.hpp"
#include "mws/sync/protocol/hello.hpp"

namespace mws::sync::central::detail {

namespace {

Poco::Logger& logger() {
  return Poco::Logger::get("mws.central.hello");
}

protocol::HelloReply ourReply() {
  return protocol::HelloReply{
      protocol::kProtocolVersion, std::string(core::version()), protocol::wallClockNow(), true, {}, 0, {}};
}

}  // namespace

Reply answerHello(const Request& http) {
  const auto request = protocol::decodeHelloRequest(http.body);
  protocol::HelloReply reply = ourReply();
  if (!request && request.error().code == protocol::codes::kVersionMismatch) {
    logger().notice("refused a hello: %s", request.error().code);
    reply.accepted = false;
    reply.refusal = request.error().code;
    return Reply{200, protocol::encodeHelloReply(reply), {}};
  }
  if (!request) {
    logger().warning("rejected a hello: %s", request.error().code);
    return Reply{400, protocol::encodeErrorBody(request.error()), {}};
  }
  const auto skew = request->clientClock - reply.serverClock;
  // Origins are unit codes (checked by the codec), never personal data.
  logger().information("hello from unit %s (clock %+Ld ms from ours)", request->origin,
                       static_cast<Poco::Int64>(skew.count()));
  reply.maxClockSkewMs = http.services.maxClockSkew.count();
  reply.sealPublicKey = http.services.sealPublicKey;
  if (!protocol::checkClockSkew(request->clientClock, reply.serverClock, http.services.maxClockSkew)) {
    logger().warning("refused a hello from unit %s: clock skew", request->origin);
    reply.accepted = false;
    reply.refusal = protocol::codes::kClockSkew;
  }
  return Reply{200, protocol::encodeHelloReply(reply), {}};
}

}  // namespace mws::sync::central::detail
