// Clock skew: a workstation whose clock is further from the centre's than the centre allows
// (5 minutes by default) is refused with an explicit code, at the hello and at a push, and
// nothing is sent.

#include <boost/test/unit_test.hpp>

#include "secure_fixture.hpp"

namespace client = mws::sync::client;
namespace protocol = mws::sync::protocol;
using namespace mws::sync::test;
using namespace std::chrono_literals;

BOOST_FIXTURE_TEST_SUITE(clock_skew, SecureCentralFixture)

BOOST_AUTO_TEST_CASE(a_clock_ten_minutes_ahead_is_refused_at_the_hello_and_nothing_is_sent) {
  addCases(database(), 5, kUnit);
  auto options = agentConfig();
  options.clock = [] { return protocol::wallClockNow() + 10min; };
  client::SyncAgent agent(options);
  const auto drained = agent.drainOnce();
  BOOST_REQUIRE(!drained.ok());
  BOOST_TEST(drained.error().code == "sync.clock_skew");
  const long long skew = std::stoll(drained.error().params.at("skew_ms"));
  BOOST_TEST(skew > 590000);
  BOOST_TEST(skew < 610000);
  BOOST_TEST(drained.error().params.at("max_skew_ms") == "300000");
  BOOST_TEST(agent.status().state == client::AgentState::Refused);
  BOOST_TEST(agent.status().lastError->code == "sync.clock_skew");
  BOOST_TEST(centralDb.entries() == 0);
  BOOST_TEST(unsentIn(database()) == 5);
}

BOOST_AUTO_TEST_CASE(a_clock_behind_is_refused_as_well_and_a_small_skew_is_accepted) {
  addCases(database(), 5, kUnit);
  auto behind = agentConfig();
  behind.clock = [] { return protocol::wallClockNow() - 6min; };
  const auto refused = client::SyncAgent(behind).drainOnce();
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "sync.clock_skew");
  BOOST_TEST(std::stoll(refused.error().params.at("skew_ms")) < -350000);
  auto close = agentConfig();
  close.clock = [] { return protocol::wallClockNow() + 2min; };
  const auto drained = client::SyncAgent(close).drainOnce();
  BOOST_REQUIRE_MESSAGE(drained.ok(), detailOf(drained));
  requireExactlyOnce(5);
}

BOOST_AUTO_TEST_CASE(a_push_carrying_a_skewed_clock_is_refused_with_409_and_changes_nothing) {
  client::CentralClient centre("https://127.0.0.1:" + std::to_string(port), pki.clientFor(kUnit));
  protocol::PushRequest request{protocol::kProtocolVersion, {kUnit, "counter-1"}, {}, std::nullopt};
  const std::string id = randomUuid();
  request.entries.push_back({1, "case", id, "submit",
                             R"({"id":")" + id + R"(","unit":"UNIT-A","state":"submitted","version":1})"});
  request.clientClock = protocol::wallClockNow() - 1h;
  const auto refused = centre.push(request);
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "sync.clock_skew");
  BOOST_TEST(refused.error().params.at("status") == "409");
  BOOST_TEST(refused.error().params.at("server_code") == "protocol.clock_skew");
  BOOST_TEST(centralDb.entries() == 0);
  request.clientClock = protocol::wallClockNow();
  BOOST_TEST(centre.push(request).ok());
  BOOST_TEST(centralDb.entries() == 1);
}

BOOST_AUTO_TEST_CASE(the_centre_applies_its_configured_limit) {
  auto options = secureOptions(port);
  options.maxClockSkew = 30s;
  startCentral(options);
  auto config = agentConfig();
  config.clock = [] { return protocol::wallClockNow() + 1min; };
  const auto drained = client::SyncAgent(config).drainOnce();
  BOOST_REQUIRE(!drained.ok());
  BOOST_TEST(drained.error().code == "sync.clock_skew");
  BOOST_TEST(drained.error().params.at("max_skew_ms") == "30000");
}

BOOST_AUTO_TEST_SUITE_END()
