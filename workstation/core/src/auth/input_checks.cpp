#include "mws/core/auth/input_checks.hpp"

#include <algorithm>

#include "mws/core/domain/person_checks.hpp"
#include "mws/core/domain/payload_codec.hpp"

namespace mws::core {
namespace {

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool validUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return false;
    char32_t cp = length == 1 ? c : c & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (next & 0x3F);
    }
    constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMinimum[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += length;
  }
  return true;
}

// A "\u0000" escape in JSON text (not an escaped backslash followed by "u0000").
bool holdsNulEscape(const std::string& json) {
  for (std::size_t at = json.find("\\u0000"); at != std::string::npos;
       at = json.find("\\u0000", at + 1)) {
    std::size_t backslashes = 0;
    while (at > backslashes && json[at - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return true;
  }
  return false;
}

}  // namespace

Status checkText(std::string_view text, const std::string& field, std::size_t maxBytes) {
  if (text.size() > maxBytes) {
    return makeError("input.too_long").with("field", field).with("max", std::to_string(maxBytes));
  }
  if (text.find('\0') != std::string_view::npos) return makeError("input.nul").with("field", field);
  if (!validUtf8(text)) return makeError("input.invalid_utf8").with("field", field);
  return success();
}

Status checkPersonInput(const Person& person) { return checkPersonFields(person); }

Status checkPayloadInput(const CasePayload& payload) {
  const std::string json = encodePayload(payload);
  if (holdsNulEscape(json)) return makeError("input.nul").with("field", "payload");
  return checkText(json, "payload", kMaxPayloadBytes);
}

}  // namespace mws::core
