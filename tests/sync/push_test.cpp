// The push exchange end to end on loopback: the CentralClient against a CentralServer on
// its own database. Each (origin, sequence) is applied once; a refused batch changes nothing.

#include <boost/test/unit_test.hpp>
#include <thread>

#include "mws/sync/client/central_client.hpp"
#include "mws/sync/protocol/push.hpp"
#include "sync_fixture.hpp"

namespace protocol = mws::sync::protocol;
using mws::sync::client::CentralClient;
using namespace mws::sync::test;

namespace {

protocol::PushEntry caseEntry(std::int64_t seq, const std::string& unit,
                              const std::string& id = randomUuid()) {
  return {seq, "case", id, "submit",
          R"({"id":")" + id + R"(","unit":")" + unit + R"(","state":"submitted","version":1})"};
}

protocol::PushRequest batch(const std::string& unit, std::int64_t from, std::int64_t to) {
  protocol::PushRequest request{protocol::kProtocolVersion, {unit, "counter-1"}, {}};
  for (std::int64_t seq = from; seq <= to; ++seq) request.entries.push_back(caseEntry(seq, unit));
  return request;
}

struct PushFixture {
  PushFixture() : server(centralOptions(centralDb.dsn)), client(url()) {
    const auto started = server.start();
    BOOST_REQUIRE_MESSAGE(started.ok(), (started.ok() ? "" : started.error().detail));
    client = CentralClient(url());
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(server.port()); }

  CentralDb centralDb;
  mws::sync::central::CentralServer server;
  CentralClient client;
};

std::string serverCode(const mws::core::Result<protocol::PushReply>& reply) {
  BOOST_REQUIRE(!reply.ok());
  const auto it = reply.error().params.find("server_code");
  return it == reply.error().params.end() ? reply.error().code : it->second;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(push, PushFixture)

BOOST_AUTO_TEST_CASE(a_batch_is_applied_and_acknowledged_up_to_its_last_entry) {
  const auto reply = client.push(batch("UNIT-A", 1, 20));
  BOOST_REQUIRE_MESSAGE(reply.ok(), (reply.ok() ? "" : reply.error().detail));
  BOOST_TEST(reply->highWater == 20);
  BOOST_TEST(reply->applied == 20);
  BOOST_TEST(reply->duplicates == 0);
  BOOST_TEST(centralDb.cases() == 20);
  BOOST_TEST(centralDb.entries() == 20);
}

BOOST_AUTO_TEST_CASE(the_same_batch_twice_changes_nothing_the_second_time) {
  const auto request = batch("UNIT-A", 1, 10);
  BOOST_REQUIRE(client.push(request).ok());
  const auto again = client.push(request);
  BOOST_REQUIRE(again.ok());
  BOOST_TEST(again->highWater == 10);
  BOOST_TEST(again->applied == 0);
  BOOST_TEST(again->duplicates == 10);
  BOOST_TEST(centralDb.cases() == 10);
  BOOST_TEST(centralDb.entries() == 10);
}

BOOST_AUTO_TEST_CASE(an_overlapping_batch_applies_only_what_is_new) {
  BOOST_REQUIRE(client.push(batch("UNIT-A", 1, 10)).ok());
  const auto reply = client.push(batch("UNIT-A", 6, 15));
  BOOST_REQUIRE(reply.ok());
  BOOST_TEST(reply->highWater == 15);
  BOOST_TEST(reply->applied == 5);
  BOOST_TEST(reply->duplicates == 5);
  BOOST_TEST(centralDb.entries() == 15);
}

BOOST_AUTO_TEST_CASE(origins_are_counted_apart) {
  BOOST_REQUIRE(client.push(batch("UNIT-A", 1, 5)).ok());
  const auto other = client.push(batch("UNIT-B", 1, 3));
  BOOST_REQUIRE(other.ok());
  BOOST_TEST(other->highWater == 3);
  BOOST_TEST(centralDb.cases() == 8);
}

BOOST_AUTO_TEST_CASE(a_batch_beyond_the_next_sequence_is_a_409_gap_that_changes_nothing) {
  BOOST_REQUIRE(client.push(batch("UNIT-A", 1, 5)).ok());
  const auto reply = client.push(batch("UNIT-A", 8, 9));
  BOOST_TEST(serverCode(reply) == "push.gap");
  BOOST_TEST(reply.error().params.at("status") == "409");
  BOOST_TEST(reply.error().params.at("high_water") == "5");
  BOOST_TEST(centralDb.entries() == 5);
}

BOOST_AUTO_TEST_CASE(a_case_of_another_unit_refuses_the_whole_batch_with_403) {
  auto request = batch("UNIT-A", 1, 3);
  request.entries.push_back(caseEntry(4, "UNIT-B"));
  const auto reply = client.push(request);
  BOOST_TEST(serverCode(reply) == "push.wrong_unit");
  BOOST_TEST(reply.error().params.at("status") == "403");
  BOOST_TEST(centralDb.entries() == 0);
}

BOOST_AUTO_TEST_CASE(a_case_id_that_is_not_a_uuid_is_a_400) {
  auto request = batch("UNIT-A", 1, 1);
  request.entries.push_back(caseEntry(2, "UNIT-A", "not-a-uuid"));
  const auto reply = client.push(request);
  BOOST_TEST(serverCode(reply) == "protocol.malformed");
  BOOST_TEST(reply.error().params.at("status") == "400");
  BOOST_TEST(centralDb.entries() == 0);
}

BOOST_AUTO_TEST_CASE(a_later_version_of_a_case_replaces_the_earlier_one_and_never_the_reverse) {
  const std::string id = randomUuid();
  protocol::PushRequest request{protocol::kProtocolVersion, {"UNIT-A", "counter-1"}, {}};
  request.entries.push_back({1, "case", id, "open", R"({"unit":"UNIT-A","state":"draft","version":1})"});
  request.entries.push_back({2, "case", id, "submit", R"({"unit":"UNIT-A","state":"submitted","version":2})"});
  BOOST_REQUIRE(client.push(request).ok());
  BOOST_TEST(centralDb.cases() == 1);
  BOOST_TEST(centralDb.scalar("SELECT version FROM cases") == 2);
}

BOOST_AUTO_TEST_CASE(two_centre_instances_on_one_database_apply_a_batch_sent_to_both_once) {
  mws::sync::central::CentralServer second(centralOptions(centralDb.dsn));
  BOOST_REQUIRE(second.start().ok());
  const auto request = batch("UNIT-A", 1, 200);
  mws::core::Result<protocol::PushReply> viaSecond = mws::core::makeError("not run");
  std::thread other([&] {
    CentralClient secondClient("http://127.0.0.1:" + std::to_string(second.port()));
    viaSecond = secondClient.push(request);
  });
  const auto viaFirst = client.push(request);
  other.join();
  BOOST_REQUIRE(viaFirst.ok());
  BOOST_REQUIRE(viaSecond.ok());
  BOOST_TEST(viaFirst->applied + viaSecond->applied == 200);
  BOOST_TEST(viaFirst->duplicates + viaSecond->duplicates == 200);
  BOOST_TEST(centralDb.entries() == 200);
  BOOST_TEST(centralDb.cases() == 200);
}

BOOST_AUTO_TEST_SUITE_END()
