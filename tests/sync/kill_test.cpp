// The agent killed with SIGKILL at random points: `mws sync now` in a child process, killed
// 20 times at random moments while it pushes; then one run to the end. The centre holds
// every case exactly once and the outbox is drained.

#include <Poco/Pipe.h>
#include <Poco/Process.h>

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <list>
#include <random>
#include <thread>

#include "sync_fixture.hpp"

using namespace mws::sync::test;

namespace {

struct KillFixture : mws::test::DbFixture {
  KillFixture() : server(secureOptions()) {
    const auto started = server.start();
    BOOST_REQUIRE_MESSAGE(started.ok(), (started.ok() ? "" : started.error().detail));
    config = pki.writeUnitConfig("UNIT-K", server.port(), "counter-1", "[log]\nlevel = none\n");
  }
  mws::sync::central::ServerOptions secureOptions() const {
    auto options = centralOptions(centralDb.dsn);
    options.tls = pki.serverFiles();
    return options;
  }
  // Its one line of output goes to a pipe nobody reads (it fits the pipe's buffer).
  Poco::ProcessHandle launch() {
    Poco::Pipe& output = outputs.emplace_back();
    return Poco::Process::launch(MWS_CLI_EXE,
                                 {"--dsn", dsn, "--config", config.string(), "sync", "now"},
                                 nullptr, &output, &output);
  }

  Pki pki;
  CentralDb centralDb;
  mws::sync::central::CentralServer server;
  std::filesystem::path config;
  std::list<Poco::Pipe> outputs;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(agent_killed, KillFixture)

BOOST_AUTO_TEST_CASE(sigkill_at_random_points_twenty_times_loses_and_duplicates_nothing) {
  constexpr int kCases = 3000;
  addCases(database(), kCases, "UNIT-K");
  std::mt19937 random{std::random_device{}()};
  std::uniform_int_distribution<int> delayMs(20, 400);
  int killedWhileRunning = 0;
  for (int i = 0; i < 20; ++i) {
    Poco::ProcessHandle child = launch();
    std::this_thread::sleep_for(std::chrono::milliseconds(delayMs(random)));
    if (Poco::Process::isRunning(child)) {
      Poco::Process::kill(child);  // SIGKILL
      ++killedWhileRunning;
    }
    child.wait();
    if (i % 4 == 3) addCases(database(), 50, "UNIT-K");  // the counters keep working
  }
  BOOST_TEST_MESSAGE(killedWhileRunning << " of 20 runs killed while running");
  BOOST_TEST(killedWhileRunning > 0);
  Poco::ProcessHandle last = launch();
  BOOST_TEST(last.wait() == 0);
  BOOST_TEST(centralDb.cases() == kCases + 250);
  BOOST_TEST(centralDb.entries() == kCases + 250);
  BOOST_TEST(unsentIn(database()) == 0);
}

BOOST_AUTO_TEST_SUITE_END()
