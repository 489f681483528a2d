// The rights the command line checks beyond case steps (issue 9): `mws case show|list` need a
// signed-in account of the case's unit and are audited as views, lists and exports; machine
// work (`mws sync`, `mws doctor`, `mws onboard`) done --as an account needs sync.run,
// device.manage or unit.manage in the machine's unit (IT and the unit's administrator) and is
// in the audit chain; so are adding a unit (unit.manage) and the scanner diagnostics
// (`mws finger enroll|session`, device.manage). Without --as, machine work is the machine's
// operator's (root, the mws-sync service), as for the installer's account commands.
#include <soci/soci.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "mws/cli/cli.hpp"
#include "mws/core/domain/civil_date.hpp"
#include "cli_support.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;
namespace fs = std::filesystem;

namespace {

using test::CliRun;
using test::day;

const std::string kPassword = "long-enough-pw";

struct MachineOfTsh : test::DbFixture {
  fs::path dir = fs::temp_directory_path() / ("mws-cli-rights-" + std::to_string(::getpid()));
  fs::path configFile = dir / "mws.ini";

  MachineOfTsh() {
    fs::create_directories(dir);
    std::ofstream(configFile) << "[unit]\ncode = TSH-01\n[counter]\nname = Counter 3\n";
    ok(run({"unit", "add", "TSH-01", "Tashkent, Chilonzor"}));
    ok(run({"unit", "add", "SAM-01", "Samarkand"}));
    addUser("o.aliyev", "officer", "TSH-01");
    addUser("s.rahimov", "supervisor", "TSH-01");
    addUser("s.tursunov", "supervisor", "SAM-01");
    addUser("i.it", "it", "TSH-01");
    addUser("i.samit", "it", "SAM-01");
    addUser("a.admin", "unit-admin", "TSH-01");
  }
  ~MachineOfTsh() { fs::remove_all(dir); }

  CliRun run(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.end(), {"--dsn", dsn, "--config", configFile.string(), "--log-level", "none"});
    return test::runCli(args, input);
  }
  CliRun as(const std::string& login, std::vector<std::string> args, const std::string& rest = {}) {
    args.insert(args.end(), {"--as", login, "--password-stdin"});
    return run(args, kPassword + "\n" + rest);
  }
  static void ok(const CliRun& result) { BOOST_REQUIRE_MESSAGE(result.code == 0, result.err); }
  void addUser(const std::string& login, const std::string& role, const std::string& unit) {
    ok(run({"user", "add", "--login", login, "--name", login, "--unit", unit, "--role", role,
            "--no-forced-change", "--password-stdin"},
           kPassword + "\n"));
  }

  long long entries(const std::string& action, const std::string& login) {
    long long n = 0;
    database().session() << "SELECT count(*) FROM audit_log WHERE action = :a AND actor_login = :l",
        soci::use(action), soci::use(login), soci::into(n);
    return n;
  }
  long long allEntries() {
    long long n = 0;
    database().session() << "SELECT count(*) FROM audit_log", soci::into(n);
    return n;
  }

  // A person and a draft stay registration of TSH-01, opened by the officer; the case id.
  std::string openCase() {
    ok(as("o.aliyev", {"person", "add", "--surname", "Karimov", "--given", "Alisher", "--birth", "1990-03-15",
                       "--sex", "male", "--status", "foreigner", "--citizenship", "KAZ", "--document",
                       "passport::N12345678:KAZ:2020-01-10:2030-01-09", "--visa",
                       "EV0012345:e_visa:single:" + day(-20) + ":" + day(9)}));
    const std::string payload =
        R"({"v":1,"address":{"region":"1726","district":"1726262","street":"Bunyodkor","house":"12","flat":"45"},)"
        R"("host":{"kind":"organisation","person_id":0,"tax_id":"301234567","name":"Hotel Chilonzor",)"
        R"("consent_given":true,"consent_evidence":"paper:17"},"period":{"from":")" +
        day(0) + R"(","to":")" + day(7) + R"("},"basis":"visa","basis_number":"EV0012345"})";
    auto opened = as("o.aliyev", {"case", "open", "STAY_REG", "--person", "1", "--payload", "-"}, payload);
    BOOST_REQUIRE_MESSAGE(opened.code == 0, opened.err);
    std::istringstream words(opened.out);
    std::string first, id;
    words >> first >> id;
    return id;
  }
};

