// What the centre sends a unit besides decisions and reference rows: the person records the
// unit needs and the overstay list of its district, pulled by cursor in pages and applied
// into the unit database; `mws sync overstays` and `mws sync conflicts` list them.

#include <boost/test/unit_test.hpp>
#include <iterator>
#include <sstream>

#include "mws/cli/cli.hpp"
#include "mws/sync/central/central_admin.hpp"
#include "mws/sync/client/unit_data.hpp"
#include "secure_fixture.hpp"

namespace central = mws::sync::central;
namespace client = mws::sync::client;
using namespace mws::sync::test;

namespace {

struct UnitDataFixture : SecureCentralFixture {
  void person(const std::string& unit, const std::string& ref, const std::string& surname,
              const std::string& citizenship = "KAZ") {
    const auto seq = central::publishPerson(
        centralDb.dsn, {unit, ref,
                        R"({"surname_latin":")" + surname + R"(","given_latin":"Aliya",)"
                        R"("birth_date":"1990-04-12","sex":"female","status":"foreigner",)"
                        R"("citizenship":")" + citizenship + R"("})"});
    BOOST_REQUIRE_MESSAGE(seq.ok(), (seq.ok() ? "" : seq.error().detail));
  }
  void overstay(const std::string& district, const std::string& id, int daysOver,
                bool cleared = false) {
    const auto seq = central::publishOverstay(
        centralDb.dsn,
        {district, id,
         R"({"person_ref":"P-)" + id + R"(","surname":"Testova","given_names":"Dana",)"
         R"("citizenship":"KAZ","document":"N0000)" + id + R"(","permitted_until":"2026-10-01",)"
         R"("days_over":)" + std::to_string(daysOver) + R"(,"cleared":)" + (cleared ? "true" : "false") + "}"});
    BOOST_REQUIRE_MESSAGE(seq.ok(), (seq.ok() ? "" : seq.error().detail));
  }
  long long localScalar(const std::string& query) {
    long long value = 0;
    database().session() << query, soci::into(value);
    return value;
  }
  // The lists hold personal data: they are shown to a supervisor of the unit (--as).
  int cli(std::vector<std::string> all, const std::string& input = {}) {
    const auto config = pki.writeUnitConfig(kUnit, port, "counter-1", "[log]\nlevel = none\n");
    all.insert(all.end(), {"--dsn", dsn, "--config", config.string()});
    std::istringstream in(input);
    std::ostringstream out, err;
    return mws::cli::run(all, in, out, err);
  }
  std::string runCli(const std::vector<std::string>& words, int& code, const std::string& login = "s.rahimov") {
    if (!m_accounts) {
      cli({"unit", "add", kUnit, "Unit A"});  // unless the fixture has it already
      BOOST_REQUIRE(cli({"user", "add", "--login", "s.rahimov", "--name", "S R", "--unit", kUnit, "--role",
                         "supervisor", "--no-forced-change", "--password-stdin"}, "long-enough-pw\n") == 0);
      BOOST_REQUIRE(cli({"user", "add", "--login", "i.it", "--name", "I T", "--unit", kUnit, "--role", "it",
                         "--no-forced-change", "--password-stdin"}, "long-enough-pw\n") == 0);
      m_accounts = true;
    }
    const auto config = pki.writeUnitConfig(kUnit, port, "counter-1", "[log]\nlevel = none\n");
    std::vector<std::string> all{"--dsn", dsn, "--config", config.string(), "sync"};
    all.insert(all.end(), words.begin(), words.end());
    all.insert(all.end(), {"--as", login, "--password-stdin"});
    std::istringstream in("long-enough-pw\n");
    std::ostringstream out;
    std::ostringstream err;
    code = mws::cli::run(all, in, out, err);
    return out.str() + err.str();
  }
  bool m_accounts = false;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(unit_data, UnitDataFixture)

BOOST_AUTO_TEST_CASE(mws_central_person_district_and_overstay_feed_the_units_pull) {
  const std::string centre = "--dsn=" + centralDb.dsn;
  BOOST_TEST(runCentral({"district", centre, "--unit=UNIT-A", "--district=Yunusobod"}).first == 0);
  const auto entry = runCentral({"overstay", centre, "--district=Yunusobod", "--id=77",
                                 R"(--row={"person_ref":"P-7","surname":"Testova","citizenship":"KAZ",)"
                                 R"("permitted_until":"2026-09-30","days_over":9})"});
  BOOST_TEST(entry.first == 0);
  BOOST_TEST(entry.second == "change 1\n");
  const auto added = runCentral({"person", centre, "--unit=UNIT-A", "--ref=P-7",
                                 R"(--row={"surname_latin":"Testova","birth_date":"1988-02-03",)"
                                 R"("sex":"female","status":"foreigner","citizenship":"KAZ"})"});
  BOOST_TEST(added.first == 0);
  BOOST_TEST(runCentral({"overstay", centre, "--district=Yunusobod", "--id=78", "--row=[1]"}).first == 65);
  BOOST_TEST(runCentral({"person", centre, "--unit=UNIT-A"}).first == 64);
  BOOST_REQUIRE(client::SyncAgent(agentConfig()).drainOnce().ok());
  BOOST_TEST(localScalar("SELECT count(*) FROM sync_overstays WHERE id = '77' AND days_over = 9") == 1);
  BOOST_TEST(localScalar("SELECT count(*) FROM persons WHERE central_ref = 'P-7'") == 1);
}

BOOST_AUTO_TEST_CASE(person_records_for_this_unit_arrive_in_pages_and_a_later_version_updates_them) {
  for (int i = 1; i <= 5; ++i) person(kUnit, "P-" + std::to_string(i), "Nurlanova");
  person("UNIT-B", "P-99", "Other");  // another unit's: never sent here
  auto options = agentConfig();
  options.pullLimit = 2;  // three pages
  {
    client::SyncAgent agent(options);
    const auto drained = agent.drainOnce();
    BOOST_REQUIRE_MESSAGE(drained.ok(), detailOf(drained));
    BOOST_TEST(drained->changesApplied == 5);
  }
  BOOST_TEST(localScalar("SELECT count(*) FROM persons WHERE central_ref LIKE 'P-%'") == 5);
  BOOST_TEST(localScalar("SELECT count(*) FROM persons WHERE central_ref = 'P-99'") == 0);
  BOOST_TEST(localScalar("SELECT count(*) FROM persons WHERE name_key = 'NURLANOVA ALIYA'") == 5);
  person(kUnit, "P-3", "Sarsenova");
  BOOST_REQUIRE(client::SyncAgent(options).drainOnce().ok());
  BOOST_TEST(localScalar("SELECT count(*) FROM persons WHERE central_ref LIKE 'P-%'") == 5);
  BOOST_TEST(localScalar("SELECT version FROM persons WHERE central_ref = 'P-3'") == 2);
  BOOST_TEST(localScalar("SELECT count(*) FROM persons WHERE surname_latin = 'Sarsenova'") == 1);
}

BOOST_AUTO_TEST_CASE(a_person_the_database_refuses_is_a_conflict_and_the_page_goes_on) {
  person(kUnit, "P-1", "Nurlanova", "ZZZ");  // no such country here
  person(kUnit, "P-2", "Nurlanova");
  const auto drained = client::SyncAgent(agentConfig()).drainOnce();
  BOOST_REQUIRE_MESSAGE(drained.ok(), detailOf(drained));
  BOOST_TEST(drained->conflicts == 1);
  BOOST_TEST(drained->changesApplied == 1);
  const auto conflicts = client::listConflicts(database());
  BOOST_REQUIRE(conflicts.ok());
  BOOST_REQUIRE(conflicts->size() == 1u);
  BOOST_TEST(conflicts->front().kind == "person");
  BOOST_TEST(conflicts->front().problem == "person_refused");
  BOOST_TEST(conflicts->front().entityId == "P-1");
  int code = -1;
  const std::string json = runCli({"conflicts", "--json"}, code);
  BOOST_TEST(code == 0);
  BOOST_TEST(json.find(R"("kind":"person","entity_id":"P-1","problem":"person_refused")") != std::string::npos, json);
  const std::string text = runCli({"conflicts"}, code);
  BOOST_TEST(text.find("1 conflict(s) open") != std::string::npos, text);
}

BOOST_AUTO_TEST_CASE(the_overstay_list_of_the_units_district_is_pulled_and_listed) {
  BOOST_REQUIRE(central::assignDistrict(centralDb.dsn, kUnit, "Yunusobod").ok());
  BOOST_REQUIRE(central::assignDistrict(centralDb.dsn, "UNIT-B", "Chilonzor").ok());
  overstay("Yunusobod", "1", 12);
  overstay("Yunusobod", "2", 40);
  overstay("Chilonzor", "3", 5);  // another district's
  BOOST_REQUIRE(client::SyncAgent(agentConfig()).drainOnce().ok());
  auto listed = client::listOverstays(database());
  BOOST_REQUIRE(listed.ok());
  BOOST_REQUIRE(listed->size() == 2u);
  BOOST_TEST(listed->front().id == "2");  // longest overstay first
  BOOST_TEST(listed->front().daysOver == 40);
  BOOST_TEST(listed->front().district == "Yunusobod");
  overstay("Yunusobod", "2", 40, true);  // the centre withdraws it
  BOOST_REQUIRE(client::SyncAgent(agentConfig()).drainOnce().ok());
  int code = -1;
  const std::string text = runCli({"overstays"}, code);
  BOOST_TEST(code == 0);
  BOOST_TEST(text.find("Testova Dana  KAZ  N00001  until 2026-10-01  12 day(s) over") != std::string::npos, text);
  BOOST_TEST(text.find("1 overstay(s) in the district") != std::string::npos, text);
  const std::string json = runCli({"overstays", "--all", "--json"}, code);
  BOOST_TEST(json.find(R"("id":"2")") != std::string::npos, json);
  BOOST_TEST(json.find(R"("cleared":true)") != std::string::npos, json);
  // IT sees no personal data; the views and the export are in the audit chain.
  const std::string byIt = runCli({"overstays"}, code, "i.it");
  BOOST_TEST(code == 1);
  BOOST_TEST(byIt.find("right=person.search") != std::string::npos, byIt);
  BOOST_TEST(byIt.find("Testova") == std::string::npos);
  BOOST_TEST(localScalar("SELECT count(*) FROM audit_log WHERE action = 'overstay.list'") == 1);
  BOOST_TEST(localScalar("SELECT count(*) FROM audit_log WHERE action = 'sync.export'") == 1);
}

BOOST_AUTO_TEST_SUITE_END()
