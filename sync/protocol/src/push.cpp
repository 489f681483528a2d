#include "mws/sync/protocol/push.hpp"

#include <utility>

#include "json_object.hpp"
#include "origin_json.hpp"

namespace mws::sync::protocol {

namespace {

using detail::JsonObject;
using detail::readOrigin;
using detail::setOrigin;

// The entry without its body, then the body's text spliced in as it is.
std::string encodeEntry(const PushEntry& entry) {
  auto object = detail::newObject();
  object->set("seq", static_cast<Poco::Int64>(entry.seq));
  object->set("entity", entry.entity);
  object->set("entity_id", entry.entityId);
  object->set("action", entry.action);
  std::string text = detail::toJson(object);
  text.pop_back();  // the closing brace
  text.append(",\"body\":").append(entry.body).push_back('}');
  return text;
}

core::Result<PushEntry> readEntry(const JsonObject& object) {
  PushEntry entry;
  const auto seq = object.integer("seq");
  if (!seq) return seq.error();
  entry.seq = *seq;
  for (auto [key, field] : {std::pair{"entity", &entry.entity},
                            {"entity_id", &entry.entityId},
                            {"action", &entry.action}}) {
    auto text = object.string(key);
    if (!text) return text.error();
    if (text->empty() || text->size() > 200) return object.malformed(key, "must be 1-200 characters");
    *field = std::move(*text);
  }
  if (entry.entity != "case" && entry.entity != "person") {
    return object.malformed("entity", "must be \"case\" or \"person\"");
  }
  auto body = object.objectText("body");
  if (!body) return body.error();
  entry.body = std::move(*body);
  return entry;
}

core::Result<std::vector<PushEntry>> readEntries(const JsonObject& message) {
  const auto objects = message.objects("entries");
  if (!objects) return objects.error();
  if (objects->empty() || objects->size() > kMaxBatchEntries) {
    return message.malformed("entries",
                             "must hold 1 to " + std::to_string(kMaxBatchEntries) + " entries");
  }
  std::vector<PushEntry> entries;
  entries.reserve(objects->size());
  for (const JsonObject& object : *objects) {
    auto entry = readEntry(object);
    if (!entry) return entry.error();
    const bool first = entries.empty();
    if ((first && entry->seq < 1) || (!first && entry->seq != entries.back().seq + 1)) {
      return message.malformed("entries", "must have consecutive sequence numbers from 1 up");
    }
    entries.push_back(std::move(*entry));
  }
  return entries;
}

}  // namespace

std::string encodePushRequest(const PushRequest& request) {
  auto object = detail::newObject();
  object->set("protocol", request.protocolVersion);
  setOrigin(object, request.origin);
  if (request.clientClock) {
    object->set("client_clock_ms", static_cast<Poco::Int64>(request.clientClock->time_since_epoch().count()));
  }
  std::string text = detail::toJson(object);
  text.pop_back();
  text.append(",\"entries\":[");
  for (std::size_t i = 0; i < request.entries.size(); ++i) {
    if (i > 0) text.push_back(',');
    text.append(encodeEntry(request.entries[i]));
  }
  text.append("]}");
  return text;
}

std::string encodePushReply(const PushReply& reply) {
  auto object = detail::newObject();
  object->set("protocol", reply.protocolVersion);
  setOrigin(object, reply.origin);
  object->set("high_water", static_cast<Poco::Int64>(reply.highWater));
  object->set("applied", static_cast<Poco::Int64>(reply.applied));
  object->set("duplicates", static_cast<Poco::Int64>(reply.duplicates));
  return detail::toJson(object);
}

core::Result<PushRequest> decodePushRequest(std::string_view json) {
  auto message = detail::openMessage(json, "push request");
  if (!message) return message.error();
  auto origin = readOrigin(*message);
  if (!origin) return origin.error();
  auto entries = readEntries(*message);
  if (!entries) return entries.error();
  PushRequest request{kProtocolVersion, std::move(*origin), std::move(*entries), std::nullopt};
  if (message->has("client_clock_ms")) {
    const auto clock = message->integer("client_clock_ms");
    if (!clock) return clock.error();
    request.clientClock = WallTime(std::chrono::milliseconds(*clock));
  }
  return request;
}

core::Result<PushReply> decodePushReply(std::string_view json) {
  auto message = detail::openMessage(json, "push reply");
  if (!message) return message.error();
  auto origin = readOrigin(*message);
  if (!origin) return origin.error();
  PushReply reply{kProtocolVersion, std::move(*origin), 0, 0, 0};
  for (auto [key, field] : {std::pair{"high_water", &reply.highWater},
                            {"applied", &reply.applied},
                            {"duplicates", &reply.duplicates}}) {
    const auto value = message->integer(key);
    if (!value) return value.error();
    if (*value < 0) return message->malformed(key, "must not be negative");
    *field = *value;
  }
  return reply;
}

}  // namespace mws::sync::protocol
