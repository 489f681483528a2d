// The case list and person search page in a real window: the unit's cases at once, a name
// typed in either script, a document number, filters, Enter opens the case; and on a slow
// search worker: the window stays live, Esc cancels, a newer search replaces an older one.
#include <boost/test/unit_test.hpp>
#include <wx/choice.h>
#include <wx/textctrl.h>
#include <wx/timer.h>
#include <wx/uiaction.h>

#include <chrono>

#include "case_pages_ui.hpp"
#include "mws/storage/pg_search_worker.hpp"

using namespace mws;

namespace {

struct CaseListPageFixture : test::PageFixture {
  wxWindow* page = nullptr;
  std::string submittedId, draftId, otherId;

  CaseListPageFixture() {
    core::Person second = makeForeigner();
    second.latin = {"YUSUPOVA", "MALIKA", ""};
    second.cyrillic = {"Юсупова", "Малика", ""};
    second.sex = core::Sex::Female;
    second.documents.front().number = "N87654321";
    second.visas.front().number = "EV0099999";
    second = addPerson(second);
    submittedId = stayCase(officer).id;
    draftId = stayCase(officer, false).id;
    auto opened = service.open({"", second.id, core::Channel::Counter, stayRegistration(second, "EV0099999")}, officer);
    BOOST_REQUIRE(opened.ok());
    otherId = opened->id;
    page = host([&](wxWindow* parent) { return ui::makeCaseListPanel(parent, services, officer, shell.actions()); });
  }

  wxListCtrl* results() { return test::findNamed<wxListCtrl>(page, "caseResults"); }
  wxTextCtrl* query() { return test::findNamed<wxTextCtrl>(page, "caseQuery"); }
  std::string status() { return test::textOf(page, "searchStatus"); }

