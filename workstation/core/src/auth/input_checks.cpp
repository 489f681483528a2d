#include "mws/core/auth/input_checks.hpp"

#include <algorithm>

#include "../domain/utf8.hpp"
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

bool nameCharacter(char32_t cp) {
  return utf8::isLetter(cp) || cp == U' ' || cp == U'-' || cp == U'.' || utf8::isApostrophe(cp);
}

Status checkNamePart(const std::string& text, const char* form, const char* part) {
  auto plain = checkText(text, std::string("name.") + form + "." + part, 4 * kMaxNameCodePoints);
  if (!plain) return plain;
  const std::u32string decoded = utf8::decode(text);
  if (decoded.size() > kMaxNameCodePoints) {
    return makeError("person.name_length")
        .with("form", form)
        .with("part", part)
        .with("max", std::to_string(kMaxNameCodePoints));
  }
  if (!std::all_of(decoded.begin(), decoded.end(), nameCharacter)) {
    return makeError("person.name_characters").with("form", form).with("part", part);
  }
  return success();
}

Status checkName(const PersonName& name, const char* form) {
  for (const auto& [text, part] : {std::pair{&name.surname, "surname"},
                                   std::pair{&name.givenName, "given"},
                                   std::pair{&name.patronymic, "patronymic"}}) {
    if (auto ok = checkNamePart(*text, form, part); !ok) return ok;
  }
  return success();
}

Status checkDate(const CivilDate& date, const std::string& field) {
  static const CivilDate kEarliest = CivilDate::make(1900, 1, 1).value();
  static const CivilDate kLatest = CivilDate::make(2100, 12, 31).value();
  if (date < kEarliest || date > kLatest) {
    return makeError("person.date_range")
        .with("field", field)
        .with("min", kEarliest.toString())
        .with("max", kLatest.toString());
  }
  return success();
}

bool visaNumber(const std::string& number) {
  return !number.empty() && number.size() <= 20 &&
         std::all_of(number.begin(), number.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

Status checkDocuments(const Person& person) {
  for (const IdentityDocument& document : person.documents) {
    for (const auto& [text, field] : {std::pair{&document.series, "document.series"},
                                      std::pair{&document.number, "document.number"},
                                      std::pair{&document.issuingState, "document.issuing_state"},
                                      std::pair{&document.issuingAuthority, "document.authority"}}) {
      if (auto ok = checkText(*text, field, kMaxFieldBytes); !ok) return ok;
    }
    if (auto ok = checkDate(document.issuedOn, "document.issued_on"); !ok) return ok;
    if (auto ok = checkDate(document.expiresOn, "document.expires_on"); !ok) return ok;
  }
  return success();
}

Status checkVisas(const Person& person) {
  for (const Visa& visa : person.visas) {
    if (!visaNumber(visa.number)) return makeError("person.visa_number_format");
    if (auto ok = checkDate(visa.validFrom, "visa.valid_from"); !ok) return ok;
    if (auto ok = checkDate(visa.validTo, "visa.valid_to"); !ok) return ok;
  }
  return success();
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

Status checkPersonInput(const Person& person) {
  if (auto ok = checkName(person.latin, "latin"); !ok) return ok;
  if (auto ok = checkName(person.cyrillic, "cyrillic"); !ok) return ok;
  if (auto ok = checkText(person.citizenship, "citizenship", 3); !ok) return ok;
  if (person.personalNumber) {
    if (auto ok = checkText(*person.personalNumber, "personal_number", 14); !ok) return ok;
  }
  if (auto ok = checkDate(person.birthDate, "birth_date"); !ok) return ok;
  if (auto ok = checkDocuments(person); !ok) return ok;
  return checkVisas(person);
}

Status checkPayloadInput(const CasePayload& payload) {
  const std::string json = encodePayload(payload);
  if (holdsNulEscape(json)) return makeError("input.nul").with("field", "payload");
  return checkText(json, "payload", kMaxPayloadBytes);
}

}  // namespace mws::core
