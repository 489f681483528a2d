#include <boost/test/unit_test.hpp>

#include <soci/soci.h>

#include <sstream>

#include "mws/cli/cli.hpp"
#include "mws/core/version.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;

namespace {
struct CliRun {
  int code;
  std::string out;
  std::string err;
};

CliRun mwsCli(std::vector<std::string> args, const std::string& input = {}) {
  std::istringstream in(input);
  std::ostringstream out, err;
  int code = cli::run(args, in, out, err);
  return {code, out.str(), err.str()};
}
}  // namespace

BOOST_AUTO_TEST_SUITE(command_line)

BOOST_AUTO_TEST_CASE(version_is_printed) {
  auto run = mwsCli({"--version"});
  BOOST_TEST(run.code == 0);
  BOOST_TEST(run.out == "mws " + std::string(core::version()) + "\n");
}

BOOST_AUTO_TEST_CASE(db_migrate_is_idempotent) {
  auto& cluster = test::PgTestCluster::instance();
  BOOST_REQUIRE(cluster.cluster().createDatabase("cli_migrate").ok());
  std::string dsn = cluster.cluster().dsn("cli_migrate");

  auto first = mwsCli({"db", "migrate", "--dsn", dsn});
  BOOST_TEST(first.code == 0, first.err);
  BOOST_TEST(first.out.find("migration(s) applied") != std::string::npos);

  auto second = mwsCli({"db", "migrate", "--dsn", dsn});
  BOOST_TEST(second.code == 0);
  BOOST_TEST(second.out == "The schema is up to date; nothing to apply.\n");

  auto status = mwsCli({"db", "status", "--dsn", dsn});
  BOOST_TEST(status.code == 0);
  BOOST_TEST(status.out.find("PENDING") == std::string::npos);
  cluster.dropDatabase("cli_migrate");
}

BOOST_AUTO_TEST_CASE(db_status_reports_pending_migrations) {
  auto& cluster = test::PgTestCluster::instance();
  BOOST_REQUIRE(cluster.cluster().createDatabase("cli_pending").ok());
  auto status = mwsCli({"db", "status", "--dsn", cluster.cluster().dsn("cli_pending")});
  BOOST_TEST(status.code == 1);
  BOOST_TEST(status.out.find("PENDING") != std::string::npos);
  cluster.dropDatabase("cli_pending");
}

BOOST_AUTO_TEST_CASE(an_unreachable_dsn_is_refused_in_one_line) {
  auto run = mwsCli({"db", "migrate", "--dsn", "host=/nonexistent-dir dbname=mws password=pw"});
  BOOST_TEST(run.code == 1);
  BOOST_TEST(run.out.empty());
  BOOST_TEST(run.err.rfind("mws: cannot connect to the database", 0) == 0);
  BOOST_TEST(run.err.find('\n') == run.err.size() - 1);  // exactly one line
  BOOST_TEST(run.err.find("pw") == std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(units_and_users_are_added, test::DbFixture) {
  auto unit = mwsCli({"unit", "add", "SAM-02", "Samarkand city", "--dsn", dsn});
  BOOST_TEST(unit.code == 0, unit.err);
  auto user = mwsCli({"user", "add", "--login", "b.aliev", "--name", "Bekzod Aliev", "--unit",
                      "SAM-02", "--role", "supervisor", "--password-stdin", "--dsn", dsn},
                     "a-good-password\n");
  BOOST_TEST(user.code == 0, user.err);
  BOOST_TEST(user.out == "user b.aliev (supervisor, unit SAM-02) added\n");

  auto again = mwsCli({"user", "add", "--login", "b.aliev", "--name", "B", "--unit", "SAM-02",
                       "--password-stdin", "--dsn", dsn},
                      "a-good-password\n");
  BOOST_TEST(again.code == 1);
  BOOST_TEST(again.err.find("that login is taken") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(seed_demo_fills_a_database_for_the_workstation, test::DbFixture) {
  auto seeded = mwsCli({"db", "seed-demo", "--persons", "40", "--cases", "60", "--dsn", dsn});
  BOOST_TEST(seeded.code == 0, seeded.err);
  BOOST_TEST(seeded.out.rfind("seeded 40 persons and 60 cases.\n", 0) == 0);
  BOOST_TEST(seeded.out.find("supervisor") != std::string::npos);
  long long persons = 0, cases = 0;
  database().session() << "SELECT count(*) FROM persons", soci::into(persons);
  database().session() << "SELECT count(*) FROM cases", soci::into(cases);
  BOOST_TEST(persons == 40);
  BOOST_TEST(cases == 60);
  // The cases are listed to a signed-in account of their unit: the first demo officer's.
  std::istringstream lines(seeded.out);
  std::string line, officer;
  while (officer.empty() && std::getline(lines, line)) {
    if (line.find("  officer, unit ") != std::string::npos) std::istringstream(line) >> officer;
  }
  BOOST_REQUIRE(!officer.empty());
  auto list = mwsCli({"case", "list", "--dsn", dsn, "--as", officer, "--password-stdin"}, "demo-password-2026\n");
  BOOST_TEST(list.code == 0, list.err);
  BOOST_TEST(mwsCli({"case", "list", "--dsn", dsn}).code == 2);  // without --as: who?
  BOOST_TEST(mwsCli({"db", "seed-demo", "--persons", "many", "--dsn", dsn}).code == 2);
}

BOOST_AUTO_TEST_CASE(bad_usage_says_what_is_wrong) {
  BOOST_TEST(mwsCli({"db", "frobnicate"}).code == 2);
  BOOST_TEST(mwsCli({"db", "migrate", "--dsn"}).err == "mws: --dsn needs a value\n");
  BOOST_TEST(mwsCli({"db", "migrate", "--colour", "x"}).err.find("unknown option --colour") !=
             std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
