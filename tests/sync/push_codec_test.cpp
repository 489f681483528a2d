// The push messages: what the encoder writes the decoder reads back; bad batches are
// protocol.malformed naming the field.

#include <boost/test/unit_test.hpp>

#include "mws/sync/protocol/push.hpp"

namespace protocol = mws::sync::protocol;

namespace {

protocol::PushRequest twoEntries() {
  return {protocol::kProtocolVersion,
          {"BCP-ORLY", "counter-3"},
          {{7, "case", "0b0e5d1c-8f55-4a31-9d1e-2f3a4b5c6d7e", "submit", R"({"a":[1,2],"b":"x"})"},
           {8, "person", "42", "edit", R"({"n":null})"}}};
}

std::string fieldOf(const mws::core::Result<protocol::PushRequest>& result) {
  BOOST_REQUIRE(!result.ok());
  BOOST_TEST(result.error().code == "protocol.malformed");
  const auto it = result.error().params.find("field");
  return it == result.error().params.end() ? "" : it->second;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(push_codec)

BOOST_AUTO_TEST_CASE(a_request_round_trips_with_its_bodies_as_json) {
  const auto decoded = protocol::decodePushRequest(protocol::encodePushRequest(twoEntries()));
  BOOST_REQUIRE_MESSAGE(decoded.ok(), (decoded.ok() ? "" : decoded.error().detail));
  BOOST_TEST(decoded->origin.unit == "BCP-ORLY");
  BOOST_TEST(decoded->origin.source == "counter-3");
  BOOST_REQUIRE(decoded->entries.size() == 2u);
  BOOST_TEST(decoded->entries[0].seq == 7);
  BOOST_TEST(decoded->entries[0].body == R"({"a":[1,2],"b":"x"})");
  BOOST_TEST(decoded->entries[1].entity == "person");
}

BOOST_AUTO_TEST_CASE(a_reply_round_trips) {
  const protocol::PushReply reply{1, {"U", "S"}, 120, 20, 5};
  const auto decoded = protocol::decodePushReply(protocol::encodePushReply(reply));
  BOOST_REQUIRE(decoded.ok());
  BOOST_TEST(decoded->highWater == 120);
  BOOST_TEST(decoded->applied == 20);
  BOOST_TEST(decoded->duplicates == 5);
}

BOOST_AUTO_TEST_CASE(sequences_must_be_consecutive_and_entries_present) {
  auto request = twoEntries();
  request.entries[1].seq = 10;
  BOOST_TEST(fieldOf(protocol::decodePushRequest(protocol::encodePushRequest(request))) == "entries");
  request.entries.clear();
  BOOST_TEST(fieldOf(protocol::decodePushRequest(protocol::encodePushRequest(request))) == "entries");
}

BOOST_AUTO_TEST_CASE(wrong_types_and_bad_origins_name_the_field) {
  BOOST_TEST(fieldOf(protocol::decodePushRequest(
                 R"({"protocol":1,"unit":"U","source":"S","entries":[{"seq":"1"}]})")) == "seq");
  BOOST_TEST(fieldOf(protocol::decodePushRequest(
                 R"({"protocol":1,"unit":"U U","source":"S","entries":[]})")) == "unit");
  BOOST_TEST(fieldOf(protocol::decodePushRequest(
                 R"({"protocol":1,"unit":"U","source":"S","entries":[{"seq":1,"entity":"case",)"
                 R"("entity_id":"x","action":"a","body":[1]}]})")) == "body");
}

BOOST_AUTO_TEST_CASE(another_protocol_version_is_a_mismatch_not_malformed) {
  const auto result = protocol::decodePushRequest(R"({"protocol":2,"whatever":true})");
  BOOST_REQUIRE(!result.ok());
  BOOST_TEST(result.error().code == "protocol.version_mismatch");
}

BOOST_AUTO_TEST_SUITE_END()
