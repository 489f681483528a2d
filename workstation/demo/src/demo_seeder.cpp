#include "mws/demo/demo_seeder.hpp"

#include <soci/soci.h>

#include <chrono>
#include <unordered_set>

#include "case_factory.hpp"
#include "demo_rows.hpp"
#include "demo_world.hpp"
#include "mws/storage/audit_chain.hpp"
#include "numbers.hpp"
#include "person_factory.hpp"

namespace mws::demo {

namespace {

constexpr std::int64_t kBatchPersons = 5000;

core::CivilDate systemToday() {
  return core::CivilDate::fromDays(
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
}

// Ids from the persons' identity sequence, so that documents, visas and case ids derived
// from them never repeat, also across runs.
std::vector<long long> reserveIds(soci::session& sql, std::int64_t count) {
  std::vector<long long> ids(static_cast<std::size_t>(count));
  long long n = count;
  sql << "SELECT nextval(pg_get_serial_sequence('persons', 'id')) FROM generate_series(1, :n)",
      soci::use(n), soci::into(ids);
  return ids;
}

std::unordered_set<std::string> takenNumbers(soci::session& sql,
                                             const std::vector<core::Person*>& persons) {
  std::string array = "{";
  for (const core::Person* p : persons) array += (array.size() > 1 ? "," : "") + *p->personalNumber;
  array += "}";
  std::vector<std::string> found(persons.size());
  sql << "SELECT personal_number FROM persons WHERE personal_number = ANY(CAST(:a AS text[]))",
      soci::use(array), soci::into(found);
  return {found.begin(), found.end()};
}

// Personal numbers are unique: a number taken in this run or by an earlier one moves to
// another serial (birth date and sex stay, so it still agrees with them).
void makePersonalNumbersUnique(soci::session& sql, std::vector<DemoPerson>& persons,
                               std::unordered_set<std::string>& used) {
  std::vector<core::Person*> pending;
  for (DemoPerson& demo : persons) {
    if (demo.person.personalNumber) pending.push_back(&demo.person);
  }
  while (!pending.empty()) {
    const auto taken = takenNumbers(sql, pending);
    std::vector<core::Person*> retry;
    for (core::Person* p : pending) {
      if (!taken.contains(*p->personalNumber) && used.insert(*p->personalNumber).second) continue;
      const auto serial = static_cast<std::uint32_t>(std::stoul(p->personalNumber->substr(7, 6)));
      p->personalNumber = personalNumber(p->birthDate, p->sex, (serial + 7919) % 1000000);
      retry.push_back(p);
    }
    pending.swap(retry);
  }
}

core::Status validate(const std::vector<DemoPerson>& persons, const DemoWorld& world) {
  for (const DemoPerson& demo : persons) {
    auto valid = core::validatePerson(demo.person, world.reference.countries, world.today);
    if (!valid) return core::makeError("demo.generator", "person refused: " + valid.error().code);
  }
  return core::success();
}

class Seeder {
 public:
  Seeder(storage::Database& db, const DemoWorld& world, const DemoOptions& options,
         const DemoProgress& progress)
      : m_db(db),
        m_world(world),
        m_options(options),
        m_progress(progress),
        m_persons(world),
        m_cases(world, options.seed) {}

  core::Status run();

 private:
  core::Status batch(std::int64_t index, std::int64_t firstPerson, std::int64_t count);
  void report(const char* stage, std::int64_t done, std::int64_t total) const {
    if (m_progress) m_progress(stage, done, total);
  }

  storage::Database& m_db;
  const DemoWorld& m_world;
  const DemoOptions& m_options;
  const DemoProgress& m_progress;
  PersonFactory m_persons;
  CaseFactory m_cases;
  std::unordered_set<std::string> m_usedNumbers;
  std::int64_t m_casesDone = 0;
};

core::Status Seeder::run() {
  const std::int64_t total = m_options.persons;
  for (std::int64_t first = 0, index = 0; first < total; first += kBatchPersons, ++index) {
    auto done = batch(index, first, std::min(kBatchPersons, total - first));
    if (!done) return done;
  }
  auto& sql = m_db.session();
  soci::transaction tx(sql);
  const core::User actor{
      0, "demo-seed", "Demo data", core::Role::It, std::string(demoUnits().front().code), "", true};
  storage::AuditChain::append(
      sql, {std::chrono::system_clock::now(), actor, "demo.seed", "database", "demo",
            "persons=" + std::to_string(m_options.persons) + " cases=" +
                std::to_string(m_casesDone) + " seed=" + std::to_string(m_options.seed)});
  tx.commit();
  sql << "ANALYZE persons, person_documents, person_visas, cases, case_events";
  return core::success();
}

core::Status Seeder::batch(std::int64_t index, std::int64_t firstPerson, std::int64_t count) {
  auto& sql = m_db.session();
  Random rng(mix64(m_options.seed, static_cast<std::uint64_t>(index)));
  const std::vector<long long> ids = reserveIds(sql, count);
  std::vector<DemoPerson> persons;
  for (std::int64_t i = 0; i < count; ++i) {
    persons.push_back(m_persons.make(ids[static_cast<std::size_t>(i)], firstPerson + i, rng));
  }
  makePersonalNumbersUnique(sql, persons, m_usedNumbers);
  const std::int64_t total = m_options.persons;
  const std::int64_t caseEnd = m_options.cases * (firstPerson + count) / total;
  const std::int64_t caseStart = m_options.cases * firstPerson / total;
  auto cases = m_cases.make(persons, caseEnd - caseStart, caseStart, rng);
  if (!cases) return cases.error();
  if (auto valid = validate(persons, m_world); !valid) return valid;
  soci::transaction tx(sql);
  writeBatch(sql, persons, *cases);
  tx.commit();
  m_casesDone += static_cast<std::int64_t>(cases->size());
  report("persons", firstPerson + count, total);
  report("cases", m_casesDone, m_options.cases);
  return core::success();
}

core::Status checkOptions(const DemoOptions& options) {
  if (options.persons < 0) return core::makeError("demo.invalid_options").with("field", "persons");
  if (options.cases < 0 || (options.cases > 0 && options.persons == 0)) {
    return core::makeError("demo.invalid_options", "cases belong to persons seeded in the same run")
        .with("field", "cases");
  }
  return core::success();
}

}  // namespace

core::Status seedDemo(
    storage::Database& db, const DemoOptions& options,
    std::function<void(std::string_view stage, std::int64_t done, std::int64_t total)> progress) {
  if (auto ok = checkOptions(options); !ok) return ok;
  try {
    auto world = prepareWorld(db, options.today.value_or(systemToday()), progress);
    if (!world) return world.error();
    Seeder seeder(db, *world, options, progress);
    return seeder.run();
  } catch (const std::exception& e) {
    return storage::databaseError("db.query_failed", e);
  }
}

}  // namespace mws::demo
