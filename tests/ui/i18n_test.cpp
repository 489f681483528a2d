// The four languages: catalogues loaded from the build's locale dir, switched at run time with
// no restart, and dates, numbers and sums written per language without any system locale.
#include <boost/test/unit_test.hpp>
#include <wx/button.h>
#include <wx/frame.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/stockitem.h>

#include <libintl.h>

#include <climits>
#include <cstring>

#include "mws/core/domain/civil_date.hpp"
#include "mws/test/wx_fixture.hpp"
#include "mws/ui/language.hpp"
#include "mws/ui/login_frame.hpp"

using namespace mws;
using ui::Language;

namespace {

std::string utf8(const wxString& text) { return text.ToStdString(wxConvUTF8); }

// Leaves the process in English whatever a test switched to.
struct LanguageGuard {
  ~LanguageGuard() { ui::setLanguage(Language::En); }
};

core::CivilDate date(int y, unsigned m, unsigned d) { return *core::CivilDate::make(y, m, d); }

}  // namespace

// wxTranslations looks up standard paths, which need the wx application object.
BOOST_FIXTURE_TEST_SUITE(i18n, test::WxFixture)

BOOST_AUTO_TEST_CASE(every_language_has_a_catalogue_and_a_name_in_its_own_script) {
  LanguageGuard guard;
  BOOST_TEST(ui::availableLanguages().size() == 4u);
  for (Language language : ui::availableLanguages()) {
    BOOST_TEST_INFO("catalogue " << ui::catalogueName(language));
    BOOST_TEST(ui::setLanguage(language));
    BOOST_TEST((ui::currentLanguage() == language));
  }
  BOOST_TEST(utf8(ui::languageName(Language::UzLatn)) == "O‘zbekcha");
  BOOST_TEST(utf8(ui::languageName(Language::UzCyrl)) == "Ўзбекча");
  BOOST_TEST(utf8(ui::languageName(Language::Ru)) == "Русский");
  BOOST_TEST(utf8(ui::languageName(Language::En)) == "English");
}

BOOST_AUTO_TEST_CASE(switching_at_run_time_changes_every_following_string) {
  LanguageGuard guard;
  // Round trip through all four and back, as a counter does when officers change at sign-in.
  const std::pair<Language, const char*> expected[] = {
      {Language::Ru, "Вход в систему"},
      {Language::UzLatn, "Tizimga kirish"},
      {Language::UzCyrl, "Тизимга кириш"},  // not the Latin catalogue under a Cyrillic name
      {Language::En, "Sign in"},
      {Language::Ru, "Вход в систему"},
  };
  for (const auto& [language, text] : expected) {
    BOOST_TEST_INFO("catalogue " << ui::catalogueName(language));
    BOOST_REQUIRE(ui::setLanguage(language));
    BOOST_TEST(utf8(_("Sign in")) == text);
  }
}

BOOST_AUTO_TEST_CASE(error_and_sync_texts_come_out_translated) {
  LanguageGuard guard;
  const core::Error wrong{"auth.bad_credentials", {}, {}};
  BOOST_REQUIRE(ui::setLanguage(Language::UzLatn));
  BOOST_TEST(utf8(ui::describeError(wrong)) == "Login yoki parol noto‘g‘ri.");
  BOOST_REQUIRE(ui::setLanguage(Language::Ru));
  BOOST_TEST(utf8(ui::describeError(wrong)) == "Неверный логин или пароль.");
  // A code with no text of its own still gets the translated frame around it.
  BOOST_TEST(utf8(ui::describeError({"x.unknown", {}, {}})) ==
             "Что-то пошло не так (x.unknown). Позвоните в IT-поддержку.");
  presenter::SyncSummary stopped;
  stopped.state = "stopped";
  BOOST_REQUIRE(ui::setLanguage(Language::UzCyrl));
  BOOST_TEST(utf8(ui::describeSync(stopped)) == "Синхронлаш: тўхтатилган");
}

