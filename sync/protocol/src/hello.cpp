#include "mws/sync/protocol/hello.hpp"

#include <utility>

#include "json_object.hpp"
#include "mws/sync/protocol/blob.hpp"

namespace mws::sync::protocol {

namespace {

using detail::JsonObject;
using detail::openMessage;

WallTime fromMillis(std::int64_t millis) {
  return WallTime(std::chrono::milliseconds(millis));
}

Poco::Int64 toMillis(WallTime time) {
  return time.time_since_epoch().count();
}

}  // namespace

std::string encodeHelloRequest(const HelloRequest& request) {
  auto object = detail::newObject();
  object->set("protocol", request.protocolVersion);
  object->set("origin", request.origin);
  object->set("client_clock_ms", toMillis(request.clientClock));
  return detail::toJson(object);
}

std::string encodeHelloReply(const HelloReply& reply) {
  auto object = detail::newObject();
  object->set("protocol", reply.protocolVersion);
  object->set("server_version", reply.serverVersion);
  object->set("server_clock_ms", toMillis(reply.serverClock));
  object->set("accepted", reply.accepted);
  if (!reply.refusal.empty()) object->set("refusal", reply.refusal);
  if (reply.maxClockSkewMs > 0) object->set("max_skew_ms", static_cast<Poco::Int64>(reply.maxClockSkewMs));
  if (!reply.sealPublicKey.empty()) object->set("seal_public_key", reply.sealPublicKey);
  return detail::toJson(object);
}

core::Result<HelloRequest> decodeHelloRequest(std::string_view json) {
  auto message = openMessage(json, "hello request");
  if (!message) return message.error();
  auto origin = message->string("origin");
  if (!origin) return origin.error();
  if (!isValidOrigin(*origin)) {
    return message->malformed("origin", "must be 1-64 characters of A-Z a-z 0-9 - _ .");
  }
  const auto clock = message->integer("client_clock_ms");
  if (!clock) return clock.error();
  return HelloRequest{kProtocolVersion, std::move(*origin), fromMillis(*clock)};
}

core::Result<HelloReply> decodeHelloReply(std::string_view json) {
  auto message = openMessage(json, "hello reply");
  if (!message) return message.error();
  auto serverVersion = message->string("server_version");
  if (!serverVersion) return serverVersion.error();
  const auto clock = message->integer("server_clock_ms");
  if (!clock) return clock.error();
  const auto accepted = message->boolean("accepted");
  if (!accepted) return accepted.error();
  auto refusal = message->optionalString("refusal");
  if (!refusal) return refusal.error();
  if (!*accepted && refusal->empty()) return message->malformed("refusal", "is missing");
  std::int64_t maxSkew = 0;
  if (message->has("max_skew_ms")) {
    const auto value = message->integer("max_skew_ms");
    if (!value) return value.error();
    maxSkew = *value;
  }
  auto sealKey = message->optionalString("seal_public_key");
  if (!sealKey) return sealKey.error();
  if (!sealKey->empty() && !isValidSha256(*sealKey)) {
    return message->malformed("seal_public_key", "must be 64 lower-case hex digits");
  }
  return HelloReply{kProtocolVersion, std::move(*serverVersion), fromMillis(*clock), *accepted,
                    std::move(*refusal), maxSkew, std::move(*sealKey)};
}

}  // namespace mws::sync::protocol
