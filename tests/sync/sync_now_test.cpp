// The window's "Sync now" over the real sync agent and the test centre (mutual TLS on
// loopback): presenter::SyncNowRun on app::AgentStatusSource follows a round to its end,
// counts what it sent, and a cancel stops the round, keeps the rest and pauses the agent.

#include <boost/test/unit_test.hpp>

#include "mws/app/agent_status_source.hpp"
#include "mws/presenter/sync_now.hpp"
#include "sync_fixture.hpp"

using namespace mws::sync::test;
using mws::presenter::SyncNowRun;
using mws::presenter::SyncRunState;

namespace {

constexpr const char* kUnit = "UNIT-A";

struct SyncNowFixture : mws::test::DbFixture {
  SyncNowFixture() : server(secure()) {
    const auto started = server.start();
    BOOST_REQUIRE_MESSAGE(started.ok(), (started.ok() ? "" : started.error().detail));
  }
  mws::sync::central::ServerOptions secure() const {
    auto options = centralOptions(centralDb.dsn, 0);
    options.tls = pki.serverFiles();
    return options;
  }
  // The agent waits long between rounds, so only "Sync now" starts one.
  mws::sync::client::AgentOptions agentConfig() const {
    auto options = agentOptions(dsn, "https://127.0.0.1:" + std::to_string(server.port()), kUnit);
    options.client = pki.clientFor(kUnit);
    options.idlePoll = std::chrono::seconds(60);
    options.backoffMax = std::chrono::seconds(60);
    return options;
  }
  // Polls the run as the window's timer does until it is no longer running.
  mws::presenter::SyncRunProgress follow(SyncNowRun& run) {
    mws::presenter::SyncRunProgress last;
    BOOST_REQUIRE(waitUntil([&] {
      last = run.progress();
      return last.state != SyncRunState::Running;
    }));
    return last;
  }

  Pki pki;
  CentralDb centralDb;
  mws::sync::central::CentralServer server;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(sync_now, SyncNowFixture)

BOOST_AUTO_TEST_CASE(sync_now_sends_what_waits_and_counts_it) {
  mws::app::AgentStatusSource source(agentConfig());
  BOOST_REQUIRE(waitUntil([&] { return source.summary().state == "in_sync"; }));
  addCases(database(), 120, kUnit);  // the agent now sleeps for a minute
  SyncNowRun run(source);
  run.start();
  BOOST_TEST(run.running());
  const auto done = follow(run);
  BOOST_TEST((done.state == SyncRunState::Done));
  BOOST_TEST(done.casesSent == 120);
  BOOST_TEST(done.casesTotal == 120);
  BOOST_TEST(unsentIn(database()) == 0);
  BOOST_TEST(centralDb.cases() == 120);
  BOOST_TEST(source.summary().state == "in_sync");
}

// Slow acknowledgements (40 ms a batch of 10) make a round of 600 cases last seconds; the
// cancel ends it after the batch in flight, the rest stays in the outbox, the agent pauses,
// and the next "Sync now" sends the rest, each case once.
BOOST_AUTO_TEST_CASE(cancel_stops_the_round_and_the_next_sync_now_sends_the_rest) {
  auto options = agentConfig();
  options.batchEntries = 10;
  options.beforeAcknowledge = [](std::int64_t) {
    std::this_thread::sleep_for(std::chrono::milliseconds(40));
    return true;
  };
  mws::app::AgentStatusSource source(options);
  BOOST_REQUIRE(waitUntil([&] { return source.summary().state == "in_sync"; }));
  addCases(database(), 600, kUnit);
  SyncNowRun run(source);
  run.start();
  BOOST_REQUIRE(waitUntil([&] { return run.progress().casesSent >= 20; }));
  run.cancel();
  const auto cancelled = follow(run);
  BOOST_TEST((cancelled.state == SyncRunState::Cancelled));
  BOOST_TEST(cancelled.casesSent >= 20);
  BOOST_TEST(cancelled.casesSent < 600);
  BOOST_TEST(cancelled.casesTotal == 600);
  BOOST_TEST(unsentIn(database()) == 600 - cancelled.casesSent);
  BOOST_TEST(source.summary().state == "paused");
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  BOOST_TEST(unsentIn(database()) == 600 - cancelled.casesSent);  // paused: nothing more goes
  run.start();
  const auto rest = follow(run);
  BOOST_TEST((rest.state == SyncRunState::Done));
  BOOST_TEST(rest.casesSent == 600 - cancelled.casesSent);
  BOOST_TEST(unsentIn(database()) == 0);
  BOOST_TEST(centralDb.cases() == 600);
  BOOST_TEST(centralDb.entries() == 600);
}

BOOST_AUTO_TEST_CASE(sync_now_with_the_centre_down_fails_with_the_reason) {
  auto options = agentConfig();
  options.centralUrl = "https://127.0.0.1:1";  // nothing listens there
  mws::app::AgentStatusSource source(options);
  BOOST_REQUIRE(waitUntil([&] { return source.summary().state == "offline"; }));
  addCases(database(), 5, kUnit);
  SyncNowRun run(source);
  run.start();
  const auto failed = follow(run);
  BOOST_TEST((failed.state == SyncRunState::Failed));
  BOOST_TEST(failed.errorCode == "sync.unreachable");
  BOOST_TEST(failed.casesSent == 0);
  BOOST_TEST(unsentIn(database()) == 5);
}

BOOST_AUTO_TEST_SUITE_END()
