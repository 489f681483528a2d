// bench_case_search — the case list's search (issue 7) on demo data: how long one search
// takes from the field to the last row, through presenter::CaseSearch and the PostgreSQL
// repositories, as the case list page runs it (every step, names of the rows included).
//
// Usage: bench_case_search [PERSONS] [CASES] [RUNS]   (default 100000 100000 50)
// Seeds a fresh database of the throwaway test cluster with mws::demo, picks RUNS cases of
// the busiest unit at random and searches for each case's person by Latin surname, by
// Cyrillic surname and given name, by document number and by personal number (when the
// person has one); also the unit's latest cases (empty field) and one state filter.
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "bench_stats.hpp"
#include "mws/demo/demo_seeder.hpp"
#include "mws/presenter/case_list_presenter.hpp"
#include "mws/storage/pg_case_repository.hpp"
#include "mws/storage/pg_person_repository.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;

namespace {

[[noreturn]] void die(const char* what, const core::Error& error) {
  std::fprintf(stderr, "bench_case_search: %s: %s %s\n", what, error.code.c_str(), error.detail.c_str());
  std::exit(1);
}

struct Sample {
  std::vector<double> ms;       // to the last row with its names
  std::vector<double> firstMs;  // to the rows on screen (names may still be filling in)
  std::size_t rows = 0;
};

void time(presenter::Services& services, const std::string& unit, const std::string& text,
          presenter::CaseFilter filter, Sample& sample) {
  bench::Stopwatch watch;
  presenter::CaseSearch search(services, unit, text, filter);
  while (!search.rowsReady() && search.step()) {
  }
  sample.firstMs.push_back(watch.elapsedMs());
  presenter::runToEnd(search);
  sample.ms.push_back(watch.elapsedMs());
  if (search.error()) die("search", *search.error());
  sample.rows += search.rows().size();
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
  presenter::Services services;
  services.caseRepository = &cases;
  services.persons = &people;
  const std::string unit = busiestUnit(cases);
  const auto total = cases.list({unit, std::nullopt, std::nullopt, {0, 1}})->total;

  Sample latin, cyrillic, document, personal, recent, filtered;
  std::mt19937_64 random(42);
  for (int i = 0; i < runs; ++i) {
    auto page = cases.list({unit, std::nullopt, std::nullopt, {static_cast<std::int64_t>(random() % total), 1}});
    if (!page || page->items.empty()) die("pick", page ? core::makeError("empty") : page.error());
    auto person = people.findById(page->items.front().personId);
    if (!person || !person->has_value()) die("person", person ? core::makeError("missing") : person.error());
    const core::Person& p = **person;
    
    time(services, unit, p.latin.surname, {}, latin);
    time(services, unit, p.cyrillic.surname + " " + p.cyrillic.givenName, {}, cyrillic);
    if (!p.documents.empty()) time(services, unit, p.documents.front().fullNumber(), {}, document);
    if (p.personalNumber) time(services, unit, *p.personalNumber, {}, personal);
    time(services, unit, "", {}, recent);
    presenter::CaseFilter submitted;
    submitted.state = core::CaseState::Submitted;
    time(services, unit, "", submitted, filtered);
  }
  auto row = [](const char* what, const Sample& s) {
    const double mean = s.ms.empty() ? 0 : static_cast<double>(s.rows) / static_cast<double>(s.ms.size());
    char note[64];
    std::snprintf(note, sizeof note, "%.1f rows per search", mean);
    return bench::TableRow{what, bench::summarise(s.ms), note, "< 1000 ms", ""};
  };
  auto first = [](const char* what, const Sample& s) {
    return bench::TableRow{what, bench::summarise(s.firstMs), "rows shown, names filling in", "", ""};
  };
  bench::printTable({row("Latin surname", latin), row("Cyrillic surname + given name", cyrillic),
                     row("document number", document), row("personal number", personal),
                     first("empty field: latest 200, rows", recent), row("empty field: latest 200, named", recent),
                     row("empty field, state filter, named", filtered)});
  return 0;
}
