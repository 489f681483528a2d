// The draft form of a flow: a small JSON object. The service form's payload is written by
// the core's payload codec when the texts build one; the texts themselves are kept too, so
// that half-typed values (a date not finished) come back as the officer left them.
#include <cctype>
#include <charconv>
#include <cstdio>
#include <map>
#include <variant>

#include "mws/core/domain/payload_codec.hpp"
#include "mws/presenter/new_case_flow.hpp"

namespace mws::presenter {
namespace {

std::string quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string object(const FieldValues& values) {
  std::string out = "{";
  for (const auto& [key, value] : values) {
    if (out.size() > 1) out += ",";
    out += quote(key) + ":" + quote(value);
  }
  return out + "}";
}

std::string array(const std::vector<std::string>& values) {
  std::string out = "[";
  for (const auto& value : values) {
    if (out.size() > 1) out += ",";
    out += quote(value);
  }
  return out + "]";
}

// A reader for what encodeFlowState writes: objects, arrays, strings, integers; a nested
// object may be taken as its raw text (the payload, which the core codec reads).
struct Json;
using JsonObject = std::map<std::string, Json>;
struct Json {
  std::variant<std::string, std::int64_t, std::vector<Json>, JsonObject> value;
  std::string raw;
};

class Reader {
public:
  explicit Reader(std::string_view text) : m_text(text) {}
  bool parse(Json& out) {
    if (!value(out, 0)) return false;
    skip();
    return m_pos == m_text.size();
  }

private:
  void skip() {
    while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos]))) ++m_pos;
  }
  bool eat(char c) {
    skip();
    if (m_pos < m_text.size() && m_text[m_pos] == c) return ++m_pos, true;
    return false;
  }
  bool string(std::string& out) {
    if (!eat('"')) return false;
    while (m_pos < m_text.size() && m_text[m_pos] != '"') {
      char c = m_text[m_pos++];
      if (c != '\\') {
        out += c;
        continue;
      }
      if (m_pos >= m_text.size()) return false;
      c = m_text[m_pos++];
      if (c == 'n') out += '\n';
      else if (c == 'r') out += '\r';
      else if (c == 't') out += '\t';
      else if (c == 'u') {
        if (m_pos + 4 > m_text.size()) return false;
        unsigned code = 0;
        std::from_chars(m_text.data() + m_pos, m_text.data() + m_pos + 4, code, 16);
        m_pos += 4;
        if (code >= 0x80) return false;  // the writer escapes control characters only
        out += static_cast<char>(code);
      } else {
        out += c;
      }
    }
    return eat('"');
  }
  bool value(Json& out, int depth) {
    if (depth > 8) return false;
    skip();
    const std::size_t start = m_pos;
    bool ok = false;
    if (m_pos >= m_text.size()) return false;
    if (m_text[m_pos] == '"') {
      std::string s;
      ok = string(s);
      out.value = std::move(s);
    } else if (m_text[m_pos] == '{') {
      ok = members(out, depth);
    } else if (m_text[m_pos] == '[') {
      ok = elements(out, depth);
    } else if (literal("true") || literal("false") || literal("null")) {
      ok = true;  // kept as raw text only (inside the payload, which the core codec reads)
      out.value = std::string();
    } else {
      std::int64_t n = 0;
      auto [end, ec] = std::from_chars(m_text.data() + m_pos, m_text.data() + m_text.size(), n);
      ok = ec == std::errc();
      m_pos = static_cast<std::size_t>(end - m_text.data());
      out.value = n;
    }
    if (ok) out.raw = std::string(m_text.substr(start, m_pos - start));
    return ok;
  }
  bool literal(std::string_view word) {
    if (m_text.substr(m_pos, word.size()) != word) return false;
    m_pos += word.size();
    return true;
  }
  bool members(Json& out, int depth) {
    JsonObject obj;
    eat('{');
    if (!eat('}')) {
      do {
        std::string key;
        Json member;
        if (!string(key) || !eat(':') || !value(member, depth + 1)) return false;
        obj[key] = std::move(member);
      } while (eat(','));
      if (!eat('}')) return false;
    }
    out.value = std::move(obj);
    return true;
  }
  bool elements(Json& out, int depth) {
    std::vector<Json> list;
    eat('[');
    if (!eat(']')) {
      do {
        Json element;
        if (!value(element, depth + 1)) return false;
        list.push_back(std::move(element));
      } while (eat(','));
      if (!eat(']')) return false;
    }
    out.value = std::move(list);
    return true;
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
};

const Json* member(const JsonObject& obj, const std::string& key) {
  auto it = obj.find(key);
  return it == obj.end() ? nullptr : &it->second;
}

std::string text(const JsonObject& obj, const std::string& key) {
  const Json* j = member(obj, key);
  const auto* s = j ? std::get_if<std::string>(&j->value) : nullptr;
  return s ? *s : std::string();
}

