#pragma once
// Private to mws::sync_protocol: a thin reader over Poco::JSON whose typed getters turn
// every fault (absent field, wrong type, bad JSON) into a protocol.malformed value.

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mws/core/result.hpp"

namespace mws::sync::protocol::detail {

class JsonObject {
 public:
  // `what` names the message in error details, e.g. "hello request".
  static core::Result<JsonObject> parse(std::string_view json, std::string what);

  bool has(const std::string& key) const;
  core::Result<std::int64_t> integer(const std::string& key) const;
  core::Result<std::string> string(const std::string& key) const;
  core::Result<std::string> optionalString(const std::string& key) const;  // "" if absent
  core::Result<bool> boolean(const std::string& key) const;
  core::Result<JsonObject> object(const std::string& key) const;
  // The elements of an array field, each of which must be an object.
  core::Result<std::vector<JsonObject>> objects(const std::string& key) const;
  // An object field written back as JSON text.
  core::Result<std::string> objectText(const std::string& key) const;
  const Poco::JSON::Object& raw() const { return *m_object; }

  core::Error malformed(const std::string& key, std::string_view problem) const;

 private:
  JsonObject(Poco::JSON::Object::Ptr object, std::string what);

  Poco::JSON::Object::Ptr m_object;
  std::string m_what;
};

core::Error malformedError(std::string detail);

// Parses a message and checks its "protocol" field before anything else, since the rest
// of a message from another protocol version cannot be interpreted.
core::Result<JsonObject> openMessage(std::string_view json, const std::string& what);

// A new object that writes its keys in insertion order.
Poco::JSON::Object::Ptr newObject();
std::string toJson(const Poco::JSON::Object::Ptr& object);

}  // namespace mws::sync::protocol::detail
