#include "mws/sync/protocol/pull.hpp"

#include <utility>

#include "json_object.hpp"

namespace mws::sync::protocol {

namespace {

using detail::JsonObject;

std::string encodeChange(const PullChange& change) {
  auto object = detail::newObject();
  object->set("seq", static_cast<Poco::Int64>(change.seq));
  object->set("kind", change.kind);
  object->set("id", change.id);
  std::string text = detail::toJson(object);
  text.pop_back();  // the closing brace: the body's text is spliced in as it is
  text.append(",\"body\":").append(change.body).push_back('}');
  return text;
}

core::Result<PullChange> readChange(const JsonObject& object) {
  PullChange change;
  const auto seq = object.integer("seq");
  if (!seq) return seq.error();
  if (*seq < 1) return object.malformed("seq", "must be at least 1");
  change.seq = *seq;
  auto kind = object.string("kind");
  if (!kind) return kind.error();
  if (*kind != kinds::kDecision && *kind != kinds::kReference && *kind != kinds::kPerson &&
      *kind != kinds::kOverstay) {
    return object.malformed("kind", "must be decision, reference, person or overstay");
  }
  change.kind = std::move(*kind);
  auto id = object.string("id");
  if (!id) return id.error();
  if (id->empty() || id->size() > 200) return object.malformed("id", "must be 1-200 characters");
  change.id = std::move(*id);
  auto body = object.objectText("body");
  if (!body) return body.error();
  change.body = std::move(*body);
  return change;
}

core::Result<std::vector<PullChange>> readChanges(const JsonObject& message) {
  const auto objects = message.objects("changes");
  if (!objects) return objects.error();
  if (objects->size() > static_cast<std::size_t>(kMaxPullLimit)) {
    return message.malformed("changes", "must hold at most " + std::to_string(kMaxPullLimit));
  }
  std::vector<PullChange> changes;
  for (const JsonObject& object : *objects) {
    auto change = readChange(object);
    if (!change) return change.error();
    if (!changes.empty() && change->seq <= changes.back().seq) {
      return message.malformed("changes", "must be in ascending order of seq");
    }
    changes.push_back(std::move(*change));
  }
  return changes;
}

}  // namespace

std::string encodePullReply(const PullReply& reply) {
  auto object = detail::newObject();
  object->set("protocol", reply.protocolVersion);
  object->set("unit", reply.unit);
  object->set("cursor", static_cast<Poco::Int64>(reply.cursor));
  object->set("more", reply.more);
  std::string text = detail::toJson(object);
  text.pop_back();
  text.append(",\"changes\":[");
  for (std::size_t i = 0; i < reply.changes.size(); ++i) {
    if (i > 0) text.push_back(',');
    text.append(encodeChange(reply.changes[i]));
  }
  text.append("]}");
  return text;
}

core::Result<PullReply> decodePullReply(std::string_view json) {
  auto message = detail::openMessage(json, "pull reply");
  if (!message) return message.error();
  PullReply reply;
  auto unit = message->string("unit");
  if (!unit) return unit.error();
  if (!isValidOrigin(*unit)) return message->malformed("unit", "must be a unit code");
  reply.unit = std::move(*unit);
  const auto cursor = message->integer("cursor");
  if (!cursor) return cursor.error();
  const auto more = message->boolean("more");
  if (!more) return more.error();
  auto changes = readChanges(*message);
  if (!changes) return changes.error();
  if (*cursor < 0 || (!changes->empty() && *cursor < changes->back().seq)) {
    return message->malformed("cursor", "must not be below the last change");
  }
  reply.cursor = *cursor;
  reply.more = *more;
  reply.changes = std::move(*changes);
  return reply;
}

}  // namespace mws::sync::protocol
