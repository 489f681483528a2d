// The sign-in protection an installation configures ([security] max_failures, lock_minutes,
// idle_lock_minutes), and the forced change of the initial password that `mws user add`
// turns on unless a script opts out with --no-forced-change.
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unistd.h>

#include <Poco/AutoPtr.h>
#include <Poco/Util/IniFileConfiguration.h>

#include "mws/app/workstation_services.hpp"
#include "mws/cli/cli.hpp"
#include "mws/core/auth/security_settings.hpp"
#include "mws/runtime/security_config.hpp"
#include "mws/storage/pg_user_repository.hpp"
#include "cli_support.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;

namespace {

using test::CliRun;

core::Result<core::SecuritySettings> settingsOf(const std::map<std::string, std::string>& keys) {
  return core::readSecuritySettings([&](const std::string& key) -> std::optional<std::string> {
    auto it = keys.find(key);
    if (it == keys.end()) return std::nullopt;
    return it->second;
  });
}

struct ConfiguredCli : test::DbFixture {
  std::filesystem::path configFile = std::filesystem::temp_directory_path() /
                                     ("mws-security-" + std::to_string(::getpid()) + ".ini");

  ConfiguredCli() {
    std::ofstream(configFile) << "[security]\nmax_failures = 2\nlock_minutes = 3\n";
    BOOST_REQUIRE(run({"unit", "add", "TSH-01", "Tashkent"}).code == 0);
  }
  ~ConfiguredCli() { std::filesystem::remove(configFile); }

  CliRun run(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.end(), {"--dsn", dsn, "--config", configFile.string()});
    return test::runCli(args, input);
  }

  CliRun addUser(const std::string& login, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"user", "add", "--login", login, "--name", login,
                                  "--unit", "TSH-01", "--password-stdin"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run(args, "long-enough-pw\n");
  }

