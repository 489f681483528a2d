#include "mws/core/domain/person_checks.hpp"

#include <algorithm>
#include <utility>

#include "mws/core/auth/input_checks.hpp"
#include "utf8.hpp"

namespace mws::core {
namespace {

bool isControl(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

bool nameCharacter(char32_t cp) {
  return utf8::isLetter(cp) || cp == U' ' || cp == U'-' || cp == U'.' || utf8::isApostrophe(cp);
}

// A letter the form's script does not have: Cyrillic in the Latin form, ASCII in the
// Cyrillic one (Latin-1 letters such as ü stay: transliteration keeps them as they are).
bool foreignLetter(char32_t cp, bool latinForm) {
  return latinForm ? utf8::isCyrillic(cp) && utf8::isLetter(cp) : utf8::isAsciiLetter(cp);
}

Error namePartError(const char* code, std::string_view form, const char* part) {
  return makeError(code).with("form", std::string(form)).with("part", part);
}

Status checkNamePart(const std::string& text, std::string_view form, const char* part) {
  const std::string field = "name." + std::string(form) + "." + part;
  if (auto plain = checkPersonText(text, field, 4 * kMaxNameCodePoints); !plain) return plain;
  if (text.empty()) return success();
  const std::u32string decoded = utf8::decode(text);
  if (decoded.size() > kMaxNameCodePoints) {
    return namePartError("person.name_length", form, part)
        .with("max", std::to_string(kMaxNameCodePoints));
  }
  if (!std::all_of(decoded.begin(), decoded.end(), nameCharacter) ||
      std::none_of(decoded.begin(), decoded.end(), utf8::isLetter)) {
    return namePartError("person.name_characters", form, part);
  }
  const bool latinForm = form == "latin";
  if (std::any_of(decoded.begin(), decoded.end(),
                  [&](char32_t cp) { return foreignLetter(cp, latinForm); })) {
    return namePartError("person.name_script", form, part);
  }
  return success();
}

Status checkDocumentFields(const IdentityDocument& document) {
  for (const auto& [text, field] : {std::pair{&document.series, "document.series"},
                                    std::pair{&document.number, "document.number"},
                                    std::pair{&document.issuingState, "document.issuing_state"},
                                    std::pair{&document.issuingAuthority, "document.authority"}}) {
    if (auto ok = checkPersonText(*text, field, kMaxPersonFieldBytes); !ok) return ok;
  }
  if (auto ok = checkDateInRange(document.issuedOn, "document.issued_on"); !ok) return ok;
  return checkDateInRange(document.expiresOn, "document.expires_on");
}

}  // namespace

CivilDate earliestPersonDate() { return CivilDate::make(1900, 1, 1).value(); }
CivilDate latestPersonDate() { return CivilDate::make(2100, 12, 31).value(); }

Status checkDateInRange(const CivilDate& date, const std::string& field) {
  if (date < earliestPersonDate() || date > latestPersonDate()) {
    return makeError("person.date_range")
        .with("field", field)
        .with("min", earliestPersonDate().toString())
        .with("max", latestPersonDate().toString());
  }
  return success();
}

Status checkPersonText(std::string_view text, const std::string& field, std::size_t maxBytes) {
  if (auto plain = checkText(text, field, maxBytes); !plain) return plain;
  const std::u32string decoded = utf8::decode(text);
  if (std::any_of(decoded.begin(), decoded.end(), isControl)) {
    return makeError("input.control_character").with("field", field);
  }
  return success();
}

Status checkPersonName(const PersonName& name, std::string_view form) {
  for (const auto& [text, part] : {std::pair{&name.surname, "surname"},
                                   std::pair{&name.givenName, "given"},
                                   std::pair{&name.patronymic, "patronymic"}}) {
    if (auto ok = checkNamePart(*text, form, part); !ok) return ok;
  }
  return success();
}

Status checkPersonFields(const Person& person) {
  if (auto ok = checkPersonName(person.latin, "latin"); !ok) return ok;
  if (auto ok = checkPersonName(person.cyrillic, "cyrillic"); !ok) return ok;
  const bool alpha3 = person.citizenship.size() == 3 &&
                      std::all_of(person.citizenship.begin(), person.citizenship.end(),
                                  [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!alpha3) return makeError("person.citizenship_unknown").with("citizenship", person.citizenship);
  if (person.personalNumber) {
    if (auto ok = validatePersonalNumber(*person.personalNumber); !ok) return ok;
  }
  if (auto ok = checkDateInRange(person.birthDate, "birth_date"); !ok) return ok;
  for (const IdentityDocument& document : person.documents) {
    if (auto ok = checkDocumentFields(document); !ok) return ok;
  }
  for (const Visa& visa : person.visas) {
    if (auto ok = validateVisa(visa); !ok) return ok;
  }
  return success();
}

}  // namespace mws::core