std::int64_t integer(const JsonObject& obj, const std::string& key) {
  const Json* j = member(obj, key);
  const auto* n = j ? std::get_if<std::int64_t>(&j->value) : nullptr;
  return n ? *n : 0;
}

std::vector<std::string> strings(const JsonObject& obj, const std::string& key) {
  std::vector<std::string> out;
  const Json* j = member(obj, key);
  if (const auto* list = j ? std::get_if<std::vector<Json>>(&j->value) : nullptr) {
    for (const Json& e : *list) {
      if (const auto* s = std::get_if<std::string>(&e.value)) out.push_back(*s);
    }
  }
  return out;
}

FieldValues fields(const JsonObject& obj, const std::string& key) {
  FieldValues out;
  const Json* j = member(obj, key);
  if (const auto* inner = j ? std::get_if<JsonObject>(&j->value) : nullptr) {
    for (const auto& [k, v] : *inner) {
      if (const auto* s = std::get_if<std::string>(&v.value)) out[k] = *s;
    }
  }
  return out;
}

// Each finger as "finger|quality|exception": the order of the session kept, the quality's
// shortest exact text.
std::vector<std::string> fingerTexts(const std::vector<core::FingerQuality>& fingers) {
  std::vector<std::string> out;
  for (const auto& f : fingers) {
    char buf[32];
    auto end = std::to_chars(buf, buf + sizeof buf, f.quality).ptr;
    out.push_back(f.finger + "|" + std::string(buf, end) + "|" + f.exception);
  }
  return out;
}

std::vector<core::FingerQuality> fingersFrom(const std::vector<std::string>& texts) {
  std::vector<core::FingerQuality> out;
  for (const auto& t : texts) {
    const auto first = t.find('|');
    const auto second = first == std::string::npos ? first : t.find('|', first + 1);
    if (second == std::string::npos) continue;
    core::FingerQuality f{t.substr(0, first), 0, t.substr(second + 1)};
    std::from_chars(t.data() + first + 1, t.data() + second, f.quality);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace

std::string encodeFlowState(const FlowState& s) {
  std::string out = "{\"v\":1,\"flow_id\":" + quote(s.flowId) + ",\"step\":" + quote(toString(s.step));
  if (s.service) out += ",\"service\":" + quote(core::toString(*s.service));
  out += ",\"ticket_id\":" + std::to_string(s.ticketId);
  out += ",\"mrz\":" + array(s.mrzLines);
  out += ",\"person_id\":" + std::to_string(s.personId);
  out += ",\"person\":" + object(s.person);
  out += ",\"form\":" + object(s.form);
  if (s.service) {
    if (auto payload = buildPayload(*s.service, s.form)) out += ",\"payload\":" + core::encodePayload(*payload);
  }
  out += ",\"photo\":" + quote(s.photoSha256);
  out += ",\"fingerprints\":" + array(s.fingerprintSha256);
  out += ",\"document_scan\":" + quote(s.documentScanSha256);
  out += ",\"finger_quality\":" + array(fingerTexts(s.fingerQuality));
  out += ",\"case_id\":" + quote(s.caseId);
  return out + "}";
}

core::Result<FlowState> decodeFlowState(const std::string& json) {
  Json root;
  const auto* obj = Reader(json).parse(root) ? std::get_if<JsonObject>(&root.value) : nullptr;
  if (!obj || integer(*obj, "v") != 1) return core::makeError("draft.malformed");
  FlowState s;
  s.flowId = text(*obj, "flow_id");
  auto step = parseFlowStep(text(*obj, "step"));
  if (!step || s.flowId.empty()) return core::makeError("draft.malformed");
  s.step = *step;
  if (member(*obj, "service")) {
    s.service = core::parseServiceCode(text(*obj, "service"));
    if (!s.service) return core::makeError("draft.malformed");
  }
  s.ticketId = integer(*obj, "ticket_id");
  s.mrzLines = strings(*obj, "mrz");
  s.personId = integer(*obj, "person_id");
  s.person = fields(*obj, "person");
  s.form = fields(*obj, "form");
  if (const Json* payload = member(*obj, "payload")) {
    auto decoded = core::decodePayload(payload->raw);
    if (!decoded) return core::makeError("draft.malformed", decoded.error().code);
    for (auto& [key, value] : fieldValues(*decoded)) s.form.try_emplace(key, value);
  }
  s.photoSha256 = text(*obj, "photo");
  s.fingerprintSha256 = strings(*obj, "fingerprints");
  s.documentScanSha256 = text(*obj, "document_scan");
  s.fingerQuality = fingersFrom(strings(*obj, "finger_quality"));
  s.caseId = text(*obj, "case_id");
  return s;
}

}  // namespace mws::presenter
