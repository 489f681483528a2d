// No personal data in log files (DESIGN §5, issue 9): the code paths that log run with the
// workstation's logging set up to a temporary folder and the most verbose level, around a
// distinctive test person; then every log file is searched for the person's names, document,
// visa and personal numbers. A hit fails the test.
#include <boost/test/unit_test.hpp>

#include <Poco/AutoPtr.h>
#include <Poco/Logger.h>
#include <Poco/Util/MapConfiguration.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../storage/domain_fixture.hpp"
#include "mws/cli/cli.hpp"
#include "mws/runtime/database_provider.hpp"
#include "mws/runtime/logging.hpp"

using namespace mws;

namespace {

struct LoggedRun : test::DomainFixture {
  std::filesystem::path logDir = std::filesystem::temp_directory_path() /
                                 ("mws-logs-" + std::to_string(::getpid()));
  std::filesystem::path keyDir = std::filesystem::temp_directory_path() /
                                 ("mws-keys-" + std::to_string(::getpid()));

  LoggedRun() {
    Poco::AutoPtr<Poco::Util::MapConfiguration> config(new Poco::Util::MapConfiguration);
    config->setString("log.dir", logDir.string());
    config->setString("log.level", "trace");
    config->setString("db.dsn", dsn);
    config->setString("security.key_file", (keyDir / "blob.key").string());
    runtime::setupLogging(*config, "mws-test");
    m_config = config;
  }
  ~LoggedRun() {
    Poco::Logger::root().setChannel(nullptr);
    std::filesystem::remove_all(logDir);
    std::filesystem::remove_all(keyDir);
  }

  int mwsCli(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.end(), {"--dsn", dsn});
    std::istringstream in(input);
    std::ostringstream out, err;
    return cli::run(args, in, out, err);
  }

  std::string allLogs() {
    std::string text;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(logDir)) {
      std::ifstream file(entry.path(), std::ios::binary);
      text += std::string(std::istreambuf_iterator<char>(file), {});
    }
    return text;
  }

  Poco::AutoPtr<Poco::Util::MapConfiguration> m_config;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(no_personal_data_in_logs, LoggedRun)

BOOST_AUTO_TEST_CASE(sign_in_case_open_search_and_sync_refusal_log_no_person) {
  auto opened = runtime::openDatabase(*m_config);  // logs "connected to ..."
  BOOST_REQUIRE(opened.ok());

  security::SodiumPasswordHasher hasher({1, 8192});
  core::AuthService auth(users, hasher);
  BOOST_TEST(auth.signIn("o.aliyev", "long-enough-pw").ok());
  BOOST_TEST(!auth.signIn("o.aliyev", "KARIMOV-guess").ok());

  auto made = service.open({"", foreigner.id, core::Channel::Counter, stayRegistration()}, officer);
  BOOST_REQUIRE(made.ok());
  BOOST_TEST(service.submit(made->id, officer).ok());

  const std::string signIn = "long-enough-pw\n";
  BOOST_TEST(mwsCli({"person", "find", "--document", "N12345678", "--as", "o.aliyev",
                     "--password-stdin"}, signIn) == 0);
  BOOST_TEST(mwsCli({"person", "find", "--name", "KARIMOV ALISHER", "--as", "o.aliyev",
                     "--password-stdin"}, signIn) == 0);
  BOOST_TEST(mwsCli({"sync", "now"}) != 0);  // no centre configured: refused
  Poco::Logger::get("mws.test").information("run finished");

  const std::string logs = allLogs();
  BOOST_REQUIRE_MESSAGE(logs.find("run finished") != std::string::npos,
                        "the log file was not written: the check would prove nothing");
  for (const char* secret : {"KARIMOV", "ALISHER", "Каримов", "Алишер", "N12345678", "EV0012345",
                             "1990-03-15", "KARIMOV-guess"}) {
    BOOST_TEST_CONTEXT(secret) { BOOST_TEST(logs.find(secret) == std::string::npos); }
  }
}

BOOST_AUTO_TEST_SUITE_END()
