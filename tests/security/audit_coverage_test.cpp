// Every action can be traced to a person (issue 9): a day at the counter driven through the
// mws command line — a failed and good sign-ins, a person added, viewed, searched and
// exported, a case from open to issued, shown, listed and exported, an account made by the
// unit's administrator and the chain walked — and each kind of entry is in the hash chain with
// its actor, unit, machine (host name and the configured counter) and time, with no personal
// data in its details.
#include <soci/soci.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "mws/cli/cli.hpp"
#include "mws/core/domain/civil_date.hpp"
#include "mws/storage/audit_chain.hpp"
#include "cli_support.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;

namespace {

using test::CliRun;
using test::day;

const std::string kPassword = "long-enough-pw";

struct AuditedDay : test::DbFixture {
  std::filesystem::path configFile = std::filesystem::temp_directory_path() /
                                     ("mws-audit-" + std::to_string(::getpid()) + ".ini");
  AuditedDay() { std::ofstream(configFile) << "[counter]\nname = Counter 3\n"; }
  ~AuditedDay() {
    std::filesystem::remove(configFile);
    storage::setAuditCounter("");
  }

  CliRun run(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.end(), {"--dsn", dsn, "--config", configFile.string()});
    return test::runCli(args, input);
  }
  CliRun as(const std::string& login, std::vector<std::string> args, const std::string& rest = {},
            const std::string& password = kPassword) {
    args.insert(args.end(), {"--as", login, "--password-stdin"});
    return run(args, password + "\n" + rest);
  }
  void ok(const CliRun& result) { BOOST_REQUIRE_MESSAGE(result.code == 0, result.err); }
  void addUser(const std::string& login, const std::string& role) {
    ok(run({"user", "add", "--login", login, "--name", login, "--unit", "TSH-01", "--role", role,
            "--no-forced-change", "--password-stdin"},
           kPassword + "\n"));
  }

  std::string caseId(const std::string& opened) {
    std::istringstream words(opened);
    std::string first, id;
    words >> first >> id;
    return id;
  }
};

const char* const kKinds[] = {
    "auth.sign_in",  "person.add",     "person.view", "person.search",
    "person.export", "case.open",      "case.submit", "case.take_into_review",
    "case.approve",  "case.issue",     "user.add",    "audit.verify",
    "case.view",     "case.list",      "case.export",
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(audit_coverage, AuditedDay)

BOOST_AUTO_TEST_CASE(each_kind_of_action_is_in_the_chain_with_actor_unit_machine_and_time) {
  const auto started = std::time(nullptr);
  ok(run({"unit", "add", "TSH-01", "Tashkent, Chilonzor"}));
  addUser("o.aliyev", "officer");
  addUser("s.rahimov", "supervisor");
  addUser("a.admin", "unit-admin");

  BOOST_TEST(as("o.aliyev", {"person", "show", "1"}, "", "wrong-password").code == 1);
  ok(as("o.aliyev", {"person", "add", "--surname", "Karimov", "--given", "Alisher", "--birth",
                     "1990-03-15", "--sex", "male", "--status", "foreigner", "--citizenship",
                     "KAZ", "--document", "passport::N12345678:KAZ:2020-01-10:2030-01-09",
                     "--visa", "EV0012345:e_visa:single:" + day(-20) + ":" + day(9)}));
  ok(as("o.aliyev", {"person", "show", "1"}));
  ok(as("o.aliyev", {"person", "find", "--document", "N12345678"}));
  ok(as("o.aliyev", {"person", "show", "1", "--json"}));
  const std::string payload =
      R"({"v":1,"address":{"region":"1726","district":"1726262","street":"Bunyodkor","house":"12","flat":"45"},)"
      R"("host":{"kind":"organisation","person_id":0,"tax_id":"301234567","name":"Hotel Chilonzor",)"
      R"("consent_given":true,"consent_evidence":"paper:17"},"period":{"from":")" +
      day(0) + R"(","to":")" + day(7) + R"("},"basis":"visa","basis_number":"EV0012345"})";
  auto opened = as("o.aliyev", {"case", "open", "STAY_REG", "--person", "1", "--payload", "-"}, payload);
  ok(opened);
  const std::string id = caseId(opened.out);
  ok(as("o.aliyev", {"case", "submit", id}));
  ok(as("s.rahimov", {"case", "review", id}));
  ok(as("s.rahimov", {"case", "approve", id}));
  ok(as("s.rahimov", {"case", "issue", id}));
  ok(as("s.rahimov", {"case", "show", id}));
  ok(as("o.aliyev", {"case", "list"}));
  ok(as("o.aliyev", {"case", "show", id, "--json"}));
  ok(as("a.admin", {"user", "add", "--login", "o.new", "--name", "New Officer", "--unit", "TSH-01"},
        "another-password\n"));
  ok(as("a.admin", {"audit", "verify"}));

  char host[256] = {};
  BOOST_REQUIRE(gethostname(host, sizeof host - 1) == 0);
  for (const char* kind : kKinds) {
    BOOST_TEST_CONTEXT(kind) {
      const std::string action = kind;
      soci::rowset<soci::row> rows = (database().session().prepare
          << "SELECT actor_login, unit_code, machine, extract(epoch FROM at)::bigint, details"
             " FROM audit_log WHERE action = :a AND actor_login <> ''",
          soci::use(action));
      int count = 0;
      for (const auto& row : rows) {
        ++count;
        BOOST_TEST(!row.get<std::string>(0).empty());
        BOOST_TEST(row.get<std::string>(1) == "TSH-01");
        BOOST_TEST(row.get<std::string>(2) == std::string(host) + "/Counter 3");
        const long long at = row.get<long long>(3);
        BOOST_TEST((at >= started - 1 && at <= std::time(nullptr) + 1));
        for (const char* personal : {"Karimov", "KARIMOV", "N12345678", "1990-03-15"}) {
          BOOST_TEST(row.get<std::string>(4).find(personal) == std::string::npos);
        }
      }
      BOOST_TEST(count >= 1, kind << " is missing from the audit chain");
    }
  }
  long long badSignIns = 0, adminAdds = 0;
  database().session() << "SELECT count(*) FROM audit_log WHERE action = 'auth.sign_in'"
                          " AND details = 'outcome=auth.bad_credentials'",
      soci::into(badSignIns);
  database().session() << "SELECT count(*) FROM audit_log WHERE action = 'user.add'"
                          " AND actor_login = 'a.admin'",
      soci::into(adminAdds);
  BOOST_TEST(badSignIns == 1);
  BOOST_TEST(adminAdds == 1);
  auto verified = storage::AuditChain::verify(database());
  BOOST_REQUIRE(verified.ok());
  BOOST_TEST(!verified->firstBroken.has_value());
}

BOOST_AUTO_TEST_CASE(accounts_made_by_the_operator_are_marked_so) {
  ok(run({"unit", "add", "TSH-01", "Tashkent, Chilonzor"}));
  addUser("o.aliyev", "officer");
  std::string details, actor;
  database().session() << "SELECT details, actor_login FROM audit_log WHERE action = 'user.add'",
      soci::into(details), soci::into(actor);
  BOOST_TEST(actor.empty());
  BOOST_TEST(details == "role=officer unit=TSH-01 initial=false by=operator");
}

BOOST_AUTO_TEST_SUITE_END()
