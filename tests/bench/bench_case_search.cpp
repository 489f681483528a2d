// bench_case_search — the case list's search (issue 7) on demo data: how long one search
// takes from the field to the last row, as the case list page runs it: CaseListSearcher
// hands it to a storage::PgSearchWorker (its own connection and thread), which steps
// presenter::CaseSearch to its end (names of the rows included) and delivers the rows.
// Also: a search typed while another runs (the older interrupted and dropped).
//
// Usage: bench_case_search [PERSONS] [CASES] [RUNS]   (default 100000 100000 50)
// Seeds a fresh database of the throwaway test cluster with mws::demo, picks RUNS cases of
// the busiest unit at random and searches for each case's person by Latin surname, by
// Cyrillic surname and given name, by document number and by personal number (when the
// person has one); also the unit's latest cases (empty field) and one state filter.
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <random>
#include <string>
#include <vector>

#include "bench_stats.hpp"
#include "mws/demo/demo_seeder.hpp"
#include "mws/presenter/case_list_presenter.hpp"
#include "mws/storage/pg_case_repository.hpp"
#include "mws/storage/pg_person_repository.hpp"
#include "mws/storage/pg_search_worker.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;

namespace {

[[noreturn]] void die(const char* what, const core::Error& error) {
  std::fprintf(stderr, "bench_case_search: %s: %s %s\n", what, error.code.c_str(), error.detail.c_str());
  std::exit(1);
}

struct Sample {
  std::vector<double> ms;  // start() to the outcome delivered, names of the rows included
  std::size_t rows = 0;
};

// The page's searcher on the worker; the outcomes arrive on the worker's thread.
struct Searches {
  explicit Searches(core::SearchWorker& worker)
      : searcher(worker, [this](presenter::SearchOutcome outcome) {
          std::lock_guard lock(mutex);
          outcomes.push_back(std::move(outcome));
          arrived.notify_all();
        }) {}

  presenter::SearchOutcome waitFor(std::uint64_t generation) {
    std::unique_lock lock(mutex);
    for (;;) {
      for (auto& outcome : outcomes) {
        if (outcome.generation == generation) return outcome;
      }
      arrived.wait(lock);
    }
  }

  std::mutex mutex;
  std::condition_variable arrived;
  std::vector<presenter::SearchOutcome> outcomes;
  presenter::CaseListSearcher searcher;
};

void time(Searches& searches, const std::string& unit, const std::string& text, presenter::CaseFilter filter,
          Sample& sample, const std::string* supersedes = nullptr) {
  if (supersedes) searches.searcher.start(unit, *supersedes, filter);  // typed just before
  bench::Stopwatch watch;
  const auto generation = searches.searcher.start(unit, text, filter);
  const auto outcome = searches.waitFor(generation);
  sample.ms.push_back(watch.elapsedMs());
  if (!searches.searcher.accept(outcome)) die("accept", core::makeError("stale"));
  if (outcome.error) die("search", *outcome.error);
  sample.rows += outcome.rows.size();
}

std::string busiestUnit(core::CaseRepository& cases) {
  std::string best;
  std::int64_t most = -1;
  for (const auto& unit : demo::demoUnits()) {
    auto page = cases.list({std::string(unit.code), std::nullopt, std::nullopt, {0, 1}});
    if (!page) die("list", page.error());
    if (page->total > most) {
      most = page->total;
      best = std::string(unit.code);
    }
  }
  std::printf("busiest unit %s holds %lld cases\n", best.c_str(), static_cast<long long>(most));
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  const std::int64_t persons = argc > 1 ? std::atoll(argv[1]) : 100000;
  const std::int64_t caseCount = argc > 2 ? std::atoll(argv[2]) : 100000;
  const int runs = argc > 3 ? std::atoi(argv[3]) : 50;
  std::setvbuf(stdout, nullptr, _IONBF, 0);
  auto& cluster = test::PgTestCluster::instance();
  auto db = storage::Database::connect(cluster.cluster().dsn(cluster.createDatabase()));
  if (!db) die("connect", db.error());
  bench::Stopwatch seeding;
  if (auto seeded = demo::seedDemo(**db, {persons, caseCount, 7, std::nullopt}, nullptr); !seeded) die("seed", seeded.error());
  std::printf("seeded %lld persons and %lld cases in %.0f s\n", static_cast<long long>(persons),
              static_cast<long long>(caseCount), seeding.elapsedMs() / 1000);

  storage::PgCaseRepository cases(**db);
  storage::PgPersonRepository people(**db);
  auto worker = storage::PgSearchWorker::open((*db)->dsn());
  if (!worker) die("worker", worker.error());
  Searches searches(**worker);
  const std::string unit = busiestUnit(cases);
  const auto total = cases.list({unit, std::nullopt, std::nullopt, {0, 1}})->total;

  Sample latin, cyrillic, document, personal, recent, filtered, superseding;
  std::mt19937_64 random(42);
  for (int i = 0; i < runs; ++i) {
    auto page = cases.list({unit, std::nullopt, std::nullopt, {static_cast<std::int64_t>(random() % total), 1}});
    if (!page || page->items.empty()) die("pick", page ? core::makeError("empty") : page.error());
    auto person = people.findById(page->items.front().personId);
    if (!person || !person->has_value()) die("person", person ? core::makeError("missing") : person.error());
    const core::Person& p = **person;
    
    time(searches, unit, p.latin.surname, {}, latin);
    time(searches, unit, p.cyrillic.surname + " " + p.cyrillic.givenName, {}, cyrillic);
    if (!p.documents.empty()) time(searches, unit, p.documents.front().fullNumber(), {}, document);
    if (p.personalNumber) time(searches, unit, *p.personalNumber, {}, personal);
    time(searches, unit, "", {}, recent);
    presenter::CaseFilter submitted;
    submitted.state = core::CaseState::Submitted;
    time(searches, unit, "", submitted, filtered);
    const std::string empty;  // the latest cases were being listed when the name was typed
    time(searches, unit, p.latin.surname, {}, superseding, &empty);
  }
  auto row = [](const char* what, const Sample& s) {
    const double mean = s.ms.empty() ? 0 : static_cast<double>(s.rows) / static_cast<double>(s.ms.size());
    char note[64];
    std::snprintf(note, sizeof note, "%.1f rows per search", mean);
    return bench::TableRow{what, bench::summarise(s.ms), note, "< 1000 ms", ""};
  };
  bench::printTable({row("Latin surname", latin), row("Cyrillic surname + given name", cyrillic),
                     row("document number", document), row("personal number", personal),
                     row("empty field: latest 200, named", recent),
                     row("empty field, state filter, named", filtered),
                     row("Latin surname typed while the latest 200 load", superseding)});
  return 0;
}
