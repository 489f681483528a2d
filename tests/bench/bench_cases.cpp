// bench_cases — case commit latency, person search and document lookup at scale.
//
// Starts a durable private PostgreSQL cluster (fsync on, as in production) in a temporary
// directory, migrates it, seeds N demo persons (default 1,000,000) with mws::demo, then
// measures through the production code paths (CaseService and the PG repositories):
//   (a) open + submit of a STAY_REG, each one commit      -> p50/p99 (target p99 <= 15 ms)
//   (b) person search by a real surname, a prefix of it and a misspelling of it
//                                                          -> p50/p95 (target p95 <= 50 ms)
//   (c) document-number lookup                             -> p50/p99 (target <= 2 ms)
// and prints a table. See docs/benchmarks.md for figures and the command line.

#include <soci/soci.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_stats.hpp"
#include "mws/core/domain/case_service.hpp"
#include "mws/core/domain/transliteration.hpp"
#include "mws/demo/demo_seeder.hpp"
#include "mws/storage/pg_case_repository.hpp"
#include "mws/storage/pg_person_repository.hpp"
#include "mws/storage/pg_reference_data_repository.hpp"
#include "mws/storage/pg_user_repository.hpp"
#include "mws/storage/private_cluster.hpp"

namespace fs = std::filesystem;
using namespace mws;
using bench::Stopwatch;
using bench::TableRow;

namespace {

struct Options {
  std::int64_t persons = 1000000;
  std::int64_t cases = -1;  // default: persons / 10
  std::uint64_t seed = 1;
  int commits = 2000;
  int queries = 1000;
  int lookups = 1000;
  std::string dir;    // empty: a temporary directory, removed at the end
  bool keep = false;  // keep the cluster's directory
  bool seed_ = true;  // --no-seed: measure what --dir already holds
};

[[noreturn]] void usage(const char* message) {
  std::fprintf(stderr,
               "%s\nusage: bench_cases [--persons N] [--cases M] [--seed S] [--commits N]\n"
               "       [--queries N] [--lookups N] [--dir PATH [--keep] [--no-seed]]\n",
               message);
  std::exit(2);
}

Options parseArguments(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage(("missing value for " + arg).c_str());
      return argv[++i];
    };
    if (arg == "--persons")
      o.persons = std::stoll(value());
    else if (arg == "--cases")
      o.cases = std::stoll(value());
    else if (arg == "--seed")
      o.seed = std::stoull(value());
    else if (arg == "--commits")
      o.commits = std::stoi(value());
    else if (arg == "--queries")
      o.queries = std::stoi(value());
    else if (arg == "--lookups")
      o.lookups = std::stoi(value());
    else if (arg == "--dir")
      o.dir = value();
    else if (arg == "--keep")
      o.keep = true;
    else if (arg == "--no-seed")
      o.seed_ = false;
    else
      usage(("unknown argument " + arg).c_str());
  }
  if (o.cases < 0) o.cases = o.persons / 10;
  return o;
}

[[noreturn]] void fail(const std::string& what, const core::Error& error) {
  std::fprintf(stderr, "bench_cases: %s: %s %s\n", what.c_str(), error.code.c_str(),
               error.detail.c_str());
  std::exit(1);
}

class SystemClock : public core::Clock {
 public:
  std::chrono::system_clock::time_point now() override { return std::chrono::system_clock::now(); }
  core::CivilDate today() override {
    return core::CivilDate::fromDays(std::chrono::floor<std::chrono::days>(now()));
  }
};

std::string text(storage::Database& db, const std::string& query) {
  std::string value;
  db.session() << query, soci::into(value);
  return value;
}

void seed(storage::Database& db, const Options& o) {
  Stopwatch watch;
  int lastTenth = -1;
  auto status = demo::seedDemo(
      db, {o.persons, o.cases, o.seed, std::nullopt},
      [&](std::string_view stage, std::int64_t done, std::int64_t total) {
        const int tenth = total > 0 ? static_cast<int>(done * 10 / total) : 10;
        if (stage != "persons" || tenth == lastTenth) return;
        lastTenth = tenth;
        std::fprintf(stderr, "  seeded %lld / %lld persons, %.0f s\n", static_cast<long long>(done),
                     static_cast<long long>(total), watch.elapsedMs() / 1000);
      });
  if (!status) fail("seeding", status.error());
  const double seconds = watch.elapsedMs() / 1000;
  std::printf("seeded %lld persons and %lld cases in %.0f s (%.0f persons/s)\n",
              static_cast<long long>(o.persons), static_cast<long long>(o.cases), seconds,
              static_cast<double>(o.persons) / seconds);
}

