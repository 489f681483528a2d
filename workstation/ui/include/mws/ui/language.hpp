#pragma once
// The four languages of the workstation (gettext catalogues "mws" in resources/locale):
// Uzbek in Latin script, Uzbek in Cyrillic script, Russian, English. Switchable at sign-in
// without a restart: setLanguage() loads the catalogue, then the caller rebuilds its labels.

#include <wx/string.h>

#include <vector>

#include "mws/core/domain/civil_date.hpp"

namespace mws::ui {

enum class Language { UzLatn, UzCyrl, Ru, En };

std::vector<Language> availableLanguages();
// The language's name in its own script: "O‘zbekcha", "Ўзбекча", "Русский", "English".
wxString languageName(Language language);
// The gettext catalogue name: "uz", "uz@cyrillic", "ru", "en".
const char* catalogueName(Language language);
// Loads the catalogue for the language (from the build's or the installed locale dir) and
// makes it current for every _() that follows; false (and nothing changed) when it is missing.
bool setLanguage(Language language);
Language currentLanguage();
// Dates and numbers as the current language writes them.
wxString formatDate(const core::CivilDate& date);
wxString formatNumber(long long value);       // thousands grouped: "412 000" / "412,000"
wxString formatMoney(long long som);          // "412 000 so'm" / "412 000 сум" / "UZS 412,000"

}  // namespace mws::ui
