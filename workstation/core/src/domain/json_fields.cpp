#include "json_fields.hpp"

namespace mws::core::codec {

std::optional<StayBasis> parseEnum(std::string_view text, StayBasis) {
  return parseStayBasis(text);
}
std::optional<CancellationRequester> parseEnum(std::string_view text, CancellationRequester) {
  return parseCancellationRequester(text);
}
std::optional<HostKind> parseEnum(std::string_view text, HostKind) {
  return parseHostKind(text);
}
std::optional<IdCardReason> parseEnum(std::string_view text, IdCardReason) {
  return parseIdCardReason(text);
}
std::optional<InviteeRelation> parseEnum(std::string_view text, InviteeRelation) {
  return parseInviteeRelation(text);
}
std::optional<PermanentResidenceBasis> parseEnum(std::string_view text, PermanentResidenceBasis) {
  return parsePermanentResidenceBasis(text);
}
std::optional<FeeVariant> parseEnum(std::string_view text, FeeVariant) {
  return parseFeeVariant(text);
}
std::optional<Payer> parseEnum(std::string_view text, Payer) {
  return parsePayer(text);
}

Error fieldInvalid(const std::string& path, std::string detail) {
  return makeError("payload.field_invalid", std::move(detail)).with("field", path);
}

Status FieldReader::finish() const {
  if (m_error) return *m_error;
  for (std::size_t i = 0; i < m_object.size(); ++i) {
    if (!m_used[i]) return fieldInvalid(pathOf(m_object[i].key), "unknown field");
  }
  return success();
}

const json::Value* FieldReader::take(std::string_view key) {
  for (std::size_t i = 0; i < m_object.size(); ++i) {
    if (m_object[i].key == key) {
      m_used[i] = true;
      return &m_object[i].value;
    }
  }
  return nullptr;
}

std::string FieldReader::pathOf(std::string_view key) const {
  return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

void FieldReader::wrongType(const json::Value& value, std::string_view expected,
                            const std::string& path) {
  m_error = fieldInvalid(
      path, "expected " + std::string(expected) + ", found " + std::string(value.typeName()));
}

void FieldReader::decode(const json::Value& value, std::string& out, const std::string& path) {
  const std::string* text = value.as<std::string>();
  if (!text) return wrongType(value, "string", path);
  out = *text;
}

void FieldReader::decode(const json::Value& value, bool& out, const std::string& path) {
  const bool* flag = value.as<bool>();
  if (!flag) return wrongType(value, "boolean", path);
  out = *flag;
}

void FieldReader::decode(const json::Value& value, std::int64_t& out, const std::string& path) {
  const std::int64_t* number = value.as<std::int64_t>();
  if (!number) return wrongType(value, "number", path);
  out = *number;
}

void FieldReader::decode(const json::Value& value, CivilDate& out, const std::string& path) {
  std::string text;
  decode(value, text, path);
  if (m_error) return;
  auto date = CivilDate::parse(text);
  if (!date) {
    m_error = fieldInvalid(path, "not a date YYYY-MM-DD");
    return;
  }
  out = *date;
}

}  // namespace mws::core::codec