BOOST_AUTO_TEST_CASE(the_sync_agents_stop_reasons_are_worded_with_their_numbers) {
  LanguageGuard guard;
  presenter::SyncSummary refused;
  refused.state = "refused";
  refused.lastErrorCode = "sync.clock_skew";
  refused.lastErrorParams = {{"skew_ms", "-420000"}, {"max_skew_ms", "120000"}};
  BOOST_REQUIRE(ui::setLanguage(Language::En));
  BOOST_TEST(utf8(ui::describeSync(refused)) ==
             "Sync stopped: This computer's clock is 7 min off the centre's; set the time (IT).");
  BOOST_REQUIRE(ui::setLanguage(Language::Ru));
  BOOST_TEST(utf8(ui::describeSync(refused)).find("на 7 мин") != std::string::npos);
  refused.lastErrorCode = "sync.no_seal_key";
  BOOST_TEST(utf8(ui::describeSync(refused)).find("Синхронизация остановлена: Центр") == 0u);
  // A code without words of its own keeps the general sentence with the code in it.
  refused.lastErrorCode = "sync.refused";
  BOOST_TEST(utf8(ui::describeSync(refused)).find("(sync.refused)") != std::string::npos);
}

// Russian has three plural forms (1 заявление, 3 заявления, 5 заявлений, 21 заявление);
// Uzbek has one (the noun after a numeral stays singular).
BOOST_AUTO_TEST_CASE(plurals_follow_each_language_rules) {
  LanguageGuard guard;
  const auto found = [](int count) {
    return utf8(wxString::Format(wxPLURAL("%s case found", "%s cases found", count),
                                 ui::formatNumber(count)));
  };
  BOOST_REQUIRE(ui::setLanguage(Language::Ru));
  BOOST_TEST(found(1) == "Найдено 1 заявление");
  BOOST_TEST(found(3) == "Найдено 3 заявления");
  BOOST_TEST(found(5) == "Найдено 5 заявлений");
  BOOST_TEST(found(11) == "Найдено 11 заявлений");
  BOOST_TEST(found(21) == "Найдено 21 заявление");
  BOOST_REQUIRE(ui::setLanguage(Language::UzLatn));
  BOOST_TEST(found(1) == "1 ta ariza topildi");
  BOOST_TEST(found(5) == "5 ta ariza topildi");
  BOOST_REQUIRE(ui::setLanguage(Language::En));
  BOOST_TEST(found(1) == "1 case found");
  BOOST_TEST(found(2) == "2 cases found");
}

BOOST_AUTO_TEST_CASE(stock_buttons_follow_the_language) {
  LanguageGuard guard;
  BOOST_REQUIRE(ui::setLanguage(Language::Ru));
  BOOST_TEST(utf8(wxGetStockLabel(wxID_CANCEL)) == "&Отмена");
  BOOST_REQUIRE(ui::setLanguage(Language::UzLatn));
  BOOST_TEST(utf8(wxGetStockLabel(wxID_NO)) == "&Yo‘q");
  BOOST_TEST(utf8(wxGetStockLabel(wxID_NO, wxSTOCK_NOFLAGS)) == "Yo‘q");
  BOOST_REQUIRE(ui::setLanguage(Language::UzCyrl));
  BOOST_TEST(utf8(wxGetStockLabel(wxID_CLOSE)) == "&Ёпиш");
}

// wx's standard dialogs (wxTextEntryDialog, message boxes) show GTK's stock buttons, which
// GTK words through glibc's gettext: it must follow too, with no system locale generated.
BOOST_AUTO_TEST_CASE(gtk_stock_words_follow_the_language) {
  LanguageGuard guard;
  // GTK's stock labels have the context "Stock label"; untranslated, the msgid comes back.
  const auto gtk = [] {
    const char* key = "Stock label\004_Cancel";
    const char* text = dgettext("gtk30", key);
    return std::string(text == key ? std::strchr(key, '\004') + 1 : text);
  };
  BOOST_REQUIRE(ui::setLanguage(Language::Ru));
  BOOST_TEST(gtk() == "О_тменить");
  BOOST_REQUIRE(ui::setLanguage(Language::UzCyrl));
  BOOST_TEST(gtk() == "_Бекор қилиш");
  BOOST_REQUIRE(ui::setLanguage(Language::UzLatn));
  BOOST_TEST(gtk() == "_Bekor qilish");
  BOOST_REQUIRE(ui::setLanguage(Language::En));
  BOOST_TEST(gtk() == "_Cancel");
}