  void search(const wxString& text) {
    query()->ChangeValue(text);
    wxCommandEvent enter(wxEVT_TEXT_ENTER, query()->GetId());
    enter.SetEventObject(query());
    query()->GetEventHandler()->ProcessEvent(enter);
  }
  bool found(const std::string& words) {
    return pumpUntil([&] { return status() == words; });
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(case_list_panel, CaseListPageFixture)

BOOST_AUTO_TEST_CASE(the_units_cases_are_listed_when_the_page_opens) {
  BOOST_TEST(found("3 cases found"));
  BOOST_REQUIRE(results()->GetItemCount() == 3);
  bool karimov = false;
  for (long row = 0; row < 3; ++row) {
    karimov = karimov || test::cell(results(), row, 0) == "KARIMOV ALISHER / Каримов Алишер";
    BOOST_TEST(test::cell(results(), row, 1) == "Registration at place of stay");
  }
  BOOST_TEST(karimov);
  test::saveScreenshot(frame, "case-list-all");
}

BOOST_AUTO_TEST_CASE(a_name_typed_in_latin_and_enter_finds_the_persons_cases) {
  BOOST_REQUIRE(found("3 cases found"));
  query()->SetFocus();
  pump(100);
  wxUIActionSimulator keyboard;
  keyboard.Text("karimov");
  keyboard.Char(WXK_RETURN);
  BOOST_TEST(found("2 cases found"));
  BOOST_TEST(test::cell(results(), 0, 0) == "KARIMOV ALISHER / Каримов Алишер");
  test::saveScreenshot(frame, "case-list-latin-name");
}

BOOST_AUTO_TEST_CASE(a_cyrillic_name_and_a_document_number_find_the_same_person) {
  BOOST_REQUIRE(found("3 cases found"));
  search(wxString::FromUTF8("Юсупова"));
  BOOST_TEST(found("1 case found"));
  BOOST_TEST(test::cell(results(), 0, 0) == "YUSUPOVA MALIKA / Юсупова Малика");
  test::saveScreenshot(frame, "case-list-cyrillic-name");
  search("n 12345678");
  BOOST_TEST(found("2 cases found"));
  search("Nobodyknowsme");
  BOOST_TEST(found("No person matches."));
  auto* serviceFilter = test::findNamed<wxChoice>(page, "serviceFilter");
  serviceFilter->SetSelection(1 + 7);  // ID cards: Yusupova has none
  search(wxString::FromUTF8("Юсупова"));
  BOOST_TEST(found("0 cases found"));
  BOOST_TEST(results()->GetItemCount() == 0);
}

BOOST_AUTO_TEST_CASE(the_state_filter_narrows_the_list) {
  BOOST_REQUIRE(found("3 cases found"));
  auto* state = test::findNamed<wxChoice>(page, "stateFilter");
  state->SetSelection(2);  // submitted
  wxCommandEvent chosen(wxEVT_CHOICE, state->GetId());
  chosen.SetEventObject(state);
  state->GetEventHandler()->ProcessEvent(chosen);
  BOOST_TEST(found("1 case found"));
  BOOST_TEST(test::cell(results(), 0, 2) == "submitted");
}

BOOST_AUTO_TEST_CASE(down_then_enter_on_a_result_opens_the_case) {
  BOOST_REQUIRE(found("3 cases found"));
  search("Karimov");
  BOOST_REQUIRE(found("2 cases found"));
  query()->SetFocus();
  pump(100);
  wxUIActionSimulator keyboard;
  keyboard.Char(WXK_DOWN);  // from the search field to the results
  BOOST_TEST(pumpUntil([&] { return wxWindow::FindFocus() == results(); }));
  keyboard.Char(WXK_RETURN);
  BOOST_TEST(pumpUntil([&] { return shell.opened.size() == 1u; }));
  BOOST_TEST((shell.opened.at(0) == submittedId || shell.opened.at(0) == draftId));
}

BOOST_AUTO_TEST_SUITE_END()

namespace {

// The page on a search worker of its own connection whose every search first sleeps 2 s in
// PostgreSQL (a slow search as a very large unit database would give).
struct SlowSearchFixture : CaseListPageFixture {
  std::unique_ptr<storage::PgSearchWorker> worker;
  std::chrono::steady_clock::time_point opened;

  SlowSearchFixture() {
    BOOST_REQUIRE(found("3 cases found"));  // the page above, on the GUI thread's connection
    frame->Destroy();
    frame = nullptr;
    pump(50);
    storage::SearchWorkerOptions options;
    options.beforeEachJob = "select pg_sleep(2)";
    auto opened_worker = storage::PgSearchWorker::open(dsn, options);
    BOOST_REQUIRE(opened_worker.ok());
    worker = std::move(*opened_worker);
    services.searchWorker = worker.get();
    opened = std::chrono::steady_clock::now();
    page = host([&](wxWindow* parent) { return ui::makeCaseListPanel(parent, services, officer, shell.actions()); });
  }
  ~SlowSearchFixture() {
    if (frame != nullptr) frame->Destroy();  // the page goes before its worker
    frame = nullptr;
    pump(50);
  }
  double secondsSinceOpened() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - opened).count();
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(case_list_slow_search, SlowSearchFixture)

BOOST_AUTO_TEST_CASE(the_window_stays_live_while_a_search_runs_and_esc_cancels_it) {
  int ticks = 0;
  wxTimer timer;
  timer.Bind(wxEVT_TIMER, [&](wxTimerEvent&) { ++ticks; });
  timer.Start(50);
  pump(800);  // the search sleeps on the worker meanwhile
  timer.Stop();
  BOOST_TEST(ticks >= 8);  // events kept coming: 16 in 800 ms when nothing waits
  BOOST_TEST(status() == "Searching...");
  auto* cancel = test::findNamed<wxButton>(page, "cancelSearch");
  BOOST_TEST(cancel->IsEnabled());
  test::saveScreenshot(frame, "case-list-searching");
  query()->SetFocus();
  pump(50);
  wxUIActionSimulator keyboard;
  keyboard.Char(WXK_ESCAPE);
  BOOST_TEST(found("Search cancelled; 0 cases found so far."));
  BOOST_TEST(secondsSinceOpened() < 1.9);  // the sleeping statement was interrupted
  BOOST_TEST(!cancel->IsEnabled());
  BOOST_TEST(results()->GetItemCount() == 0);
  test::saveScreenshot(frame, "case-list-search-cancelled");
}

BOOST_AUTO_TEST_CASE(the_cancel_button_stops_a_slow_search) {
  pump(200);
  auto* cancel = test::findNamed<wxButton>(page, "cancelSearch");
  test::click(cancel);
  BOOST_TEST(found("Search cancelled; 0 cases found so far."));
  BOOST_TEST(secondsSinceOpened() < 1.9);
}

BOOST_AUTO_TEST_CASE(a_newer_search_replaces_the_running_one) {
  pump(200);
  search("Karimov");  // the page's first search is interrupted
  pump(200);
  search(wxString::FromUTF8("Юсупова"));  // and this one replaces "Karimov"
  BOOST_TEST(found("1 case found"));
  BOOST_REQUIRE(results()->GetItemCount() == 1);
  BOOST_TEST(test::cell(results(), 0, 0) == "YUSUPOVA MALIKA / Юсупова Малика");
  pump(300);  // nothing older arrives late
  BOOST_TEST(status() == "1 case found");
  BOOST_TEST(results()->GetItemCount() == 1);
}

BOOST_AUTO_TEST_SUITE_END()
