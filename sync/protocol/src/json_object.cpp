#include "json_object.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <sstream>
#include <utility>

#include "mws/sync/protocol/protocol.hpp"

namespace mws::sync::protocol::detail {

core::Error malformedError(std::string detail) {
  return core::makeError(std::string(codes::kMalformed), std::move(detail));
}

Poco::JSON::Object::Ptr newObject() {
  return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

std::string toJson(const Poco::JSON::Object::Ptr& object) {
  std::ostringstream out;
  object->stringify(out);
  return out.str();
}

JsonObject::JsonObject(Poco::JSON::Object::Ptr object, std::string what)
    : m_object(std::move(object)), m_what(std::move(what)) {}

core::Result<JsonObject> JsonObject::parse(std::string_view json, std::string what) {
  if (json.size() > kMaxBodyBytes) {
    return malformedError(what + ": larger than " + std::to_string(kMaxBodyBytes) + " bytes");
  }
  Poco::Dynamic::Var root;
  try {
    Poco::JSON::Parser parser;
    root = parser.parse(std::string(json));
  } catch (const Poco::Exception& e) {
    return malformedError(what + ": not valid JSON (" + e.displayText() + ")");
  }
  if (root.type() != typeid(Poco::JSON::Object::Ptr)) {
    return malformedError(what + ": not a JSON object");
  }
  return JsonObject(root.extract<Poco::JSON::Object::Ptr>(), std::move(what));
}

core::Error JsonObject::malformed(const std::string& key, std::string_view problem) const {
  auto error = malformedError(m_what + ": field '" + key + "' " + std::string(problem));
  return std::move(error).with("field", key);
}

bool JsonObject::has(const std::string& key) const {
  return m_object->has(key) && !m_object->isNull(key);
}

core::Result<std::int64_t> JsonObject::integer(const std::string& key) const {
  if (!has(key)) return malformed(key, "is missing");
  const Poco::Dynamic::Var value = m_object->get(key);
  if (!value.isInteger() || value.isBoolean()) return malformed(key, "must be an integer");
  try {
    return value.convert<Poco::Int64>();
  } catch (const Poco::Exception&) {
    return malformed(key, "is out of range");
  }
}

core::Result<std::string> JsonObject::string(const std::string& key) const {
  if (!has(key)) return malformed(key, "is missing");
  const Poco::Dynamic::Var value = m_object->get(key);
  if (!value.isString()) return malformed(key, "must be a string");
  return value.extract<std::string>();
}

core::Result<std::string> JsonObject::optionalString(const std::string& key) const {
  if (!has(key)) return std::string();
  return string(key);
}

core::Result<bool> JsonObject::boolean(const std::string& key) const {
  if (!has(key)) return malformed(key, "is missing");
  const Poco::Dynamic::Var value = m_object->get(key);
  if (!value.isBoolean()) return malformed(key, "must be true or false");
  return value.extract<bool>();
}

core::Result<JsonObject> JsonObject::object(const std::string& key) const {
  if (!has(key)) return malformed(key, "is missing");
  if (!m_object->isObject(key)) return malformed(key, "must be an object");
  return JsonObject(m_object->getObject(key), m_what + "." + key);
}

core::Result<std::vector<JsonObject>> JsonObject::objects(const std::string& key) const {
  if (!has(key)) return malformed(key, "is missing");
  if (!m_object->isArray(key)) return malformed(key, "must be an array");
  const Poco::JSON::Array::Ptr array = m_object->getArray(key);
  std::vector<JsonObject> elements;
  elements.reserve(array->size());
  for (unsigned i = 0; i < array->size(); ++i) {
    if (!array->isObject(i)) return malformed(key, "must hold objects only");
    elements.push_back(JsonObject(array->getObject(i), m_what + "." + key));
  }
  return elements;
}

core::Result<std::string> JsonObject::objectText(const std::string& key) const {
  if (!has(key)) return malformed(key, "is missing");
  if (!m_object->isObject(key)) return malformed(key, "must be an object");
  return toJson(m_object->getObject(key));
}

core::Result<JsonObject> openMessage(std::string_view json, const std::string& what) {
  auto message = JsonObject::parse(json, what);
  if (!message) return message.error();
  const auto version = message->integer("protocol");
  if (!version) return version.error();
  const auto compatible = checkProtocolVersion(*version);
  if (!compatible) {
    core::Error error = compatible.error();
    error.detail = what + ": " + error.detail;
    return error;
  }
  return message;
}

}  // namespace mws::sync::protocol::detail
