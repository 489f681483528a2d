#pragma once
// Internal: a small, strict JSON reader and writer for the payloads storage keeps in jsonb
// columns. Hand-written because the core takes no outside libraries (not even a JSON one).
//
// Strict RFC 8259 with these limits: input at most 1 MiB, nesting at most 32 arrays/objects,
// numbers are integers that fit in int64 (no fraction, no exponent), strings are valid UTF-8
// (escapes included: \uXXXX, surrogate pairs joined, lone surrogates refused), duplicate keys
// refused. Any input gives a value or an error, never a crash.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "mws/core/result.hpp"

namespace mws::core::json {

inline constexpr std::size_t kMaxInputBytes = 1024 * 1024;
inline constexpr int kMaxDepth = 32;

class Value;
struct Member;
using Array = std::vector<Value>;
using Object = std::vector<Member>;  // in writing order; lookups are linear (objects are small)

class Value {
 public:
  using Data = std::variant<std::nullptr_t, bool, std::int64_t, std::string, Array, Object>;

  Value() : m_data(nullptr) {}
  Value(bool value) : m_data(value) {}
  Value(std::int64_t value) : m_data(value) {}
  Value(int value) : m_data(std::int64_t{value}) {}
  Value(std::string value) : m_data(std::move(value)) {}
  Value(const char* value) : m_data(std::string(value)) {}
  Value(Array value) : m_data(std::move(value)) {}
  Value(Object value) : m_data(std::move(value)) {}

  template <typename T>
  const T* as() const {
    return std::get_if<T>(&m_data);
  }
  template <typename T>
  T* as() {
    return std::get_if<T>(&m_data);
  }
  bool isNull() const { return std::holds_alternative<std::nullptr_t>(m_data); }
  const Data& data() const { return m_data; }
  // "null", "boolean", "number", "string", "array", "object" (for error details).
  std::string_view typeName() const;

 private:
  Data m_data;
};

struct Member {
  std::string key;
  Value value;
};

// The member named `key`, or nullptr.
const Value* find(const Object& object, std::string_view key);

// "payload.malformed" with params["position"] (byte offset) and a detail saying what is wrong.
Result<Value> parse(std::string_view text);

// Compact text: no whitespace, members in order, non-ASCII as raw UTF-8, control characters,
// quote and backslash escaped. Bytes of a string that are not valid UTF-8 are written as
// U+FFFD so that the output is always valid JSON (and valid jsonb).
std::string write(const Value& value);

}  // namespace mws::core::json
