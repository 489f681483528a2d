// The sync agent over mutual TLS on loopback, and under faults. Each fault test ends with
// the centre holding every case exactly once and the unit's outbox drained.

#include <boost/test/unit_test.hpp>

#include "fault_proxy.hpp"
#include "sync_fixture.hpp"

namespace client = mws::sync::client;
using client::AgentState;
using client::SyncAgent;
using namespace mws::sync::test;

namespace {

constexpr const char* kUnit = "UNIT-A";

struct AgentFixture : mws::test::DbFixture {
  AgentFixture() : server(secureOptions()) { startCentral(); }

  mws::sync::central::ServerOptions secureOptions(std::uint16_t fixedPort = 0) const {
    auto options = centralOptions(centralDb.dsn, fixedPort);
    options.tls = pki.serverFiles();
    return options;
  }
  void startCentral() {
    const auto started = server.start();
    BOOST_REQUIRE_MESSAGE(started.ok(), (started.ok() ? "" : started.error().detail));
    port = server.port();
  }
  client::AgentOptions agentConfig(std::uint16_t through = 0) const {
    auto options = agentOptions(dsn, "https://127.0.0.1:" + std::to_string(through ? through : port), kUnit);
    options.client = pki.clientFor(kUnit);
    return options;
  }
  // The end state every test wants: each case once at the centre, nothing left to send.
  void requireExactlyOnce(long long cases) {
    BOOST_TEST(centralDb.cases() == cases);
    BOOST_TEST(centralDb.entries() == cases);
    BOOST_TEST(unsentIn(database()) == 0);
  }

  Pki pki;
  CentralDb centralDb;
  mws::sync::central::CentralServer server;
  std::uint16_t port = 0;
};

std::string detailOf(const mws::core::Result<client::DrainResult>& r) {
  return r.ok() ? std::string() : r.error().code + ": " + r.error().detail;
}

}  // namespace

namespace mws::sync::client {
inline std::ostream& operator<<(std::ostream& out, AgentState state) {
  return out << toString(state);
}
}  // namespace mws::sync::client

BOOST_FIXTURE_TEST_SUITE(agent, AgentFixture)

BOOST_AUTO_TEST_CASE(drains_the_outbox_over_mutual_tls_and_marks_entries_sent) {
  addCases(database(), 120, kUnit);
  SyncAgent agent(agentConfig());
  const auto drained = agent.drainOnce();
  BOOST_REQUIRE_MESSAGE(drained.ok(), detailOf(drained));
  BOOST_TEST(drained->pushed == 120);
  BOOST_TEST(drained->batches == 3);
  BOOST_TEST(drained->left == 0);
  requireExactlyOnce(120);
  BOOST_TEST(agent.status().state == AgentState::InSync);
}

BOOST_AUTO_TEST_CASE(without_a_client_certificate_the_centre_refuses_and_holds_nothing) {
  addCases(database(), 5, kUnit);
  auto options = agentConfig();
  options.client.certificateFile.clear();
  options.client.privateKeyFile.clear();
  SyncAgent agent(options);
  const auto drained = agent.drainOnce();
  BOOST_REQUIRE(!drained.ok());
  BOOST_TEST_INFO(drained.error().detail);
  BOOST_TEST((drained.error().code == "sync.tls_failed" || drained.error().code == "sync.unreachable"));
  BOOST_TEST(centralDb.entries() == 0);
  BOOST_TEST(unsentIn(database()) == 5);
}

BOOST_AUTO_TEST_CASE(another_units_certificate_is_refused_with_403) {
  addCases(database(), 5, kUnit);
  auto options = agentConfig();
  options.client = pki.clientFor("UNIT-B");
  SyncAgent agent(options);
  const auto drained = agent.drainOnce();
  BOOST_REQUIRE(!drained.ok());
  BOOST_TEST(drained.error().params.at("status") == "403");
  BOOST_TEST(drained.error().params.at("server_code") == "push.wrong_unit");
  BOOST_TEST(agent.status().state == AgentState::Refused);
  BOOST_TEST(centralDb.entries() == 0);
  BOOST_TEST(unsentIn(database()) == 5);
}