struct StayTarget {
  long long personId;
  std::string visa;
  core::CivilDate validTo;
};

// Foreigners whose visa is valid today, in a fixed pseudo-random order.
std::vector<StayTarget> stayTargets(storage::Database& db, const core::CivilDate& today, int n) {
  std::vector<StayTarget> out;
  const std::string day = today.toString();
  soci::rowset<soci::row> rows =
      (db.session().prepare
           << "SELECT p.id, v.number, v.valid_to::text FROM persons p"
              " JOIN person_visas v ON v.person_id = p.id WHERE p.status = 'foreigner'"
              " AND v.valid_from <= CAST(:d AS date) AND v.valid_to >= CAST(:d2 AS date)"
              " ORDER BY md5(p.id::text) LIMIT :n",
       soci::use(day), soci::use(day), soci::use(n));
  for (const auto& r : rows) {
    out.push_back({r.get<long long>(0), r.get<std::string>(1),
                   *core::CivilDate::parse(r.get<std::string>(2))});
  }
  return out;
}

core::StayRegistrationPayload stayPayload(const StayTarget& target, const core::CivilDate& today) {
  core::StayRegistrationPayload p;
  p.address = {"TK", "TK-CHI", "Bunyodkor koʻchasi", "12", "45"};
  p.host = {core::HostKind::Organisation,  0,    "301245671",
            "Registon Plaza mehmonxonasi", true, "paper:1"};
  p.period = {today, std::min(target.validTo, today.addDays(7))};
  p.basis = core::StayBasis::Visa;
  p.basisNumber = target.visa;
  return p;
}

core::User account(storage::Database& db, const char* login) {
  auto user = storage::PgUserRepository(db).findByLogin(login);
  if (!user || !user->has_value())
    fail(std::string("no demo account ") + login, core::makeError("bench.account"));
  return **user;
}

std::vector<TableRow> benchCommits(storage::Database& db, const Options& o) {
  storage::PgCaseRepository cases(db);
  storage::PgPersonRepository persons(db);
  storage::PgReferenceDataRepository reference(db);
  SystemClock clock;
  core::CaseService service(cases, persons, reference, clock);
  const core::User officer = account(db, "tk-chi.officer1");
  const auto targets = stayTargets(db, clock.today(), o.commits);
  if (targets.empty()) fail("commit benchmark", core::makeError("bench.no_foreigner_with_visa"));
  std::vector<double> opens, submits, pairs;
  const int warmUp = 20;
  for (int i = 0; i < o.commits + warmUp; ++i) {
    const StayTarget& target = targets[static_cast<std::size_t>(i) % targets.size()];
    Stopwatch watch;
    auto opened = service.open(
        {"", target.personId, core::Channel::Counter, stayPayload(target, clock.today())}, officer);
    if (!opened) fail("open", opened.error());
    const double openMs = watch.elapsedMs();
    auto submitted = service.submit(opened->id, officer);
    if (!submitted) fail("submit", submitted.error());
    const double pairMs = watch.elapsedMs();
    if (i < warmUp) continue;
    opens.push_back(openMs);
    submits.push_back(pairMs - openMs);
    pairs.push_back(pairMs);
  }
  auto verdict = [](const bench::Summary& s) { return s.p99 <= 15.0 ? "met" : "MISSED"; };
  const auto open = bench::summarise(opens), submit = bench::summarise(submits);
  return {{"case open STAY_REG (1 commit)", open, "", "p99 <= 15 ms", verdict(open)},
          {"case submit (1 commit)", submit, "", "p99 <= 15 ms", verdict(submit)},
          {"case open + submit (2 commits)", bench::summarise(pairs), "", "", ""}};
}

// One letter replaced in the middle of the word, as a typing or hearing mistake would.
std::string misspell(std::string key) {
  const std::size_t at = key.size() * 2 / 3;
  key[at] = key[at] == 'O' ? 'A' : key[at] == 'A' ? 'O' : key[at] == 'I' ? 'Y' : 'I';
  return key;
}

