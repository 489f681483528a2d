#pragma once
// Internal: maps plain structs to JSON objects and back. Each struct is described once by an
// overload `fields(io, value)` in namespace mws::core::codec that names its members:
//
//   template <typename Io> void fields(Io& io, Address& a) { io("region", a.region); ... }
//
// FieldWriter turns the description into an object; FieldReader fills the struct from one,
// strictly: every member must be present with the right type (std::optional members may be
// absent or null), unknown members are refused. The first problem found is kept:
// "payload.field_invalid" with params["field"] = the path ("host.tax_id", "invitees[1].latin")
// and a detail that says what is wrong.

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "json.hpp"
#include "mws/core/domain/case_payloads.hpp"
#include "mws/core/domain/fees.hpp"

namespace mws::core::codec {

// The text forms of the enumerations the payloads hold (tag dispatch on the second argument).
std::optional<StayBasis> parseEnum(std::string_view text, StayBasis);
std::optional<CancellationRequester> parseEnum(std::string_view text, CancellationRequester);
std::optional<HostKind> parseEnum(std::string_view text, HostKind);
std::optional<IdCardReason> parseEnum(std::string_view text, IdCardReason);
std::optional<InviteeRelation> parseEnum(std::string_view text, InviteeRelation);
std::optional<PermanentResidenceBasis> parseEnum(std::string_view text, PermanentResidenceBasis);
std::optional<FeeVariant> parseEnum(std::string_view text, FeeVariant);
std::optional<Payer> parseEnum(std::string_view text, Payer);

Error fieldInvalid(const std::string& path, std::string detail);

class FieldWriter {
 public:
  template <typename T>
  void operator()(std::string_view key, const T& value) {
    m_object.push_back(json::Member{std::string(key), encode(value)});
  }
  template <typename T>
  void operator()(std::string_view key, const std::optional<T>& value) {
    if (value) (*this)(key, *value);  // absent when empty
  }
  // Writes every member `fields` names (the description takes a mutable reference so that
  // one description serves both directions; the writer only reads through it).
  template <typename T>
  void all(const T& value) {
    fields(*this, const_cast<T&>(value));
  }
  json::Object take() { return std::move(m_object); }

 private:
  static json::Value encode(const std::string& value) { return value; }
  static json::Value encode(bool value) { return value; }
  static json::Value encode(std::int64_t value) { return value; }
  static json::Value encode(const CivilDate& value) { return value.toString(); }
  template <typename E>
  requires std::is_enum_v<E>
  static json::Value encode(E value) { return std::string(toString(value)); }
  template <typename T>
  static json::Value encode(const std::vector<T>& values) {
    json::Array array;
    for (const T& value : values) array.push_back(encode(value));
    return array;
  }
  template <typename T>
  requires std::is_class_v<T>
  static json::Value encode(const T& value) {
    FieldWriter nested;
    nested.all(value);
    return nested.take();
  }

  json::Object m_object;
};

class FieldReader {
 public:
  // `path` is where `object` sits ("" for the top level).
  FieldReader(const json::Object& object, std::string path)
      : m_object(object), m_path(std::move(path)), m_used(object.size(), false) {}

  template <typename T>
  void operator()(std::string_view key, T& out) {
    if (m_error) return;
    const json::Value* value = take(key);
    if (!value) {
      m_error = fieldInvalid(pathOf(key), "missing");
      return;
    }
    decode(*value, out, pathOf(key));
  }
  template <typename T>
  void operator()(std::string_view key, std::optional<T>& out) {
    out.reset();
    const json::Value* value = m_error ? nullptr : take(key);
    if (!value || value->isNull()) return;
    T inner{};
    decode(*value, inner, pathOf(key));
    if (!m_error) out = std::move(inner);
  }
  template <typename T>
  void all(T& out) {
    fields(*this, out);
  }
  bool failed() const { return m_error.has_value(); }
  // The first problem met, else the first member nothing asked for ("unknown field").
  Status finish() const;

 private:
  const json::Value* take(std::string_view key);
  std::string pathOf(std::string_view key) const;
  void wrongType(const json::Value& value, std::string_view expected, const std::string& path);

  void decode(const json::Value& value, std::string& out, const std::string& path);
  void decode(const json::Value& value, bool& out, const std::string& path);
  void decode(const json::Value& value, std::int64_t& out, const std::string& path);
  void decode(const json::Value& value, CivilDate& out, const std::string& path);
  template <typename E>
  requires std::is_enum_v<E>
  void decode(const json::Value& value, E& out, const std::string& path) {
    std::string text;
    decode(value, text, path);
    if (m_error) return;
    const std::optional<E> parsed = parseEnum(text, E{});
    if (!parsed) {
      m_error = fieldInvalid(path, "unknown value");
      return;
    }
    out = *parsed;
  }
  template <typename T>
  void decode(const json::Value& value, std::vector<T>& out, const std::string& path) {
    const json::Array* array = value.as<json::Array>();
    if (!array) return wrongType(value, "array", path);
    out.assign(array->size(), T{});
    for (std::size_t i = 0; i < array->size() && !m_error; ++i) {
      decode((*array)[i], out[i], path + "[" + std::to_string(i) + "]");
    }
  }
  template <typename T>
  requires std::is_class_v<T>
  void decode(const json::Value& value, T& out, const std::string& path) {
    const json::Object* object = value.as<json::Object>();
    if (!object) return wrongType(value, "object", path);
    FieldReader nested(*object, path);
    nested.all(out);
    auto status = nested.finish();
    if (!status) m_error = status.error();
  }

  const json::Object& m_object;
  std::string m_path;
  std::vector<bool> m_used;
  std::optional<Error> m_error;
};

}  // namespace mws::core::codec
