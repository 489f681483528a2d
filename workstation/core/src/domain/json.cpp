// A small, strict JSON reader and writer, hand-written because the core takes no outside
// libraries (see json.hpp for what "strict" means here).
#include "json.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "utf8.hpp"

namespace mws::core::json {

namespace {

// Length of the well-formed UTF-8 sequence at text[pos] (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF); 0 when the bytes there are not one.
std::size_t utf8SequenceLength(std::string_view text, std::size_t pos) {
  const auto byte = [&](std::size_t k) -> unsigned {
    return pos + k < text.size() ? static_cast<unsigned char>(text[pos + k]) : 0U;
  };
  const unsigned lead = byte(0);
  if (lead < 0x80) return 1;
  unsigned low = 0x80;
  unsigned high = 0xBF;
  std::size_t length = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    low = lead == 0xE0 ? 0xA0 : low;
    high = lead == 0xED ? 0x9F : high;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    low = lead == 0xF0 ? 0x90 : low;
    high = lead == 0xF4 ? 0x8F : high;
  } else {
    return 0;
  }
  if (byte(1) < low || byte(1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if ((byte(k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : m_text(text) {}

  Result<Value> run() {
    if (m_text.size() > kMaxInputBytes) {
      fail("input larger than 1 MiB", kMaxInputBytes);
      return *m_error;
    }
    Value value;
    if (parseValue(value, 0)) {
      skipSpace();
      if (m_pos != m_text.size()) fail("trailing characters after the value", m_pos);
    }
    if (m_error) return *m_error;
    return value;
  }

 private:
  char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
  bool atEnd() const { return m_pos >= m_text.size(); }

  bool consume(char c) {
    if (atEnd() || m_text[m_pos] != c) return false;
    ++m_pos;
    return true;
  }

  void skipSpace() {
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) {
      ++m_pos;
    }
  }

  bool fail(std::string detail, std::size_t at) {
    if (!m_error) {
      m_error =
          makeError("payload.malformed", std::move(detail)).with("position", std::to_string(at));
    }
    return false;
  }

  bool failHere(const char* expected) {
    return fail(atEnd() ? std::string("unexpected end of input") : std::string(expected), m_pos);
  }

  bool parseValue(Value& out, int depth) {
    skipSpace();
    switch (peek()) {
      case '{':
        return parseObject(out, depth + 1);
      case '[':
        return parseArray(out, depth + 1);
      case '"':
        return parseStringValue(out);
      case 't':
        return parseLiteral("true", Value(true), out);
      case 'f':
        return parseLiteral("false", Value(false), out);
      case 'n':
        return parseLiteral("null", Value(), out);
      default:
        break;
    }
    if (peek() == '-' || isDigit(peek())) return parseNumber(out);
    return failHere("expected a value");
  }

  bool parseLiteral(std::string_view word, Value value, Value& out) {
    if (m_text.substr(m_pos, word.size()) != word) return fail("invalid literal", m_pos);
    m_pos += word.size();
    out = std::move(value);
    return true;
  }

  bool parseNumber(Value& out) {
    const std::size_t start = m_pos;
    const bool negative = consume('-');
    if (!isDigit(peek())) return failHere("expected a digit");
    const std::uint64_t limit = negative ? 9223372036854775808ULL : 9223372036854775807ULL;
    std::uint64_t magnitude = 0;
    if (!consume('0')) {
      while (isDigit(peek())) {
        const auto digit = static_cast<std::uint64_t>(peek() - '0');
        if (magnitude > (limit - digit) / 10) return fail("number out of the int64 range", start);
        magnitude = magnitude * 10 + digit;
        ++m_pos;
      }
    }
    if (peek() == '.' || peek() == 'e' || peek() == 'E') {
      return fail("number is not an integer", start);
    }
    out = negative ? (magnitude == limit ? INT64_MIN : -static_cast<std::int64_t>(magnitude))
                   : static_cast<std::int64_t>(magnitude);
    return true;
  }

  bool parseArray(Value& out, int depth) {
    if (depth > kMaxDepth) return fail("nesting deeper than 32", m_pos);
    ++m_pos;  // '['
    Array array;
    skipSpace();
    if (!consume(']')) {
      do {
        Value item;
        if (!parseValue(item, depth)) return false;
        array.push_back(std::move(item));
        skipSpace();
      } while (consume(','));
      if (!consume(']')) return failHere("expected ',' or ']'");
    }
    out = std::move(array);
    return true;
  }

  bool parseObject(Value& out, int depth) {
    if (depth > kMaxDepth) return fail("nesting deeper than 32", m_pos);
    ++m_pos;  // '{'
    Object object;
    std::set<std::string> keys;
    skipSpace();
    if (!consume('}')) {
      do {
        skipSpace();
        const std::size_t keyAt = m_pos;
        std::string key;
        if (peek() != '"') return failHere("expected a string key");
        if (!parseString(key)) return false;
        if (!keys.insert(key).second) return fail("duplicate key", keyAt);
        skipSpace();
        if (!consume(':')) return failHere("expected ':'");
        Value value;
        if (!parseValue(value, depth)) return false;
        object.push_back(Member{std::move(key), std::move(value)});
        skipSpace();
      } while (consume(','));
      if (!consume('}')) return failHere("expected ',' or '}'");
    }
    out = std::move(object);
    return true;
  }

  bool parseStringValue(Value& out) {
    std::string text;
    if (!parseString(text)) return false;
    out = std::move(text);
    return true;
  }

  bool parseString(std::string& out) {
    ++m_pos;  // opening quote
    while (!atEnd()) {
      const auto c = static_cast<unsigned char>(m_text[m_pos]);
      if (c == '"') {
        ++m_pos;
        return true;
      }
      if (c == '\\') {
        if (!parseEscape(out)) return false;
        continue;
      }
      if (c < 0x20) return fail("control character in a string", m_pos);
      const std::size_t length = utf8SequenceLength(m_text, m_pos);
      if (length == 0) return fail("invalid UTF-8 in a string", m_pos);
      out.append(m_text.substr(m_pos, length));
      m_pos += length;
    }
    return fail("unterminated string", m_pos);
  }

  bool parseEscape(std::string& out) {
    const std::size_t at = m_pos;
    ++m_pos;  // backslash
    if (atEnd()) return fail("unterminated string", m_pos);
    const char c = m_text[m_pos++];
    switch (c) {
      case '"':
        out.push_back('"');
        return true;
      case '\\':
        out.push_back('\\');
        return true;
      case '/':
        out.push_back('/');
        return true;
      case 'b':
        out.push_back('\b');
        return true;
      case 'f':
        out.push_back('\f');
        return true;
      case 'n':
        out.push_back('\n');
        return true;
      case 'r':
        out.push_back('\r');
        return true;
      case 't':
        out.push_back('\t');
        return true;
      case 'u':
        return parseUnicodeEscape(out, at);
      default:
        return fail("invalid escape", at);
    }
  }

  // After "\u": four hex digits; a high surrogate must be followed by "\u" and a low one.
  bool parseUnicodeEscape(std::string& out, std::size_t at) {
    char32_t cp = 0;
    if (!readHex4(cp)) return fail("invalid \\u escape", at);
    if (cp >= 0xDC00 && cp <= 0xDFFF) return fail("unpaired low surrogate escape", at);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      char32_t low = 0;
      if (m_text.substr(m_pos, 2) != "\\u") return fail("unpaired high surrogate escape", at);
      m_pos += 2;
      if (!readHex4(low)) return fail("invalid \\u escape", at);
      if (low < 0xDC00 || low > 0xDFFF) return fail("unpaired high surrogate escape", at);
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    utf8::append(out, cp);
    return true;
  }

  bool readHex4(char32_t& out) {
    if (m_pos + 4 > m_text.size()) return false;
    out = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      const int digit = hexDigit(m_text[m_pos + k]);
      if (digit < 0) return false;
      out = (out << 4) | static_cast<char32_t>(digit);
    }
    m_pos += 4;
    return true;
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
  std::optional<Error> m_error;
};

void writeString(std::string_view text, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (std::size_t pos = 0; pos < text.size();) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') {
      out.push_back('\\');
      out.push_back(c == '\n' ? 'n' : c == '\r' ? 'r' : c == '\t' ? 't' : c == '\b' ? 'b' : 'f');
    } else if (c < 0x20) {
      out.append("\\u00");
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0xF]);
    } else {
      const std::size_t length = utf8SequenceLength(text, pos);
      out.append(length == 0 ? std::string_view("\xEF\xBF\xBD") : text.substr(pos, length));
      pos += std::max<std::size_t>(length, 1);
      continue;
    }
    ++pos;
  }
  out.push_back('"');
}

void writeValue(const Value& value, std::string& out);

void writeArray(const Array& array, std::string& out) {
  out.push_back('[');
  for (std::size_t i = 0; i < array.size(); ++i) {
    if (i > 0) out.push_back(',');
    writeValue(array[i], out);
  }
  out.push_back(']');
}

void writeObject(const Object& object, std::string& out) {
  out.push_back('{');
  for (std::size_t i = 0; i < object.size(); ++i) {
    if (i > 0) out.push_back(',');
    writeString(object[i].key, out);
    out.push_back(':');
    writeValue(object[i].value, out);
  }
  out.push_back('}');
}

struct ValueWriter {
  std::string& out;
  void operator()(std::nullptr_t) const { out.append("null"); }
  void operator()(bool value) const { out.append(value ? "true" : "false"); }
  void operator()(std::int64_t value) const { out.append(std::to_string(value)); }
  void operator()(const std::string& value) const { writeString(value, out); }
  void operator()(const Array& value) const { writeArray(value, out); }
  void operator()(const Object& value) const { writeObject(value, out); }
};

void writeValue(const Value& value, std::string& out) {
  std::visit(ValueWriter{out}, value.data());
}

}  // namespace

std::string_view Value::typeName() const {
  static constexpr std::string_view kNames[] = {"null",   "boolean", "number",
                                                "string", "array",   "object"};
  return kNames[m_data.index()];
}

const Value* find(const Object& object, std::string_view key) {
  for (const Member& member : object) {
    if (member.key == key) return &member.value;
  }
  return nullptr;
}

Result<Value> parse(std::string_view text) {
  return Parser(text).run();
}

std::string write(const Value& value) {
  std::string out;
  writeValue(value, out);
  return out;
}

}  // namespace mws::core::json