std::vector<TableRow> benchSearch(storage::Database& db, const Options& o) {
  storage::PgPersonRepository persons(db);
  std::vector<std::string> surnames;
  soci::rowset<std::string> rows =
      db.session().prepare << "SELECT surname_latin FROM persons ORDER BY md5(id::text) LIMIT 400";
  for (const auto& s : rows) surnames.push_back(core::normaliseName(s));
  if (surnames.empty()) fail("search benchmark", core::makeError("bench.no_persons"));
  const char* kinds[] = {"search: surname", "search: prefix", "search: misspelt surname"};
  std::vector<double> times[3], all;
  long long hits[3] = {0, 0, 0};
  for (int i = 0; i < o.queries; ++i) {
    const int kind = i % 3;
    const std::string& surname = surnames[static_cast<std::size_t>(i / 3) % surnames.size()];
    const std::string key = kind == 0 ? surname
                            : kind == 1
                                ? surname.substr(0, std::max<std::size_t>(3, surname.size() / 2))
                                : misspell(surname);
    Stopwatch watch;
    auto page = persons.search({key, std::nullopt, {0, 20}});
    if (!page) fail("search", page.error());
    times[kind].push_back(watch.elapsedMs());
    all.push_back(times[kind].back());
    hits[kind] += page->total;
  }
  std::vector<TableRow> out;
  for (int k = 0; k < 3; ++k) {
    const auto n = static_cast<long long>(std::max<std::size_t>(1, times[k].size()));
    out.push_back({kinds[k], bench::summarise(times[k]),
                   "mean matches " + std::to_string(hits[k] / n) + ", page of 20", "", ""});
  }
  const auto summary = bench::summarise(all);
  out.push_back(
      {"search: all kinds", summary, "", "p95 <= 50 ms", summary.p95 <= 50.0 ? "met" : "MISSED"});
  return out;
}

std::vector<TableRow> benchLookups(storage::Database& db, const Options& o) {
  storage::PgPersonRepository persons(db);
  std::vector<std::string> numbers;
  soci::rowset<std::string> rows =
      (db.session().prepare
           << "SELECT full_number FROM person_documents ORDER BY md5(id::text) LIMIT :n",
       soci::use(o.lookups));
  for (const auto& n : rows) numbers.push_back(n);
  std::vector<double> times;
  for (const std::string& number : numbers) {
    Stopwatch watch;
    auto found = persons.findByDocumentNumber(number);
    if (!found || !found->has_value())
      fail("lookup " + number, found ? core::makeError("bench.not_found") : found.error());
    times.push_back(watch.elapsedMs());
  }
  const auto summary = bench::summarise(times);
  return {{"document-number lookup", summary, "person with documents and visas loaded",
           "p99 <= 2 ms", summary.p99 <= 2.0 ? "met" : "MISSED"}};
}

fs::path makeDirectory(const Options& o) {
  if (!o.dir.empty()) return o.dir;
  std::string pattern = (fs::temp_directory_path() / "mws-bench-XXXXXX").string();
  if (!mkdtemp(pattern.data())) usage("cannot make a temporary directory");
  chmod(pattern.c_str(), 0755);  // the 'postgres' user must reach its data directory
  return pattern;
}

void printSetting(storage::Database& db) {
  std::printf("PostgreSQL: %s\n", text(db, "SELECT version()").c_str());
  std::printf("settings: fsync=%s synchronous_commit=%s shared_buffers=%s work_mem=%s\n",
              text(db, "SHOW fsync").c_str(), text(db, "SHOW synchronous_commit").c_str(),
              text(db, "SHOW shared_buffers").c_str(), text(db, "SHOW work_mem").c_str());
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = parseArguments(argc, argv);
  const fs::path dir = makeDirectory(o);
  storage::ClusterOptions clusterOptions;
  clusterOptions.dataDir = dir / "data";
  clusterOptions.durable = true;
  storage::PrivateCluster cluster(clusterOptions);
  if (auto ok = cluster.ensureRunning(); !ok) fail("cluster", ok.error());
  auto db = storage::Database::connect(cluster.dsn());
  if (!db) fail("connect", db.error());
  if (auto migrated = storage::migrateAndSeed(**db); !migrated) fail("migrate", migrated.error());
  printSetting(**db);
  if (o.seed_) seed(**db, o);
  std::printf("database: %s persons, %s cases, %s\n",
              text(**db, "SELECT count(*)::text FROM persons").c_str(),
              text(**db, "SELECT count(*)::text FROM cases").c_str(),
              text(**db, "SELECT pg_size_pretty(pg_database_size(current_database()))").c_str());
  std::vector<TableRow> table = benchCommits(**db, o);
  for (auto rows : {benchSearch(**db, o), benchLookups(**db, o)}) {
    table.insert(table.end(), rows.begin(), rows.end());
  }
  bench::printTable(table);
  db->reset();
  cluster.stop();
  if (o.dir.empty() && !o.keep) fs::remove_all(dir);
  return 0;
}