BOOST_AUTO_TEST_CASE(the_centre_down_for_a_while_then_back) {
  server.stop();
  addCases(database(), 60, kUnit);
  SyncAgent agent(agentConfig());
  agent.start();
  BOOST_REQUIRE(waitUntil([&] { return agent.status().state == AgentState::Offline; }));
  const auto status = agent.status();
  BOOST_TEST(status.offlineSince.has_value());
  BOOST_TEST(status.lastError->code == "sync.unreachable");
  mws::sync::central::CentralServer again(secureOptions(port));
  BOOST_REQUIRE(again.start().ok());
  BOOST_REQUIRE(waitUntil([&] { return agent.status().state == AgentState::InSync; }));
  BOOST_TEST(!agent.status().offlineSince.has_value());
  agent.stop();
  requireExactlyOnce(60);
}

BOOST_AUTO_TEST_CASE(a_crash_between_send_and_acknowledge_resends_without_duplicates) {
  addCases(database(), 80, kUnit);
  auto crashing = agentConfig();
  crashing.beforeAcknowledge = [](std::int64_t highWater) { return highWater <= 50; };
  {
    SyncAgent agent(crashing);
    const auto drained = agent.drainOnce();
    BOOST_REQUIRE(!drained.ok());
    BOOST_TEST(drained.error().code == "sync.interrupted");
  }
  BOOST_TEST(centralDb.entries() == 80);  // the centre applied both batches...
  BOOST_TEST(unsentIn(database()) == 30);      // ...but only the first was acknowledged
  SyncAgent restarted(agentConfig());
  const auto drained = restarted.drainOnce();
  BOOST_REQUIRE_MESSAGE(drained.ok(), detailOf(drained));
  requireExactlyOnce(80);
}

BOOST_AUTO_TEST_CASE(the_same_batch_sent_twice_is_applied_once) {
  addCases(database(), 30, kUnit);
  auto forgetful = agentConfig();
  forgetful.beforeAcknowledge = [](std::int64_t) { return false; };  // never marks sent
  for (int i = 0; i < 2; ++i) {
    SyncAgent agent(forgetful);
    BOOST_TEST(!agent.drainOnce().ok());
  }
  BOOST_TEST(centralDb.entries() == 30);
  SyncAgent agent(agentConfig());
  BOOST_REQUIRE(agent.drainOnce().ok());
  requireExactlyOnce(30);
}

BOOST_AUTO_TEST_CASE(two_agents_on_one_database_one_works_the_other_stands_by) {
  addCases(database(), 100, kUnit);
  SyncAgent first(agentConfig());
  SyncAgent second(agentConfig());
  first.start();
  BOOST_REQUIRE(waitUntil([&] { return first.status().state == AgentState::InSync; }));
  second.start();
  BOOST_REQUIRE(waitUntil([&] { return second.status().state == AgentState::Standby; }));
  addCases(database(), 40, kUnit);
  first.syncNow();
  BOOST_REQUIRE(waitUntil([&] { return unsentIn(database()) == 0; }));
  first.stop();  // its lock goes with its connection: the other takes over
  addCases(database(), 10, kUnit);
  BOOST_REQUIRE(waitUntil([&] { return second.status().state == AgentState::InSync && unsentIn(database()) == 0; }));
  second.stop();
  requireExactlyOnce(150);
}

BOOST_AUTO_TEST_CASE(a_connection_cut_mid_request_is_retried_without_loss) {
  addCases(database(), 100, kUnit);
  FaultProxy proxy(port, CutAt::Request, 6000, 2);
  SyncAgent agent(agentConfig(proxy.port()));
  agent.start();
  BOOST_REQUIRE(waitUntil([&] { return agent.status().state == AgentState::InSync; }));
  agent.stop();
  BOOST_TEST(proxy.cutsMade() == 2);
  requireExactlyOnce(100);
}

BOOST_AUTO_TEST_CASE(a_reply_lost_after_the_centre_applied_the_batch_is_not_applied_again) {
  addCases(database(), 100, kUnit);
  FaultProxy proxy(port, CutAt::Reply, 6000, 2);
  SyncAgent agent(agentConfig(proxy.port()));
  agent.start();
  BOOST_REQUIRE(waitUntil([&] { return agent.status().state == AgentState::InSync; }));
  agent.stop();
  BOOST_TEST(proxy.cutsMade() == 2);
  requireExactlyOnce(100);
}

BOOST_AUTO_TEST_SUITE_END()
