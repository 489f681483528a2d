#include "mws/sync/protocol/report.hpp"

#include <Poco/JSON/Array.h>

#include <utility>

#include "json_object.hpp"
#include "origin_json.hpp"
#include "mws/sync/protocol/blob.hpp"

namespace mws::sync::protocol {

namespace {

using detail::JsonObject;
using detail::readOrigin;
using detail::setOrigin;

core::Result<AuditHead> readHead(const JsonObject& message, const std::string& field) {
  const auto head = message.object(field);
  if (!head) return head.error();
  const auto seq = head->integer("seq");
  if (!seq) return seq.error();
  auto hash = head->string("hash");
  if (!hash) return hash.error();
  if (*seq < 0) return head->malformed("seq", "must not be negative");
  if (!isValidSha256(*hash)) return head->malformed("hash", "must be 64 lower-case hex digits");
  return AuditHead{*seq, std::move(*hash)};
}

core::Result<std::vector<QueueLoad>> readQueue(const JsonObject& message) {
  if (!message.has("queue_load")) return std::vector<QueueLoad>{};
  const auto objects = message.objects("queue_load");
  if (!objects) return objects.error();
  if (objects->size() > kMaxQueueServices) return message.malformed("queue_load", "has too many services");
  std::vector<QueueLoad> load;
  for (const JsonObject& object : *objects) {
    auto service = object.string("service");
    if (!service) return service.error();
    if (!isValidOrigin(*service)) return object.malformed("service", "must be a service code");
    const auto waiting = object.integer("waiting");
    if (!waiting) return waiting.error();
    if (*waiting < 0 || *waiting > 1000000) return object.malformed("waiting", "must be 0 to 1000000");
    load.push_back({std::move(*service), *waiting});
  }
  return load;
}

}  // namespace

std::string encodeReportRequest(const ReportRequest& request) {
  auto object = detail::newObject();
  object->set("protocol", request.protocolVersion);
  setOrigin(object, request.origin);
  object->set("client_clock_ms", static_cast<Poco::Int64>(request.clientClock.time_since_epoch().count()));
  auto head = detail::newObject();
  head->set("seq", static_cast<Poco::Int64>(request.auditHead.seq));
  head->set("hash", request.auditHead.hash);
  object->set("audit_head", head);
  if (request.auditCheck) {
    auto check = detail::newObject();
    check->set("seq", static_cast<Poco::Int64>(request.auditCheck->seq));
    check->set("hash", request.auditCheck->hash);
    object->set("audit_check", check);
  }
  Poco::JSON::Array::Ptr queue = new Poco::JSON::Array;
  for (const auto& load : request.queueLoad) {
    auto item = detail::newObject();
    item->set("service", load.service);
    item->set("waiting", static_cast<Poco::Int64>(load.waiting));
    queue->add(item);
  }
  object->set("queue_load", queue);
  return detail::toJson(object);
}

std::string encodeReportReply(const ReportReply& reply) {
  auto object = detail::newObject();
  object->set("protocol", reply.protocolVersion);
  setOrigin(object, reply.origin);
  object->set("audit_seq", static_cast<Poco::Int64>(reply.auditSeq));
  return detail::toJson(object);
}

core::Result<ReportRequest> decodeReportRequest(std::string_view json) {
  auto message = detail::openMessage(json, "report request");
  if (!message) return message.error();
  auto origin = readOrigin(*message);
  if (!origin) return origin.error();
  const auto clock = message->integer("client_clock_ms");
  if (!clock) return clock.error();
  auto head = readHead(*message, "audit_head");
  if (!head) return head.error();
  auto queue = readQueue(*message);
  if (!queue) return queue.error();
  ReportRequest request{kProtocolVersion, std::move(*origin),
                        WallTime(std::chrono::milliseconds(*clock)), std::move(*head),
                        std::move(*queue)};
  if (message->has("audit_check")) {
    auto check = readHead(*message, "audit_check");
    if (!check) return check.error();
    request.auditCheck = std::move(*check);
  }
  return request;
}

core::Result<ReportReply> decodeReportReply(std::string_view json) {
  auto message = detail::openMessage(json, "report reply");
  if (!message) return message.error();
  auto origin = readOrigin(*message);
  if (!origin) return origin.error();
  const auto seq = message->integer("audit_seq");
  if (!seq) return seq.error();
  return ReportReply{kProtocolVersion, std::move(*origin), *seq};
}

}  // namespace mws::sync::protocol