bool refusedFor(const CliRun& result, const std::string& right) {
  return result.code == 1 && result.err.rfind("mws: refused: ", 0) == 0 &&
         result.err.find("right=" + right) != std::string::npos;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(cli_rights, MachineOfTsh)

BOOST_AUTO_TEST_CASE(a_case_is_shown_and_listed_to_its_units_accounts_and_each_look_is_audited) {
  const std::string id = openCase();
  BOOST_TEST(run({"case", "show", id}).code == 2, "who looks is said with --as");
  BOOST_TEST(run({"case", "list"}).code == 2);
  auto shown = as("s.rahimov", {"case", "show", id});
  BOOST_TEST(shown.code == 0, shown.err);
  BOOST_TEST(shown.out.find(id) != std::string::npos);
  BOOST_TEST(as("o.aliyev", {"case", "show", id, "--json"}).code == 0);
  auto listed = as("o.aliyev", {"case", "list", "--state", "draft"});
  BOOST_TEST(listed.out.rfind(id + "  draft  STAY_REG", 0) == 0, listed.out);
  BOOST_TEST(entries("case.view", "s.rahimov") == 1);
  BOOST_TEST(entries("case.export", "o.aliyev") == 1);
  BOOST_TEST(entries("case.list", "o.aliyev") == 1);
  std::string details;
  database().session() << "SELECT details FROM audit_log WHERE action = 'case.list'", soci::into(details);
  BOOST_TEST(details == "unit=TSH-01 state=draft results=1");
}

BOOST_AUTO_TEST_CASE(another_units_supervisor_and_it_see_no_case) {
  const std::string id = openCase();
  const long long before = allEntries();
  auto stranger = as("s.tursunov", {"case", "show", id});
  BOOST_TEST(refusedFor(stranger, "case.view"), stranger.err);
  BOOST_TEST(stranger.err.find("unit=TSH-01") != std::string::npos, stranger.err);
  BOOST_TEST(stranger.out.empty());
  BOOST_TEST(refusedFor(as("s.tursunov", {"case", "list", "--unit", "TSH-01"}), "case.view"));
  BOOST_TEST(refusedFor(as("i.it", {"case", "show", id}), "case.view"));
  BOOST_TEST(refusedFor(as("a.admin", {"case", "list"}), "case.view"));
  BOOST_TEST(allEntries() == before + 4, "four sign-ins, no view");  // auth.sign_in each
  BOOST_TEST(entries("case.view", "s.tursunov") == 0);
}

BOOST_AUTO_TEST_CASE(sync_by_hand_needs_sync_run_in_the_machines_unit) {
  auto byIt = as("i.it", {"sync", "status"});
  BOOST_TEST(byIt.code == 0, byIt.err);
  BOOST_TEST(byIt.out.find("outbox: ") != std::string::npos);
  BOOST_TEST(entries("sync.status", "i.it") == 1);
  BOOST_TEST(as("a.admin", {"sync", "status"}).code == 0);
  BOOST_TEST(refusedFor(as("o.aliyev", {"sync", "status"}), "sync.run"));
  BOOST_TEST(refusedFor(as("s.rahimov", {"sync", "now"}), "sync.run"));
  auto otherUnit = as("i.samit", {"sync", "now"});
  BOOST_TEST(refusedFor(otherUnit, "sync.run"), otherUnit.err);
  BOOST_TEST(otherUnit.err.find("user_unit=SAM-01") != std::string::npos, otherUnit.err);
  BOOST_TEST(entries("sync.now", "i.samit") == 0);
  BOOST_TEST(run({"sync", "status"}).code == 0, "the machine's operator, without --as");
}

BOOST_AUTO_TEST_CASE(doctor_by_an_account_needs_device_manage) {
  auto officer = as("o.aliyev", {"doctor"});
  BOOST_TEST(refusedFor(officer, "device.manage"), officer.err);
  BOOST_TEST(officer.out.empty(), "refused before any check runs");
  auto byIt = as("i.it", {"doctor"});
  BOOST_TEST(byIt.err.find("refused") == std::string::npos, byIt.err);
  BOOST_TEST(byIt.out.find("database") != std::string::npos, byIt.out);
  BOOST_TEST(entries("machine.doctor", "i.it") == 1);
}

BOOST_AUTO_TEST_CASE(onboarding_by_an_account_needs_unit_manage_for_that_unit) {
  auto officer = as("o.aliyev", {"onboard", "--unit", "TSH-01"});
  BOOST_TEST(refusedFor(officer, "unit.manage"), officer.err);
  auto stranger = as("i.samit", {"onboard", "--unit", "TSH-01"});
  BOOST_TEST(refusedFor(stranger, "unit.manage"), stranger.err);
  BOOST_TEST(!fs::exists(dir / "pki" / "request.key"), "a refusal makes no key");
  auto byIt = as("i.it", {"onboard", "--unit", "TSH-01"});
  BOOST_TEST(byIt.code == 0, byIt.err);
  BOOST_TEST(fs::exists(dir / "pki" / "request.key"));
  BOOST_TEST(entries("machine.onboard_request", "i.it") == 1);
}

BOOST_AUTO_TEST_CASE(adding_a_unit_and_scanner_diagnostics_by_an_account_need_their_rights) {
  auto officer = as("o.aliyev", {"unit", "add", "NAM-01", "Namangan"});
  BOOST_TEST(refusedFor(officer, "unit.manage"), officer.err);
  auto byIt = as("i.it", {"unit", "add", "NAM-01", "Namangan"});
  BOOST_TEST(byIt.code == 0, byIt.err);
  BOOST_TEST(entries("unit.add", "i.it") == 1);
  const fs::path print = dir / "finger.tpl";
  auto enrolByOfficer = as("o.aliyev", {"finger", "enroll", "--finger", "right-index", "--out", print.string()});
  BOOST_TEST(refusedFor(enrolByOfficer, "device.manage"), enrolByOfficer.err);
  BOOST_TEST(!fs::exists(print), "refused before the scanner is opened");
  auto enrolByIt = as("i.it", {"finger", "enroll", "--finger", "right-index", "--out", print.string()});
  BOOST_TEST(enrolByIt.code == 0, enrolByIt.err);
  BOOST_TEST(entries("device.finger_enroll", "i.it") == 1);
}

BOOST_AUTO_TEST_SUITE_END()
