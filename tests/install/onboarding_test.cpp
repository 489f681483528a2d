// mws onboard and mws doctor against the real pieces: a migrated database on the test
// cluster, a pilot CA made by mws-central, the certificate request signed by
// `mws-central ca sign`, and a CentralServer over mutual TLS on the loopback interface.
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "mws/cli/cli.hpp"
#include "mws/sync/central/central_server.hpp"
#include "mws/test/pg_cluster.hpp"

namespace fs = std::filesystem;
using namespace mws;

namespace {

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

CliRun mwsCli(std::vector<std::string> args) {
  std::istringstream in;
  std::ostringstream out, err;
  const int code = cli::run(args, in, out, err);
  return {code, out.str(), err.str()};
}

std::string readText(const fs::path& path) {
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

// The line of `check` in doctor's text output.
std::string lineOf(const std::string& out, const std::string& check) {
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    if (line.find(" " + check + ": ") != std::string::npos) return line;
  }
  return "(no " + check + " line)";
}

int shell(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A machine: its own folder with mws.ini (simulated devices, its key file) for one database.
struct Machine : test::DbFixture {
  Machine() {
    static int counter = 0;
    dir = test::outputDir() / ("machine-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    fs::remove_all(dir);
    fs::create_directories(dir);
    config = dir / "mws.ini";
    std::ofstream(config) << "; the machine's configuration\n[log]\nlevel = none\n[db]\ndsn = " << dsn
                          << "\n[security]\nkey_file = " << (dir / "keys" / "blob.key").string()
                          << "\n[devices]\ncamera = synthetic\nfingerprint = simulated\n";
  }
  ~Machine() { fs::remove_all(dir); }

  CliRun run(std::vector<std::string> args) const {
    args.push_back("--config");
    args.push_back(config.string());
    return mwsCli(args);
  }

  fs::path dir;
  fs::path config;
};

// A pilot CA made by the real mws-central.
struct Authority {
  explicit Authority(const fs::path& where) : dir(where) {
    BOOST_REQUIRE_EQUAL(shell(std::string(MWS_CENTRAL_EXE) + " ca init --dir " + dir.string() + " >/dev/null"), 0);
  }
  int sign(const fs::path& csr, const std::string& unit) const {
    return shell(std::string(MWS_CENTRAL_EXE) + " ca sign --csr " + csr.string() + " --unit " + unit +
                 " --dir " + dir.string() + " >/dev/null 2>&1");
  }
  fs::path dir;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(doctor)

BOOST_FIXTURE_TEST_CASE(a_migrated_database_and_a_private_key_file_pass, Machine) {
  BOOST_REQUIRE_EQUAL(run({"db", "migrate"}).code, 0);  // makes the key file, mode 0600
  const auto checked = run({"doctor"});
  BOOST_TEST(checked.code == 0, checked.out + checked.err);
  BOOST_TEST(lineOf(checked.out, "database").rfind("OK", 0) == 0, checked.out);
  BOOST_TEST(lineOf(checked.out, "database").find("schema version") != std::string::npos);
  BOOST_TEST(lineOf(checked.out, "blob key").rfind("OK", 0) == 0, checked.out);
  BOOST_TEST(lineOf(checked.out, "configuration").find(config.string()) != std::string::npos);
  // Not onboarded: a warning that says what to run, not a failure.
  BOOST_TEST(lineOf(checked.out, "certificate").rfind("WARN", 0) == 0, checked.out);
  BOOST_TEST(lineOf(checked.out, "certificate").find("mws onboard") != std::string::npos);
  BOOST_TEST(lineOf(checked.out, "fingerprint scanner").find("simulated") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(a_key_file_others_can_read_fails_with_the_fix, Machine) {
  BOOST_REQUIRE_EQUAL(run({"db", "migrate"}).code, 0);
  ::chmod((dir / "keys" / "blob.key").c_str(), 0644);
  const auto checked = run({"doctor"});
  BOOST_TEST(checked.code == 1);
  BOOST_TEST(lineOf(checked.out, "blob key").rfind("FAIL", 0) == 0, checked.out);
  BOOST_TEST(lineOf(checked.out, "blob key").find("chmod 600") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_unmigrated_database_fails_and_names_the_command) {
  auto& cluster = test::PgTestCluster::instance().cluster();
  BOOST_REQUIRE(cluster.createDatabase("doctor_empty").ok());
  const auto checked = mwsCli({"doctor", "--dsn", cluster.dsn("doctor_empty"), "--json", "--log-level", "none"});
  BOOST_TEST(checked.code == 1);
  BOOST_TEST(checked.out.find(R"("ok":false)") != std::string::npos, checked.out);
  BOOST_TEST(checked.out.find(R"("check":"database","status":"fail")") != std::string::npos, checked.out);
  BOOST_TEST(checked.out.find(R"("fix":"mws db migrate")") != std::string::npos);
  test::PgTestCluster::instance().dropDatabase("doctor_empty");
}

BOOST_AUTO_TEST_CASE(an_unreachable_server_fails_in_one_line) {
  const auto checked = mwsCli({"doctor", "--dsn", "host=/nonexistent-dir dbname=mws", "--log-level", "none"});
  BOOST_TEST(checked.code == 1);
  BOOST_TEST(lineOf(checked.out, "database").rfind("FAIL", 0) == 0, checked.out);
  BOOST_TEST(lineOf(checked.out, "database").find("cannot connect") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(backup_dumps_the_database_privately_and_unsynced_count_reads_the_outbox, Machine) {
  BOOST_REQUIRE_EQUAL(run({"db", "migrate"}).code, 0);
  BOOST_REQUIRE_EQUAL(run({"unit", "add", "TAS-07", "Tashkent 7"}).code, 0);
  const auto count = run({"db", "unsynced-count"});
  BOOST_TEST(count.code == 0, count.err);
  BOOST_TEST(count.out == "0\n");
  const fs::path dump = dir / "backups" / "before-upgrade.dump";
  const auto backup = run({"db", "backup", "--out", dump.string()});
  BOOST_TEST_REQUIRE(backup.code == 0, backup.err);
  BOOST_TEST(readText(dump).rfind("PGDMP", 0) == 0);  // pg_dump's custom format
  BOOST_TEST(((fs::status(dump).permissions() & fs::perms::all) ==
              (fs::perms::owner_read | fs::perms::owner_write)));
  // The unit added above is in it (pg_restore turns the archive back into SQL).
  BOOST_TEST(shell("pg_restore --file=- " + dump.string() + " | grep -q 'Tashkent 7'") == 0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(onboarding)

BOOST_FIXTURE_TEST_CASE(request_signing_installation_and_doctor_close_the_loop, Machine) {
  BOOST_REQUIRE_EQUAL(run({"db", "migrate"}).code, 0);
  const Authority ca(dir / "centre-pki");
  // The centre, over mutual TLS, with the CA's server certificate.
  sync::central::ServerOptions options;
  options.host = "127.0.0.1";
  options.port = 0;
  options.tls = {(ca.dir / "server.pem").string(), (ca.dir / "server.key").string(),
                 (ca.dir / "ca.pem").string()};
  sync::central::CentralServer centre(options);
  BOOST_REQUIRE(centre.start().ok());
  const std::string url = "https://127.0.0.1:" + std::to_string(centre.port());

  const auto requested = run({"onboard", "--unit", "TAS-07", "--centre", url});
  BOOST_TEST_REQUIRE(requested.code == 0, requested.err);
  const fs::path pki = dir / "pki";
  BOOST_TEST(fs::exists(pki / "request.csr"));
  const auto keyMode = fs::status(pki / "request.key").permissions() & fs::perms::all;
  BOOST_TEST((keyMode == (fs::perms::owner_read | fs::perms::owner_write)));
  BOOST_TEST(readText(pki / "request.key").find("PRIVATE KEY") != std::string::npos);

  BOOST_REQUIRE_EQUAL(ca.sign(pki / "request.csr", "TAS-07"), 0);
  const auto installed = run({"onboard", "--install-cert", (ca.dir / "units" / "TAS-07.pem").string(),
                              "--ca", (ca.dir / "ca.pem").string()});
  BOOST_TEST_REQUIRE(installed.code == 0, installed.err);
  const std::string ini = readText(config);
  BOOST_TEST(ini.find("; the machine's configuration") == 0);  // comments kept
  BOOST_TEST(ini.find("code = TAS-07") != std::string::npos, ini);
  BOOST_TEST(ini.find("url = " + url) != std::string::npos, ini);
  BOOST_TEST(ini.find("cert_file = " + (pki / "unit.pem").string()) != std::string::npos, ini);
  BOOST_TEST(!fs::exists(pki / "request.key"));

  const auto checked = run({"doctor"});
  BOOST_TEST(checked.code == 0, checked.out);
  for (const char* line : {"unit", "certificate", "certificate key", "certificate issuer", "centre"}) {
    BOOST_TEST(lineOf(checked.out, line).rfind("OK", 0) == 0, checked.out);
  }
  BOOST_TEST(lineOf(checked.out, "certificate").find("CN=TAS-07") != std::string::npos);
  centre.stop();
  const auto offline = run({"doctor"});
  BOOST_TEST(offline.code == 1);
  BOOST_TEST(lineOf(offline.out, "centre").rfind("FAIL", 0) == 0, offline.out);
}

BOOST_FIXTURE_TEST_CASE(a_certificate_for_another_key_or_ca_is_refused_and_nothing_changes, Machine) {
  const Authority ca(dir / "centre-pki");
  const Authority stranger(dir / "other-pki");
  BOOST_REQUIRE_EQUAL(run({"onboard", "--unit", "TAS-07"}).code, 0);
  const std::string before = readText(config);
  // `ca issue` makes its own key: the certificate is not for this machine's key.
  BOOST_REQUIRE_EQUAL(shell(std::string(MWS_CENTRAL_EXE) + " ca issue --unit TAS-07 --dir " +
                            ca.dir.string() + " >/dev/null"), 0);
  const auto wrongKey = run({"onboard", "--install-cert", (ca.dir / "units" / "TAS-07.pem").string(),
                             "--ca", (ca.dir / "ca.pem").string()});
  BOOST_TEST(wrongKey.code == 1);
  BOOST_TEST(wrongKey.err.find("was not issued for the key") != std::string::npos, wrongKey.err);
  // Signed by another authority than the CA given.
  BOOST_REQUIRE_EQUAL(stranger.sign(dir / "pki" / "request.csr", "TAS-07"), 0);
  const auto wrongCa = run({"onboard", "--install-cert", (stranger.dir / "units" / "TAS-07.pem").string(),
                            "--ca", (ca.dir / "ca.pem").string()});
  BOOST_TEST(wrongCa.code == 1);
  BOOST_TEST(wrongCa.err.find("does not verify against") != std::string::npos, wrongCa.err);
  BOOST_TEST(readText(config) == before);
  BOOST_TEST(fs::exists(dir / "pki" / "request.key"));
  BOOST_TEST(!fs::exists(dir / "pki" / "unit.pem"));
}

BOOST_FIXTURE_TEST_CASE(a_certificate_close_to_expiry_is_a_warning_with_the_days_left, Machine) {
  BOOST_REQUIRE_EQUAL(run({"db", "migrate"}).code, 0);
  const Authority ca(dir / "centre-pki");
  BOOST_REQUIRE_EQUAL(run({"onboard", "--unit", "TAS-07"}).code, 0);
  // The same CA signs the request for 10 days only (OpenSSL's own x509 -req).
  std::ofstream(dir / "ext.cnf") << "basicConstraints=critical,CA:FALSE\nextendedKeyUsage=clientAuth\n";
  const fs::path shortLived = dir / "short.pem";
  BOOST_REQUIRE_EQUAL(shell("openssl x509 -req -in " + (dir / "pki" / "request.csr").string() + " -CA " +
                            (ca.dir / "ca.pem").string() + " -CAkey " + (ca.dir / "ca.key").string() +
                            " -CAcreateserial -days 10 -extfile " + (dir / "ext.cnf").string() +
                            " -out " + shortLived.string() + " 2>/dev/null"), 0);
  BOOST_REQUIRE_EQUAL(run({"onboard", "--install-cert", shortLived.string(), "--ca", (ca.dir / "ca.pem").string()}).code, 0);
  const auto checked = run({"doctor"});
  BOOST_TEST(checked.code == 0, checked.out);  // a warning, not a failure
  const std::string line = lineOf(checked.out, "certificate");
  BOOST_TEST(line.rfind("WARN", 0) == 0, checked.out);
  BOOST_TEST((line.find("(9 days left)") != std::string::npos || line.find("(10 days left)") != std::string::npos), line);
  BOOST_TEST(line.find("renew") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(the_ca_refuses_a_request_for_another_unit, Machine) {
  const Authority ca(dir / "centre-pki");
  BOOST_REQUIRE_EQUAL(run({"onboard", "--unit", "TAS-07"}).code, 0);
  BOOST_TEST(ca.sign(dir / "pki" / "request.csr", "SAM-01") == 65);
  BOOST_TEST(!fs::exists(ca.dir / "units" / "SAM-01.pem"));
}

BOOST_FIXTURE_TEST_CASE(a_bad_unit_code_is_a_usage_error, Machine) {
  const auto run1 = run({"onboard", "--unit", "tas 07; rm -rf /"});
  BOOST_TEST(run1.code == 2);
  BOOST_TEST(run1.err.find("unit code") != std::string::npos);
  BOOST_TEST(!fs::exists(dir / "pki"));
}

BOOST_AUTO_TEST_SUITE_END()