BOOST_AUTO_TEST_CASE(dates_are_written_as_each_language_writes_them) {
  LanguageGuard guard;
  const auto day = date(2026, 11, 21);
  BOOST_REQUIRE(ui::setLanguage(Language::UzLatn));
  BOOST_TEST(utf8(ui::formatDate(day)) == "21.11.2026");
  BOOST_TEST(utf8(ui::formatDate(date(2027, 3, 5))) == "05.03.2027");
  BOOST_REQUIRE(ui::setLanguage(Language::UzCyrl));
  BOOST_TEST(utf8(ui::formatDate(day)) == "21.11.2026");
  BOOST_REQUIRE(ui::setLanguage(Language::Ru));
  BOOST_TEST(utf8(ui::formatDate(date(1990, 1, 9))) == "09.01.1990");
  BOOST_REQUIRE(ui::setLanguage(Language::En));
  BOOST_TEST(utf8(ui::formatDate(day)) == "21 Nov 2026");
  BOOST_TEST(utf8(ui::formatDate(date(2024, 2, 29))) == "29 Feb 2024");
}

BOOST_AUTO_TEST_CASE(numbers_and_sums_are_grouped_per_language) {
  LanguageGuard guard;
  const std::string nbsp = "\u00a0";
  BOOST_REQUIRE(ui::setLanguage(Language::UzLatn));
  BOOST_TEST(utf8(ui::formatNumber(412000)) == "412" + nbsp + "000");
  BOOST_TEST(utf8(ui::formatNumber(999)) == "999");
  BOOST_TEST(utf8(ui::formatNumber(0)) == "0");
  BOOST_TEST(utf8(ui::formatNumber(1234567)) == "1" + nbsp + "234" + nbsp + "567");
  BOOST_TEST(utf8(ui::formatNumber(-1000)) == "-1" + nbsp + "000");
  BOOST_TEST(utf8(ui::formatMoney(412000)) == "412" + nbsp + "000" + nbsp + "so‘m");
  BOOST_REQUIRE(ui::setLanguage(Language::UzCyrl));
  BOOST_TEST(utf8(ui::formatMoney(412000)) == "412" + nbsp + "000" + nbsp + "сўм");
  BOOST_REQUIRE(ui::setLanguage(Language::Ru));
  BOOST_TEST(utf8(ui::formatMoney(1500)) == "1" + nbsp + "500" + nbsp + "сум");
  BOOST_REQUIRE(ui::setLanguage(Language::En));
  BOOST_TEST(utf8(ui::formatNumber(412000)) == "412,000");
  BOOST_TEST(utf8(ui::formatNumber(100)) == "100");
  BOOST_TEST(utf8(ui::formatNumber(LLONG_MIN)) == "-9,223,372,036,854,775,808");
  BOOST_TEST(utf8(ui::formatMoney(412000)) == "UZS 412,000");
}

// The same small window in each language, on screen: the glyphs (‘, ў, қ, ё) must render,
// not boxes. The screenshots are saved as test artifacts.
BOOST_AUTO_TEST_CASE(a_window_shows_each_language) {
  LanguageGuard guard;
  for (Language language : ui::availableLanguages()) {
    BOOST_REQUIRE(ui::setLanguage(language));
    auto* frame = new wxFrame(nullptr, wxID_ANY, _("Migration Officer Workstation"));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(new wxStaticText(frame, wxID_ANY, ui::languageName(language)), 0, wxALL, 8);
    column->Add(new wxStaticText(frame, wxID_ANY, _("The login or the password is wrong.")), 0,
                wxALL, 8);
    column->Add(new wxStaticText(frame, wxID_ANY,
                                 ui::formatDate(date(2026, 11, 21)) + "    " +
                                     ui::formatMoney(412000)),
                0, wxALL, 8);
    auto* cancel = new wxButton(frame, wxID_CANCEL);
    column->Add(cancel, 0, wxALL, 8);
    frame->SetSizerAndFit(column);
    frame->Show();
    BOOST_REQUIRE(pumpUntil([&] { return frame->IsShownOnScreen(); }));
    pump(100);
    BOOST_TEST(utf8(cancel->GetLabel()) == utf8(wxGetStockLabel(wxID_CANCEL)));
    test::saveScreenshot(frame, std::string("language-") + ui::catalogueName(language));
    frame->Destroy();
    pump(20);
  }
}

BOOST_AUTO_TEST_SUITE_END()
