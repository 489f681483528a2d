#pragma once
// A small JSON writer for --json output (the core's reader and writer are internal to it).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mws::cli {

// A quoted JSON string with the escapes RFC 8259 requires.
std::string jsonString(std::string_view text);

// Members written in the order they are added.
class JsonObject {
 public:
  JsonObject& add(std::string_view key, std::string_view value);
  JsonObject& add(std::string_view key, const char* value) {
    return add(key, std::string_view(value));
  }
  JsonObject& add(std::string_view key, std::int64_t value);
  JsonObject& add(std::string_view key, bool value);
  // `json` is written as it is (an object, an array or null).
  JsonObject& addRaw(std::string_view key, std::string_view json);
  std::string str() const { return "{" + m_body + "}"; }

 private:
  void key(std::string_view name);
  std::string m_body;
};

// "[a,b,...]" of already written JSON values.
std::string jsonArray(const std::vector<std::string>& items);

}  // namespace mws::cli
