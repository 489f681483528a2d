// The four languages: wx's own catalogue loading (no system glibc locale needed) and dates,
// numbers and sums written here per language, so that a machine with only the C locale
// still shows "21.11.2026" and "412 000 so‘m".
#include "mws/ui/language.hpp"

#include <wx/intl.h>
#include <wx/translation.h>

#include <clocale>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <system_error>

#ifndef MWS_INSTALL_LOCALEDIR
#define MWS_INSTALL_LOCALEDIR "/usr/local/share/locale"
#endif

namespace mws::ui {
namespace {

Language g_current = Language::En;

// wx's stock button labels (wxID_OK, wxID_CANCEL, ...) come from wx's own "wxstd" catalogue,
// which Debian does not install for Uzbek. Listing them here puts them into "mws", and
// wxGetTranslation looks them up in every loaded catalogue.
[[maybe_unused]] const char* const kStockLabels[] = {
    wxTRANSLATE("&OK"),     wxTRANSLATE("&Cancel"),  wxTRANSLATE("&Yes"),
    wxTRANSLATE("&No"),     wxTRANSLATE("&Close"),   wxTRANSLATE("&Save"),
    wxTRANSLATE("&Apply"),  wxTRANSLATE("&Help"),    wxTRANSLATE("&Back"),
    wxTRANSLATE("&Forward"), wxTRANSLATE("&Delete"), wxTRANSLATE("&Refresh"),
    wxTRANSLATE("Add"),     wxTRANSLATE("Remove"),   wxTRANSLATE("&Edit"),
    wxTRANSLATE("&Clear"),  wxTRANSLATE("&Stop"),
    // The same without a mnemonic (wxGetStockLabel(id, wxSTOCK_NOFLAGS), message boxes).
    wxTRANSLATE("OK"),      wxTRANSLATE("Cancel"),   wxTRANSLATE("Yes"),
    wxTRANSLATE("No"),      wxTRANSLATE("Close"),    wxTRANSLATE("Save"),
    wxTRANSLATE("Apply"),   wxTRANSLATE("Help"),     wxTRANSLATE("Back"),
    wxTRANSLATE("Forward"), wxTRANSLATE("Delete"),   wxTRANSLATE("Refresh"),
    wxTRANSLATE("Edit"),    wxTRANSLATE("Clear"),    wxTRANSLATE("Stop"),
};

std::filesystem::path executableDir() {
  std::error_code error;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::path() : exe.parent_path();
}

// Where <lang>/LC_MESSAGES/mws.mo may be, first match wins: $MWS_LOCALE_DIR, the installed
// tree next to the executable (<prefix>/bin/../share/locale), the build tree (every
// executable is two levels under the build dir: build/workstation/app, build/tests/ui), and
// the configured install prefix.
void addLookupPathsOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    auto add = [](const std::filesystem::path& dir) {
      std::error_code error;
      if (std::filesystem::is_directory(dir, error)) {
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxString::FromUTF8(dir.string()));
      }
    };
    if (const char* dir = std::getenv("MWS_LOCALE_DIR"); dir && *dir) add(dir);
    if (auto exe = executableDir(); !exe.empty()) {
      add(exe / ".." / "share" / "locale");
      add(exe / ".." / ".." / "locale");
    }
    add(MWS_INSTALL_LOCALEDIR);
  });
}

// Groups the digits by three with `separator`: 412000 → "412 000".
wxString groupDigits(long long value, const wxString& separator) {
  const bool negative = value < 0;
  // Through unsigned so that the smallest long long has a magnitude too.
  unsigned long long magnitude = negative ? 0ULL - static_cast<unsigned long long>(value)
                                          : static_cast<unsigned long long>(value);
  const std::string digits = std::to_string(magnitude);
  wxString out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return negative ? "-" + out : out;
}

const wxString kNoBreakSpace = wxString::FromUTF8("\u00a0");

// GTK words its own parts (stock buttons of wx's standard dialogs, the file chooser) through
// glibc's gettext, which follows $LANGUAGE unless the messages locale is plain "C" (a machine
// with no generated locale): then "C.UTF-8", built into glibc, lets $LANGUAGE through.
// Setting the messages locale again also tells glibc to forget the translations it cached.
void followInGtk(Language language) {
  const char* messages = std::setlocale(LC_MESSAGES, nullptr);
  const std::string current = messages ? messages : "C";
  const bool plainC = current == "C" || current == "POSIX";
  setenv("LANGUAGE", catalogueName(language), 1);
  std::setlocale(LC_MESSAGES, plainC ? "C.UTF-8" : current.c_str());
}

}  // namespace

std::vector<Language> availableLanguages() {
  return {Language::UzLatn, Language::UzCyrl, Language::Ru, Language::En};
}

wxString languageName(Language language) {
  switch (language) {
    case Language::UzLatn: return wxString::FromUTF8("O\u2018zbekcha");
    case Language::UzCyrl: return wxString::FromUTF8("Ўзбекча");
    case Language::Ru: return wxString::FromUTF8("Русский");
    case Language::En: return "English";
  }
  return "English";
}

const char* catalogueName(Language language) {
  switch (language) {
    case Language::UzLatn: return "uz";
    case Language::UzCyrl: return "uz@cyrillic";
    case Language::Ru: return "ru";
    case Language::En: return "en";
  }
  return "en";
}

bool setLanguage(Language language) {
  addLookupPathsOnce();
  auto translations = std::make_unique<wxTranslations>();
  translations->SetLanguage(wxString::FromUTF8(catalogueName(language)));
  // AddCatalog also answers true when the language is the one the sources are written in,
  // without loading anything; IsLoaded says whether the catalogue was really found.
  if (!translations->AddCatalog("mws") || !translations->IsLoaded("mws")) return false;
  wxTranslations::Set(translations.release());  // takes ownership, deletes the previous one
  g_current = language;
  followInGtk(language);
  return true;
}

Language currentLanguage() { return g_current; }

wxString formatDate(const core::CivilDate& date) {
  if (g_current == Language::En) {
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return wxString::Format("%u %s %d", date.day(), months[date.month() - 1], date.year());
  }
  return wxString::Format("%02u.%02u.%04d", date.day(), date.month(), date.year());
}

wxString formatNumber(long long value) {
  return groupDigits(value, g_current == Language::En ? wxString(",") : kNoBreakSpace);
}

wxString formatMoney(long long som) {
  switch (g_current) {
    case Language::UzLatn: return formatNumber(som) + kNoBreakSpace + wxString::FromUTF8("so\u2018m");
    case Language::UzCyrl: return formatNumber(som) + kNoBreakSpace + wxString::FromUTF8("сўм");
    case Language::Ru: return formatNumber(som) + kNoBreakSpace + wxString::FromUTF8("сум");
    case Language::En: return "UZS " + formatNumber(som);
  }
  return formatNumber(som);
}

}  // namespace mws::ui
