#include "mws/core/domain/person.hpp"

#include <algorithm>

#include "enum_names.hpp"
#include "mws/core/domain/person_checks.hpp"
#include "mws/core/domain/transliteration.hpp"

namespace mws::core {

namespace {

constexpr detail::NameTable<Sex, 2> kSexes{{{Sex::Male, "male"}, {Sex::Female, "female"}}};

constexpr detail::NameTable<PersonStatus, 4> kStatuses{{
    {PersonStatus::Citizen, "citizen"},
    {PersonStatus::Foreigner, "foreigner"},
    {PersonStatus::Stateless, "stateless"},
    {PersonStatus::PermanentResident, "permanent_resident"},
}};

int digitAt(std::string_view text, std::size_t index) { return text[index] - '0'; }

int twoDigits(std::string_view text, std::size_t index) {
  return digitAt(text, index) * 10 + digitAt(text, index + 1);
}

// Century and sex coded in the first digit: 1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s;
// odd = male, even = female.
int centuryOf(int firstDigit) { return 1800 + 100 * ((firstDigit - 1) / 2); }

std::optional<CivilDate> birthDateIn(std::string_view number) {
  const int year = centuryOf(digitAt(number, 0)) + twoDigits(number, 5);
  return CivilDate::make(year, static_cast<unsigned>(twoDigits(number, 3)),
                         static_cast<unsigned>(twoDigits(number, 1)));
}

Status checkStatusAgainstCitizenship(const Person& person) {
  const bool uzbek = person.citizenship == kUzbekistanAlpha3;
  const bool stateless = person.citizenship == kStatelessAlpha3;
  bool consistent = true;
  switch (person.status) {
    case PersonStatus::Citizen: consistent = uzbek; break;
    case PersonStatus::Stateless: consistent = stateless; break;
    case PersonStatus::Foreigner: consistent = !uzbek && !stateless; break;
    case PersonStatus::PermanentResident: consistent = !uzbek; break;
  }
  if (!consistent) {
    return makeError("person.status_citizenship")
        .with("status", std::string(toString(person.status)))
        .with("citizenship", person.citizenship);
  }
  return success();
}

Status checkNames(const Person& person) {
  if (person.latin.surname.empty() || person.latin.givenName.empty()) {
    return makeError("person.name_missing").with("form", "latin");
  }
  if (person.cyrillic.surname.empty() || person.cyrillic.givenName.empty()) {
    return makeError("person.name_missing").with("form", "cyrillic");
  }
  return success();
}

Status checkPersonalNumber(const Person& person) {
  if (!person.personalNumber) {
    return success();
  }
  auto format = validatePersonalNumber(*person.personalNumber);
  if (!format) {
    return format;
  }
  return checkPersonalNumberAgrees(*person.personalNumber, person.birthDate, person.sex);
}

Status checkDocuments(const Person& person, const std::set<std::string>& countries) {
  for (const auto& document : person.documents) {
    if (auto status = validateDocument(document, countries); !status) return status;
  }
  return success();
}

PersonName transliterated(const PersonName& name, std::string (*convert)(std::string_view)) {
  return PersonName{convert(name.surname), convert(name.givenName), convert(name.patronymic)};
}

}  // namespace

std::string_view toString(Sex sex) { return detail::nameOf(kSexes, sex); }
std::optional<Sex> parseSex(std::string_view text) { return detail::parseName(kSexes, text); }

std::string_view toString(PersonStatus status) { return detail::nameOf(kStatuses, status); }
std::optional<PersonStatus> parsePersonStatus(std::string_view text) {
  return detail::parseName(kStatuses, text);
}

std::string PersonName::full() const {
  std::string text = surname;
  for (const std::string* part : {&givenName, &patronymic}) {
    if (!part->empty()) {
      text += (text.empty() ? "" : " ") + *part;
    }
  }
  return text;
}

const Visa* Person::findVisa(std::string_view number) const {
  auto it = std::find_if(visas.begin(), visas.end(),
                         [&](const Visa& visa) { return visa.number == number; });
  return it == visas.end() ? nullptr : &*it;
}

Visa* Person::findVisa(std::string_view number) {
  return const_cast<Visa*>(std::as_const(*this).findVisa(number));
}

bool Person::holds(DocumentKind kind) const {
  return std::any_of(documents.begin(), documents.end(),
                     [&](const IdentityDocument& document) { return document.kind == kind; });
}

Status validatePersonalNumber(std::string_view number) {
  const bool digits = number.size() == 14 &&
                      std::all_of(number.begin(), number.end(),
                                  [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || digitAt(number, 0) < 1 || digitAt(number, 0) > 6 || !birthDateIn(number)) {
    return makeError("person.personal_number_format").with("personal_number", std::string(number));
  }
  return success();
}

Status checkPersonalNumberAgrees(std::string_view number, const CivilDate& birthDate, Sex sex) {
  const bool male = digitAt(number, 0) % 2 == 1;
  if (birthDateIn(number) != birthDate || male != (sex == Sex::Male)) {
    return makeError("person.personal_number_mismatch")
        .with("personal_number", std::string(number))
        .with("birth_date", birthDate.toString());
  }
  return success();
}

Status validatePerson(const Person& person, const std::set<std::string>& countries,
                      const CivilDate& today) {
  if (auto names = checkNames(person); !names) return names;
  if (person.birthDate > today) {
    return makeError("person.birth_date_future").with("birth_date", person.birthDate.toString());
  }
  if (auto fields = checkPersonFields(person); !fields) return fields;
  if (!countries.contains(person.citizenship)) {
    return makeError("person.citizenship_unknown").with("citizenship", person.citizenship);
  }
  if (auto consistent = checkStatusAgainstCitizenship(person); !consistent) return consistent;
  if (auto personal = checkPersonalNumber(person); !personal) return personal;
  return checkDocuments(person, countries);
}

void completeNameForms(Person& person) {
  if (person.cyrillic.empty() && !person.latin.empty()) {
    person.cyrillic = transliterated(person.latin, &uzbekLatinToCyrillic);
  } else if (person.latin.empty() && !person.cyrillic.empty()) {
    person.latin = transliterated(person.cyrillic, &uzbekCyrillicToLatin);
  }
}

std::string personNameKey(const Person& person) {
  return normaliseName(person.latin.empty() ? person.cyrillic.full() : person.latin.full());
}

std::string personAltNameKey(const Person& person) {
  if (person.latin.empty() || person.cyrillic.empty()) return {};
  std::string key = normaliseName(person.cyrillic.full());
  return key == personNameKey(person) ? std::string() : key;
}

}  // namespace mws::core