  CliRun findAs(const std::string& login, const std::string& password) {
    return run({"person", "find", "--document", "N1", "--as", login, "--password-stdin"},
               password + "\n");
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(security_settings)

BOOST_AUTO_TEST_CASE(unset_keys_keep_the_defaults) {
  auto settings = settingsOf({});
  BOOST_TEST_REQUIRE(settings.ok());
  BOOST_TEST(settings->lockout.maxFailures == 5);
  BOOST_TEST(settings->lockout.lockFor.count() == 15 * 60);
  BOOST_TEST(settings->idleLock.count() == 10);
}

BOOST_AUTO_TEST_CASE(configured_values_are_read) {
  auto settings = settingsOf({{"security.max_failures", "3"},
                              {"security.lock_minutes", "30"},
                              {"security.idle_lock_minutes", "5"}});
  BOOST_TEST_REQUIRE(settings.ok());
  BOOST_TEST(settings->lockout.maxFailures == 3);
  BOOST_TEST(settings->lockout.lockFor.count() == 30 * 60);
  BOOST_TEST(settings->idleLock.count() == 5);
}

BOOST_AUTO_TEST_CASE(values_out_of_range_or_not_numbers_are_refused) {
  for (const auto& [key, value] : std::map<std::string, std::string>{
           {"security.max_failures", "0"},
           {"security.lock_minutes", "100000"},
           {"security.idle_lock_minutes", "ten"},
           {"security.max_failures", "-1"}}) {
    BOOST_TEST_CONTEXT(key << "=" << value) {
      auto settings = settingsOf({{key, value}});
      BOOST_TEST_REQUIRE(!settings.ok());
      BOOST_TEST(settings.error().code == "config.invalid");
      BOOST_TEST(settings.error().params.at("key") == key);
    }
  }
}

BOOST_AUTO_TEST_CASE(the_idle_lock_falls_after_the_configured_minutes_without_input) {
  const auto start = std::chrono::steady_clock::time_point{};
  core::IdleLock lock(std::chrono::minutes(5), start);
  BOOST_TEST(!lock.due(start + std::chrono::minutes(4)));
  lock.activity(start + std::chrono::minutes(4));
  BOOST_TEST(!lock.due(start + std::chrono::minutes(8)));
  BOOST_TEST(lock.due(start + std::chrono::minutes(9)));
}

BOOST_FIXTURE_TEST_CASE(the_configured_limit_locks_the_account_for_the_configured_minutes,
                        ConfiguredCli) {
  BOOST_REQUIRE(addUser("o.aliyev", {"--no-forced-change"}).code == 0);
  BOOST_TEST(findAs("o.aliyev", "wrong-password").err == "mws: refused: wrong login or password\n");
  auto locked = findAs("o.aliyev", "wrong-password");
  BOOST_TEST(locked.err ==
             "mws: refused: the account is locked after too many failed sign-ins (minutes=3)\n");
  BOOST_TEST(findAs("o.aliyev", "long-enough-pw").err.find("(minutes=3)") != std::string::npos);
  BOOST_TEST(run({"user", "unlock", "o.aliyev"}).code == 0);
  BOOST_TEST(findAs("o.aliyev", "long-enough-pw").err == "mws: no person matches\n");
}

BOOST_FIXTURE_TEST_CASE(a_bad_configured_value_refuses_the_sign_in_naming_the_key, ConfiguredCli) {
  std::ofstream(configFile) << "[security]\nmax_failures = many\n";
  BOOST_REQUIRE(addUser("o.aliyev", {"--no-forced-change"}).code == 0);
  auto refused = findAs("o.aliyev", "long-enough-pw");
  BOOST_TEST(refused.code == 1);
  BOOST_TEST(refused.err.find("key=security.max_failures") != std::string::npos, refused.err);
}

BOOST_FIXTURE_TEST_CASE(mws_user_add_forces_the_change_of_the_initial_password, ConfiguredCli) {
  BOOST_REQUIRE(addUser("o.forced").code == 0);
  auto first = findAs("o.forced", "long-enough-pw");
  BOOST_TEST(first.code == 1);
  BOOST_TEST(first.err.find("the initial password must be changed first") != std::string::npos,
             first.err);
  BOOST_REQUIRE(addUser("o.script", {"--no-forced-change"}).code == 0);
  BOOST_TEST(findAs("o.script", "long-enough-pw").err == "mws: no person matches\n");
}

// The workstation's own service bundle, built as mws-workstation builds it from mws.ini.
BOOST_FIXTURE_TEST_CASE(the_workstation_locks_after_the_configured_failures, test::DbFixture) {
  std::istringstream ini("[security]\nmax_failures = 2\nlock_minutes = 3\n");
  Poco::AutoPtr<Poco::Util::IniFileConfiguration> config(new Poco::Util::IniFileConfiguration(ini));
  auto settings = runtime::securitySettings(*config);
  BOOST_TEST_REQUIRE(settings.ok());
  BOOST_REQUIRE(storage::PgUnitRepository(database()).add({"TSH-01", "Tashkent"}).ok());
  const presenter::Workplace place{"TSH-01", "Tashkent", "Counter 3", "test cluster"};
  app::WorkstationServices configured(database(), place, nullptr, settings->lockout);
  BOOST_REQUIRE(configured.auth().addUser({"o.aliyev", "O A", core::Role::Officer, "TSH-01", "long-enough-pw"}).ok());
  BOOST_TEST(configured.auth().signIn("o.aliyev", "wrong-password").error().code == "auth.bad_credentials");
  auto second = configured.auth().signIn("o.aliyev", "wrong-password");
  BOOST_TEST(second.error().code == "auth.locked");
  BOOST_TEST(configured.auth().signIn("o.aliyev", "long-enough-pw").error().code == "auth.locked");
  // The built-in policy (five failures) does not lock after two.
  app::WorkstationServices defaults(database(), place);
  BOOST_REQUIRE(defaults.auth().addUser({"o.karimova", "O K", core::Role::Officer, "TSH-01", "long-enough-pw"}).ok());
  defaults.auth().signIn("o.karimova", "wrong-password");
  BOOST_TEST(defaults.auth().signIn("o.karimova", "wrong-password").error().code == "auth.bad_credentials");
  BOOST_TEST(defaults.auth().signIn("o.karimova", "long-enough-pw").ok());
}

BOOST_AUTO_TEST_CASE(a_bad_value_in_the_loaded_configuration_names_its_key) {
  std::istringstream ini("[security]\nlock_minutes = 0\n");
  Poco::AutoPtr<Poco::Util::IniFileConfiguration> config(new Poco::Util::IniFileConfiguration(ini));
  auto settings = runtime::securitySettings(*config);
  BOOST_TEST_REQUIRE(!settings.ok());
  BOOST_TEST(settings.error().params.at("key") == "security.lock_minutes");
}

BOOST_AUTO_TEST_SUITE_END()
