// The case list's search on the real repositories, without wx: a name in either script, a
// document number, a personal number, filters, cancelling; and on the search worker (its own
// connection and thread): a slow search does not block and can be cancelled, a superseded
// search's rows are dropped.
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <condition_variable>
#include <mutex>

#include "case_pages_fixture.hpp"
#include "mws/presenter/case_list_presenter.hpp"
#include "mws/storage/pg_search_worker.hpp"

using namespace mws;
using presenter::CaseSearch;
using presenter::SearchKind;

namespace {

struct SearchFixture : test::CasePagesFixture {
  core::Person other;
  std::string submittedId, draftId, otherId;

  SearchFixture() {
    core::Person second = makeForeigner();
    second.latin = {"YUSUPOVA", "MALIKA", ""};
    second.cyrillic = {"Юсупова", "Малика", ""};
    second.sex = core::Sex::Female;
    second.documents.front().number = "N87654321";
    second.visas.front().number = "EV0099999";
    other = addPerson(second);
    submittedId = stayCase(officer).id;
    draftId = stayCase(officer, false).id;
    auto opened = service.open({"", other.id, core::Channel::Counter, stayRegistration(other, "EV0099999")}, officer);
    BOOST_REQUIRE(opened.ok());
    otherId = opened->id;
  }

  std::vector<std::string> idsFound(const std::string& text, presenter::CaseFilter filter = {}) {
    CaseSearch search(services, "TSH-01", text, filter);
    presenter::runToEnd(search);
    BOOST_REQUIRE(!search.error().has_value());
    std::vector<std::string> ids;
    for (const auto& row : search.rows()) ids.push_back(row.summary.id);
    std::sort(ids.begin(), ids.end());
    return ids;
  }

