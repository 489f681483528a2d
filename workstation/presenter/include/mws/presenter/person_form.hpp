#pragma once
// The person-details step: the applicant's record as texts the officer checks and edits
// (both name forms, birth, sex, status, citizenship, personal number, the document shown and
// a visa), filled from the MRZ or from the stored record; and the MRZ text a keyboard-wedge
// scanner types (or an officer pastes) split into lines.

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "mws/core/domain/person.hpp"
#include "mws/core/mrz/mrz.hpp"
#include "mws/presenter/service_form.hpp"

namespace mws::presenter {

// Keys: "latin.surname", "latin.given_name", "latin.patronymic", "cyrillic.surname",
// "cyrillic.given_name", "cyrillic.patronymic", "birth_date", "sex", "status", "citizenship",
// "personal_number", "document.kind", "document.series", "document.number",
// "document.issuing_state", "document.issued_on", "document.expires_on", "visa.number",
// "visa.kind", "visa.entries", "visa.valid_from", "visa.valid_to" (the visa is optional: all
// its fields empty means none).
const std::vector<FormField>& personFields();

// The texts of a stored person (the first document, the visa valid on `today` or the last).
FieldValues personValues(const core::Person& person, const core::CivilDate& today);

// The person the texts describe, on top of `base` (the stored record: its id, other
// documents and visas are kept; the edited document and visa are replaced or added).
// "form.field_missing" / "form.field_invalid" (params field) like the service form; the
// Cyrillic form is transliterated when left empty.
core::Result<core::Person> buildPerson(const FieldValues& values, const core::Person& base);

// What an MRZ says about its holder, as person texts: names in title case, the Cyrillic form
// transliterated, status from the nationality, the document with its kind and number (an
// Uzbek series split off), a TD3's 14-digit personal number. The issue date is not in an MRZ
// and stays empty.
FieldValues personValuesFromMrz(const core::MrzDocument& mrz);

// The lines of what the scanner typed or the officer pasted: split at line breaks, blanks
// and spaces removed, upper-cased; a single run of 90, 72 or 88 characters is cut into
// lines of 30, 36 or 44.
std::vector<std::string> splitMrzText(std::string_view text);
// Two or three lines of the lengths of one MRZ format.
bool looksLikeCompleteMrz(const std::vector<std::string>& lines);

}  // namespace mws::presenter
