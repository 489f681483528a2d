#pragma once
// A person as the unit's registers know them: both name forms, status, citizenship,
// the 14-digit personal number (PINFL / JShShIR) where known, documents and visas.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "mws/core/domain/civil_date.hpp"
#include "mws/core/domain/identity_document.hpp"
#include "mws/core/domain/visa.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

enum class Sex { Male, Female };
std::string_view toString(Sex sex);
std::optional<Sex> parseSex(std::string_view text);

enum class PersonStatus { Citizen, Foreigner, Stateless, PermanentResident };
std::string_view toString(PersonStatus status);
std::optional<PersonStatus> parsePersonStatus(std::string_view text);

inline constexpr std::string_view kUzbekistanAlpha3 = "UZB";
inline constexpr std::string_view kStatelessAlpha3 = "XXA";  // ICAO 9303 code

struct PersonName {
  std::string surname;
  std::string givenName;
  std::string patronymic;  // may be empty

  bool empty() const { return surname.empty() && givenName.empty(); }
  std::string full() const;  // "surname given patronymic", single spaces

  friend bool operator==(const PersonName&, const PersonName&) = default;
};

struct Person {
  std::int64_t id = 0;  // 0 until stored
  PersonName latin;     // Uzbek Latin / passport form
  PersonName cyrillic;
  CivilDate birthDate;
  Sex sex = Sex::Male;
  PersonStatus status = PersonStatus::Foreigner;
  std::string citizenship;                  // alpha-3; "XXA" for stateless persons
  std::optional<std::string> personalNumber;  // 14 digits
  bool oneIdRegistrationPending = false;    // set by a first ID-card issuance
  std::vector<IdentityDocument> documents;
  std::vector<Visa> visas;

  const Visa* findVisa(std::string_view number) const;
  Visa* findVisa(std::string_view number);
  bool holds(DocumentKind kind) const;

  friend bool operator==(const Person&, const Person&) = default;
};

// Format check of a personal number: 14 digits, the first 1..6 (century and sex), digits
// 2..7 a real date DDMMYY. "person.personal_number_format" (params personal_number).
Status validatePersonalNumber(std::string_view number);
// The personal number must agree with birth date and sex:
// "person.personal_number_mismatch" (params personal_number, birth_date).
Status checkPersonalNumberAgrees(std::string_view number, const CivilDate& birthDate, Sex sex);

// Whole-record validation, the one every caller uses (CLI, officer's form, demo data);
// `today` bounds the birth date. In this order: "person.name_missing" (params form = latin |
// cyrillic), "person.birth_date_future", the field rules of checkPersonFields()
// (person_checks.hpp: name characters, script and length, text, date ranges, visas),
// "person.citizenship_unknown" (params citizenship), "person.status_citizenship" (params
// status, citizenship), the personal-number codes, the document codes.
Status validatePerson(const Person& person, const std::set<std::string>& countries,
                      const CivilDate& today);

// Fills an empty name form by transliterating the other one (Uzbek rules).
void completeNameForms(Person& person);

// The search key of a person's name: normaliseName() of the Latin form (or of the
// Cyrillic form when there is no Latin one).
std::string personNameKey(const Person& person);

// The search key of the Cyrillic form when it differs from personNameKey() (a Russian
// passport's ICAO "FEDOROV" is "FYODOROV" when the officer types "Фёдоров"); empty otherwise.
std::string personAltNameKey(const Person& person);

}  // namespace mws::core