  std::vector<std::string> sorted(std::vector<std::string> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(case_search_kinds)

BOOST_AUTO_TEST_CASE(the_field_tells_names_from_numbers) {
  BOOST_TEST((presenter::classifySearch("   ") == SearchKind::Recent));
  BOOST_TEST((presenter::classifySearch("31503900000017") == SearchKind::PersonalNumber));
  BOOST_TEST((presenter::classifySearch("AA 1234567") == SearchKind::Document));
  BOOST_TEST((presenter::classifySearch("n12345678") == SearchKind::Document));
  BOOST_TEST((presenter::classifySearch("Каримов") == SearchKind::Name));
  BOOST_TEST((presenter::classifySearch("Oʻgʻiloy Yoqubova") == SearchKind::Name));
  BOOST_TEST((presenter::classifySearch("315039") == SearchKind::Document));
  BOOST_TEST(presenter::documentKey(" aa-123 4567 ") == "AA1234567");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(case_list_presenter, SearchFixture)

BOOST_AUTO_TEST_CASE(a_name_in_either_script_finds_the_persons_cases) {
  const auto expected = sorted({submittedId, draftId});
  BOOST_TEST(idsFound("Каримов") == expected);
  BOOST_TEST(idsFound("karimov alisher") == expected);
  BOOST_TEST(idsFound("Юсупова") == std::vector<std::string>{otherId});
}

BOOST_AUTO_TEST_CASE(rows_carry_the_person_in_both_scripts) {
  CaseSearch search(services, "TSH-01", "KARIMOV", {});
  presenter::runToEnd(search);
  BOOST_REQUIRE(search.rows().size() == 2u);
  BOOST_TEST(search.rows().front().personLatin == "KARIMOV ALISHER");
  BOOST_TEST(search.rows().front().personCyrillic == "Каримов Алишер");
  BOOST_TEST(search.personsFound() == 1u);
}

BOOST_AUTO_TEST_CASE(a_document_number_finds_the_case_however_it_is_typed) {
  BOOST_TEST(idsFound("n 12345678") == sorted({submittedId, draftId}));
  BOOST_TEST(idsFound("N87654321") == std::vector<std::string>{otherId});
}

BOOST_AUTO_TEST_CASE(a_personal_number_finds_the_case) {
  core::Person withNumber = foreigner;
  withNumber.personalNumber = "31503900000017";
  BOOST_REQUIRE(persons.update(withNumber, {officer, "person.update", clock.now()}).ok());
  BOOST_TEST(idsFound("31503900000017") == sorted({submittedId, draftId}));
  BOOST_TEST(idsFound("41503900000017").empty());
}

BOOST_AUTO_TEST_CASE(an_empty_search_lists_the_units_latest_cases) {
  BOOST_TEST(idsFound("") == sorted({submittedId, draftId, otherId}));
}

BOOST_AUTO_TEST_CASE(filters_narrow_by_state_and_service) {
  presenter::CaseFilter submitted;
  submitted.state = core::CaseState::Submitted;
  BOOST_TEST(idsFound("", submitted) == std::vector<std::string>{submittedId});
  BOOST_TEST(idsFound("Karimov", submitted) == std::vector<std::string>{submittedId});
  presenter::CaseFilter cards;
  cards.service = core::ServiceCode::IdCard;
  BOOST_TEST(idsFound("", cards).empty());
}

BOOST_AUTO_TEST_CASE(an_unknown_name_finds_nobody) {
  CaseSearch search(services, "TSH-01", "Zzyzxqwv", {});
  presenter::runToEnd(search);
  BOOST_TEST(search.personsFound() == 0u);
  BOOST_TEST(search.rows().empty());
  BOOST_TEST(search.progress() == 1.0);
}

BOOST_AUTO_TEST_CASE(a_cancelled_search_stops_at_once) {
  CaseSearch search(services, "TSH-01", "", {});
  BOOST_TEST(search.step());  // the persons step of an empty search finds nobody to look up
  search.cancel();
  BOOST_TEST(!search.step());
  BOOST_TEST(search.cancelled());
  BOOST_TEST(search.finished());
  BOOST_TEST(search.rows().empty());
}

BOOST_AUTO_TEST_CASE(another_units_cases_are_not_listed) {
  CaseSearch search(services, "SAM-01", "Karimov", {});
  presenter::runToEnd(search);
  BOOST_TEST(search.personsFound() == 1u);
  BOOST_TEST(search.rows().empty());
}

BOOST_AUTO_TEST_SUITE_END()

// The searches on the worker: its own connection and thread, as in the workstation.
namespace {

// The outcomes the worker delivers, on its thread.
struct Inbox {
  std::mutex mutex;
  std::condition_variable arrived;
  std::vector<presenter::SearchOutcome> outcomes;

  presenter::CaseListSearcher::Deliver deliver() {
    return [this](presenter::SearchOutcome outcome) {
      std::lock_guard lock(mutex);
      outcomes.push_back(std::move(outcome));
      arrived.notify_all();
    };
  }
  bool waitFor(std::size_t count, std::chrono::milliseconds limit) {
    std::unique_lock lock(mutex);
    return arrived.wait_for(lock, limit, [&] { return outcomes.size() >= count; });
  }
  presenter::SearchOutcome at(std::size_t i) {
    std::lock_guard lock(mutex);
    return outcomes.at(i);
  }
};

std::unique_ptr<storage::PgSearchWorker> openWorker(const std::string& dsn, std::string beforeEachJob = {}) {
  storage::SearchWorkerOptions options;
  options.beforeEachJob = std::move(beforeEachJob);
  auto worker = storage::PgSearchWorker::open(dsn, options);
  BOOST_REQUIRE(worker.ok());
  return std::move(*worker);
}

using Clock = std::chrono::steady_clock;

}  // namespace

BOOST_FIXTURE_TEST_SUITE(case_list_searcher, SearchFixture)

BOOST_AUTO_TEST_CASE(a_search_on_the_worker_finds_the_persons_cases) {
  auto worker = openWorker(dsn);
  Inbox inbox;
  presenter::CaseListSearcher searcher(*worker, inbox.deliver());
  const auto generation = searcher.start("TSH-01", "Каримов", {});
  BOOST_REQUIRE(inbox.waitFor(1, std::chrono::seconds(10)));
  const auto outcome = inbox.at(0);
  BOOST_TEST(outcome.generation == generation);
  BOOST_TEST(searcher.accept(outcome));
  BOOST_TEST(!searcher.busy());
  BOOST_TEST(!outcome.error.has_value());
  std::vector<std::string> ids;
  for (const auto& row : outcome.rows) ids.push_back(row.summary.id);
  BOOST_TEST(sorted(ids) == sorted({submittedId, draftId}));
  BOOST_TEST(outcome.rows.front().personCyrillic == "Каримов Алишер");
}

// Each job first sleeps 5 s on the worker's connection: start() returns at once, and the
// cancel interrupts the sleeping statement, so the cancelled outcome comes long before.
BOOST_AUTO_TEST_CASE(a_slow_search_does_not_block_and_can_be_cancelled) {
  auto worker = openWorker(dsn, "select pg_sleep(5)");
  Inbox inbox;
  presenter::CaseListSearcher searcher(*worker, inbox.deliver());
  const auto started = Clock::now();
  searcher.start("TSH-01", "Karimov", {});
  BOOST_TEST((Clock::now() - started < std::chrono::milliseconds(500)));
  BOOST_TEST(searcher.busy());
  BOOST_TEST(!inbox.waitFor(1, std::chrono::milliseconds(300)));  // still sleeping
  searcher.cancel();
  BOOST_REQUIRE(inbox.waitFor(1, std::chrono::seconds(3)));
  BOOST_TEST((Clock::now() - started < std::chrono::seconds(4)));
  const auto outcome = inbox.at(0);
  BOOST_TEST(outcome.cancelled);
  BOOST_TEST(!outcome.error.has_value());
  BOOST_TEST(outcome.rows.empty());
  BOOST_TEST(searcher.accept(outcome));
  BOOST_TEST(!searcher.busy());
  // The worker's connection is usable again: the next search runs to its end.
  auto fast = openWorker(dsn);
  presenter::CaseListSearcher again(*fast, inbox.deliver());
  again.start("TSH-01", "Karimov", {});
  BOOST_REQUIRE(inbox.waitFor(2, std::chrono::seconds(10)));
  BOOST_TEST(inbox.at(1).rows.size() == 2u);
}

// A newer search supersedes the running one: the older is interrupted, its outcome is not
// accepted (the page shows only the newest search's rows).
BOOST_AUTO_TEST_CASE(the_outcome_of_a_superseded_search_is_dropped) {
  auto worker = openWorker(dsn, "select pg_sleep(1)");
  Inbox inbox;
  presenter::CaseListSearcher searcher(*worker, inbox.deliver());
  const auto first = searcher.start("TSH-01", "Karimov", {});
  const auto second = searcher.start("TSH-01", "Юсупова", {});
  BOOST_REQUIRE(inbox.waitFor(2, std::chrono::seconds(10)));
  const auto older = inbox.at(0);
  const auto newer = inbox.at(1);
  BOOST_TEST(older.generation == first);
  BOOST_TEST(older.cancelled);
  BOOST_TEST(!searcher.accept(older));
  BOOST_TEST(searcher.busy());
  BOOST_TEST(newer.generation == second);
  BOOST_TEST(searcher.accept(newer));
  BOOST_REQUIRE(newer.rows.size() == 1u);
  BOOST_TEST(newer.rows.front().summary.id == otherId);
}

// The same worker serves one search after another on its connection.
BOOST_AUTO_TEST_CASE(the_worker_runs_search_after_search) {
  auto worker = openWorker(dsn);
  Inbox inbox;
  presenter::CaseListSearcher searcher(*worker, inbox.deliver());
  searcher.start("TSH-01", "", {});
  BOOST_REQUIRE(inbox.waitFor(1, std::chrono::seconds(10)));
  BOOST_TEST(searcher.accept(inbox.at(0)));
  BOOST_TEST(inbox.at(0).rows.size() == 3u);
  searcher.start("TSH-01", "N87654321", {});
  BOOST_REQUIRE(inbox.waitFor(2, std::chrono::seconds(10)));
  BOOST_TEST(searcher.accept(inbox.at(1)));
  BOOST_TEST(inbox.at(1).rows.size() == 1u);
  BOOST_TEST((inbox.at(1).kind == SearchKind::Document));
}

BOOST_AUTO_TEST_SUITE_END()
