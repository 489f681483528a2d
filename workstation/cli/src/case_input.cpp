#include "case_input.hpp"

#include <fstream>
#include <iterator>
#include <sstream>

#include "mws/core/domain/payload_codec.hpp"
#include "person_input.hpp"

namespace mws::cli {
namespace {

bool lacksService(const core::Error& error) {
  auto field = error.params.find("field");
  return error.code == "payload.field_invalid" && field != error.params.end() &&
         field->second == "service" && error.detail.find("missing") != std::string::npos;
}

// `{...}` with "service":"CODE" as its first member.
std::string withService(const std::string& json, core::ServiceCode service) {
  const std::size_t brace = json.find('{');
  if (brace == std::string::npos) return json;
  const std::size_t next = json.find_first_not_of(" \t\r\n", brace + 1);
  const bool empty = next != std::string::npos && json[next] == '}';
  const std::string member = "\"service\":\"" + std::string(core::toString(service)) + "\"";
  return json.substr(0, brace + 1) + member + (empty ? "" : ",") + json.substr(brace + 1);
}

}  // namespace

core::Result<std::string> readPayloadText(Context& ctx) {
  const std::string file = ctx.args.option("payload").value_or("");
  if (file == "-") {
    return std::string(std::istreambuf_iterator<char>(ctx.in), std::istreambuf_iterator<char>());
  }
  std::ifstream stream(file, std::ios::binary);
  std::ostringstream text;
  if (!stream || !(text << stream.rdbuf())) {
    return core::makeError("cli.payload_unreadable").with("file", file);
  }
  return text.str();
}

core::Result<core::CasePayload> decodePayloadFor(const std::string& json,
                                                 core::ServiceCode service) {
  auto decoded = core::decodePayload(json);
  if (!decoded && lacksService(decoded.error()))
    decoded = core::decodePayload(withService(json, service));
  if (!decoded) return decoded;
  if (core::serviceOf(*decoded) != service) {
    return usageError("the payload is for " +
                      std::string(core::toString(core::serviceOf(*decoded))) + ", not " +
                      std::string(core::toString(service)));
  }
  return decoded;
}

}  // namespace mws::cli
