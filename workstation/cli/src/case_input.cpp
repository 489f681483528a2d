#include "case_input.hpp"

#include <fstream>
#include <iterator>
#include <sstream>

#include "mws/core/domain/payload_codec.hpp"
#include "person_input.hpp"

namespace mws::cli {
namespace {

bool lacks(const core::Error& error, const std::string& member) {
  auto field = error.params.find("field");
  return error.code == "payload.field_invalid" && field != error.params.end() &&
         field->second == member && error.detail.find("missing") != std::string::npos;
}

// `{...}` with `"name":value` as its first member.
std::string withMember(const std::string& json, const std::string& name, const std::string& value) {
  const std::size_t brace = json.find('{');
  if (brace == std::string::npos) return json;
  const std::size_t next = json.find_first_not_of(" \t\r\n", brace + 1);
  const bool empty = next != std::string::npos && json[next] == '}';
  std::string out = json.substr(0, brace + 1);
  out.append("\"").append(name).append("\":").append(value);
  if (!empty) out.push_back(',');
  return out.append(json, brace + 1, std::string::npos);
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
  // The format version and the service may be left out: the command line knows both.
  std::string text = json;
  auto decoded = core::decodePayload(text);
  for (int attempt = 0; attempt < 2 && !decoded; ++attempt) {
    if (lacks(decoded.error(), "v")) {
      text = withMember(text, "v", std::to_string(core::kPayloadFormatVersion));
    } else if (lacks(decoded.error(), "service")) {
      std::string quoted(core::toString(service));
      quoted.insert(quoted.begin(), '"');
      quoted.push_back('"');
      text = withMember(text, "service", quoted);
    } else {
      break;
    }
    decoded = core::decodePayload(text);
  }
  if (!decoded) return decoded;
  if (core::serviceOf(*decoded) != service) {
    return usageError("the payload is for " +
                      std::string(core::toString(core::serviceOf(*decoded))) + ", not " +
                      std::string(core::toString(service)));
  }
  return decoded;
}

}  // namespace mws::cli
