#include "mws/sync/protocol/error_body.hpp"

#include <utility>

#include "json_object.hpp"
#include "mws/sync/protocol/protocol.hpp"

namespace mws::sync::protocol {

namespace {

core::Result<std::map<std::string, std::string>> readParams(const detail::JsonObject& error) {
  std::map<std::string, std::string> params;
  if (!error.has("params")) return params;
  const auto object = error.object("params");
  if (!object) return object.error();
  for (const auto& [key, value] : object->raw()) {
    if (!value.isString()) return object->malformed(key, "must be a string");
    params.emplace(key, value.extract<std::string>());
  }
  return params;
}

}  // namespace

std::string encodeErrorBody(const core::Error& error) {
  auto inner = detail::newObject();
  inner->set("code", error.code);
  if (!error.detail.empty()) inner->set("detail", error.detail);
  if (!error.params.empty()) {
    auto params = detail::newObject();
    for (const auto& [key, value] : error.params) params->set(key, value);
    inner->set("params", params);
  }
  auto body = detail::newObject();
  body->set("protocol", kProtocolVersion);
  body->set("error", inner);
  return detail::toJson(body);
}

core::Result<ErrorBody> decodeErrorBody(std::string_view json) {
  const auto body = detail::JsonObject::parse(json, "error body");
  if (!body) return body.error();
  const auto error = body->object("error");
  if (!error) return error.error();
  auto code = error->string("code");
  if (!code) return code.error();
  if (code->empty()) return error->malformed("code", "is empty");
  auto detailText = error->optionalString("detail");
  if (!detailText) return detailText.error();
  auto params = readParams(*error);
  if (!params) return params.error();
  return ErrorBody{core::Error{std::move(*code), std::move(*params), std::move(*detailText)}};
}

}  // namespace mws::sync::protocol
