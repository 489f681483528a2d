#include "origin_json.hpp"

#include <utility>

#include "mws/sync/protocol/protocol.hpp"

namespace mws::sync::protocol::detail {

void setOrigin(Poco::JSON::Object::Ptr object, const Origin& origin) {
  object->set("unit", origin.unit);
  object->set("source", origin.source);
}

core::Result<Origin> readOrigin(const JsonObject& message) {
  Origin origin;
  for (auto [key, field] : {std::pair{"unit", &origin.unit}, {"source", &origin.source}}) {
    auto text = message.string(key);
    if (!text) return text.error();
    if (!isValidOrigin(*text)) {
      return message.malformed(key, "must be 1-64 characters of A-Z a-z 0-9 - _ .");
    }
    *field = std::move(*text);
  }
  return origin;
}

}  // namespace mws::sync::protocol::detail
