#pragma once
// The rules a person record's fields obey, in one place for every way a record comes in: the
// command line, the officer's form, the sync with the centre, the demo data. validatePerson()
// applies them with the rules that need reference data (known countries, today); the
// checks here need none, so a service without reference data (PersonAccess::add through
// checkPersonInput) applies the same ones. Errors name the field, never its value.

#include <cstddef>
#include <string>
#include <string_view>

#include "mws/core/domain/civil_date.hpp"
#include "mws/core/domain/person.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

inline constexpr std::size_t kMaxNameCodePoints = 64;  // one part of a name
inline constexpr std::size_t kMaxPersonFieldBytes = 200;  // a document's authority, ...
inline constexpr std::size_t kMaxVisaNumberLength = 20;

// The dates a person or a document can have: 1900-01-01 to 2100-12-31.
CivilDate earliestPersonDate();
CivilDate latestPersonDate();

// "person.date_range" (params field, min, max).
Status checkDateInRange(const CivilDate& date, const std::string& field);

// Text of a person's record other than the name: valid UTF-8, no NUL ("input.nul") and no
// other control character ("input.control_character"), at most maxBytes ("input.too_long").
Status checkPersonText(std::string_view text, const std::string& field, std::size_t maxBytes);

// One name form (form = "latin" | "cyrillic"); empty parts pass (presence is checked by
// validatePerson). Each part: person text, at most 64 code points ("person.name_length"),
// only letters, spaces, hyphens, apostrophes and dots with at least one letter
// ("person.name_characters"); the Latin form holds no Cyrillic letter and the Cyrillic form
// no ASCII letter ("person.name_script": "Kаримов" with a Latin K is two names to a search).
// Params form, part (surname | given | patronymic), and max for the length.
Status checkPersonName(const PersonName& name, std::string_view form);

// Every field of the record that needs no reference data: both name forms, the citizenship's
// form (three capital letters, else "person.citizenship_unknown" with params citizenship),
// the personal number's format (validatePersonalNumber), the
// birth date's range, each document's texts and dates, each visa (validateVisa).
Status checkPersonFields(const Person& person);

}  // namespace mws::core
