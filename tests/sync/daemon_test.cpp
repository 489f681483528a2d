// `mws sync --daemon` as IT runs it for a unit database: a child process against the test
// centre; cases the counters create arrive at the centre, and SIGTERM ends it cleanly.

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <signal.h>

#include <boost/test/unit_test.hpp>
#include <iterator>

#include "secure_fixture.hpp"

using namespace mws::sync::test;
using namespace std::chrono_literals;

BOOST_FIXTURE_TEST_SUITE(sync_daemon, SecureCentralFixture)

BOOST_AUTO_TEST_CASE(the_daemon_sends_new_cases_as_they_come_and_exits_0_on_sigterm) {
  const auto config = pki.writeUnitConfig(kUnit, port, "counter-1", "[log]\nlevel = none\n");
  addCases(database(), 20, kUnit);
  Poco::Pipe output;
  Poco::ProcessHandle daemon = Poco::Process::launch(
      MWS_CLI_EXE, {"--dsn", dsn, "--config", config.string(), "sync", "--daemon"}, nullptr,
      &output, &output);
  const bool first = waitUntil([&] { return centralDb.cases() == 20; }, 20000ms);
  addCases(database(), 15, kUnit);  // the counters keep working while it runs
  const bool second = waitUntil([&] { return centralDb.cases() == 35; }, 20000ms);
  BOOST_TEST(Poco::Process::isRunning(daemon));
  ::kill(static_cast<pid_t>(daemon.id()), SIGTERM);
  const int exitCode = daemon.wait();
  Poco::PipeInputStream stream(output);
  const std::string printed{std::istreambuf_iterator<char>(stream), {}};
  BOOST_TEST_MESSAGE("mws sync --daemon printed:\n" << printed);
  BOOST_TEST(first);
  BOOST_TEST(second);
  BOOST_TEST(exitCode == 0);
  BOOST_TEST(printed.find("running until SIGINT or SIGTERM") != std::string::npos);
  BOOST_TEST(printed.find("sync: stopped, 0 entries left, 35 pushed") != std::string::npos);
  requireExactlyOnce(35);
}

BOOST_AUTO_TEST_SUITE_END()
