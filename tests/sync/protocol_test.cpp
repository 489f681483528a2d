// The wire format: what one end writes the other reads back unchanged, and every fault in
// a message comes back as a value naming what is wrong.

#include <boost/test/unit_test.hpp>
#include <string>

#include "mws/sync/protocol/error_body.hpp"
#include "mws/sync/protocol/hello.hpp"

namespace protocol = mws::sync::protocol;
using protocol::WallTime;

namespace {

WallTime at(long long millis) {
  return WallTime(std::chrono::milliseconds(millis));
}

std::string requestWith(const std::string& protocolField, const std::string& origin,
                        const std::string& clock) {
  return R"({"protocol":)" + protocolField + R"(,"origin":)" + origin + R"(,"client_clock_ms":)" +
         clock + "}";
}

void requireMalformed(const std::string& json, const std::string& field) {
  const auto decoded = protocol::decodeHelloRequest(json);
  BOOST_TEST_INFO("input: " << json);
  BOOST_REQUIRE(!decoded.ok());
  BOOST_TEST(decoded.error().code == "protocol.malformed");
  BOOST_TEST(decoded.error().detail.find("hello request") != std::string::npos);
  if (!field.empty()) {
    BOOST_TEST(decoded.error().params.at("field") == field);
    BOOST_TEST(decoded.error().detail.find("'" + field + "'") != std::string::npos);
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(protocol_codec)

BOOST_AUTO_TEST_CASE(hello_request_round_trips) {
  const protocol::HelloRequest sent{protocol::kProtocolVersion, "BCP-ORLY.03_b",
                                    at(1'767'225'600'123)};
  const auto received = protocol::decodeHelloRequest(protocol::encodeHelloRequest(sent));
  BOOST_REQUIRE(received.ok());
  BOOST_TEST(received->protocolVersion == protocol::kProtocolVersion);
  BOOST_TEST(received->origin == sent.origin);
  BOOST_TEST(received->clientClock.time_since_epoch().count() == 1'767'225'600'123);
}

BOOST_AUTO_TEST_CASE(hello_reply_round_trips_accepted_and_refused) {
  const protocol::HelloReply accepted{protocol::kProtocolVersion, "1.2.3", at(42), true, ""};
  const auto back = protocol::decodeHelloReply(protocol::encodeHelloReply(accepted));
  BOOST_REQUIRE(back.ok());
  BOOST_TEST(back->serverVersion == "1.2.3");
  BOOST_TEST(back->serverClock.time_since_epoch().count() == 42);
  BOOST_TEST(back->accepted);
  BOOST_TEST(back->refusal.empty());

  const protocol::HelloReply refused{protocol::kProtocolVersion, "1.2.3", at(-5), false,
                                     "protocol.version_mismatch"};
  const auto refusedBack = protocol::decodeHelloReply(protocol::encodeHelloReply(refused));
  BOOST_REQUIRE(refusedBack.ok());
  BOOST_TEST(!refusedBack->accepted);
  BOOST_TEST(refusedBack->refusal == "protocol.version_mismatch");
  BOOST_TEST(refusedBack->serverClock.time_since_epoch().count() == -5);
}

BOOST_AUTO_TEST_CASE(the_wire_format_uses_the_documented_field_names) {
  const auto json = protocol::encodeHelloRequest({1, "U1", at(7)});
  BOOST_TEST(json == R"({"protocol":1,"origin":"U1","client_clock_ms":7})");
}

BOOST_AUTO_TEST_CASE(unknown_fields_are_ignored) {
  const auto decoded = protocol::decodeHelloRequest(
      R"({"protocol":1,"origin":"U1","client_clock_ms":7,"later_field":[1,2]})");
  BOOST_REQUIRE(decoded.ok());
  BOOST_TEST(decoded->origin == "U1");
}

BOOST_AUTO_TEST_CASE(broken_json_is_malformed) {
  requireMalformed("", "");
  requireMalformed("{\"protocol\":1,", "");
  requireMalformed("not json at all", "");
  requireMalformed("[1,2,3]", "");
  requireMalformed("\"just a string\"", "");
  requireMalformed(R"({"protocol":1} trailing)", "");
  // Poco's parser refuses integers beyond 64 bits outright.
  requireMalformed(requestWith("1", "\"U1\"", "99999999999999999999999"), "");
}

BOOST_AUTO_TEST_CASE(missing_or_mistyped_fields_are_named) {
  requireMalformed(R"({"origin":"U1","client_clock_ms":7})", "protocol");
  requireMalformed(requestWith("\"1\"", "\"U1\"", "7"), "protocol");
  requireMalformed(requestWith("1.5", "\"U1\"", "7"), "protocol");
  requireMalformed(requestWith("true", "\"U1\"", "7"), "protocol");
  requireMalformed(R"({"protocol":1,"client_clock_ms":7})", "origin");
  requireMalformed(requestWith("1", "null", "7"), "origin");
  requireMalformed(requestWith("1", "42", "7"), "origin");
  requireMalformed(requestWith("1", "\"U1\"", "\"7\""), "client_clock_ms");
  requireMalformed(requestWith("1", "\"U1\"", "18446744073709551615"), "client_clock_ms");
}

BOOST_AUTO_TEST_CASE(origin_must_be_a_unit_code) {
  requireMalformed(requestWith("1", "\"\"", "7"), "origin");
  requireMalformed(requestWith("1", "\"UNIT 7\"", "7"), "origin");
  requireMalformed(requestWith("1", "\"U1\\nforged log line\"", "7"), "origin");
  requireMalformed(requestWith("1", "\"" + std::string(65, 'A') + "\"", "7"), "origin");
  BOOST_TEST(
      protocol::decodeHelloRequest(requestWith("1", "\"" + std::string(64, 'A') + "\"", "7")).ok());
}

BOOST_AUTO_TEST_CASE(another_protocol_version_is_a_mismatch_not_malformed) {
  // The version is checked first: a version-2 message may have other fields entirely.
  const auto decoded = protocol::decodeHelloRequest(R"({"protocol":2,"whatever":true})");
  BOOST_REQUIRE(!decoded.ok());
  BOOST_TEST(decoded.error().code == "protocol.version_mismatch");
  BOOST_TEST(decoded.error().params.at("ours") == std::to_string(protocol::kProtocolVersion));
  BOOST_TEST(decoded.error().params.at("theirs") == "2");

  const auto reply = protocol::decodeHelloReply(R"({"protocol":0})");
  BOOST_REQUIRE(!reply.ok());
  BOOST_TEST(reply.error().code == "protocol.version_mismatch");
  BOOST_TEST(reply.error().params.at("theirs") == "0");
}

BOOST_AUTO_TEST_CASE(a_refused_reply_must_say_why) {
  const auto decoded = protocol::decodeHelloReply(
      R"({"protocol":1,"server_version":"1","server_clock_ms":1,"accepted":false})");
  BOOST_REQUIRE(!decoded.ok());
  BOOST_TEST(decoded.error().code == "protocol.malformed");
  BOOST_TEST(decoded.error().params.at("field") == "refusal");
}

BOOST_AUTO_TEST_CASE(reply_fields_are_checked) {
  const auto noFlag = protocol::decodeHelloReply(
      R"({"protocol":1,"server_version":"1","server_clock_ms":1,"accepted":"yes"})");
  BOOST_REQUIRE(!noFlag.ok());
  BOOST_TEST(noFlag.error().params.at("field") == "accepted");
  const auto noVersion =
      protocol::decodeHelloReply(R"({"protocol":1,"server_clock_ms":1,"accepted":true})");
  BOOST_REQUIRE(!noVersion.ok());
  BOOST_TEST(noVersion.error().params.at("field") == "server_version");
}

BOOST_AUTO_TEST_CASE(error_body_round_trips) {
  auto sent = mws::core::makeError("protocol.malformed", "hello request: field 'origin' is missing")
                  .with("field", "origin");
  const auto body = protocol::encodeErrorBody(sent);
  const auto back = protocol::decodeErrorBody(body);
  BOOST_REQUIRE(back.ok());
  BOOST_TEST(back->error.code == sent.code);
  BOOST_TEST(back->error.detail == sent.detail);
  BOOST_TEST(back->error.params == sent.params);
}

BOOST_AUTO_TEST_CASE(error_body_faults_are_malformed) {
  for (const std::string json : {R"({})", R"({"error":{}})", R"({"error":{"code":""}})",
                                 R"({"error":{"code":"x","params":{"a":1}}})", "<html>"}) {
    BOOST_TEST_INFO("input: " << json);
    const auto decoded = protocol::decodeErrorBody(json);
    BOOST_REQUIRE(!decoded.ok());
    BOOST_TEST(decoded.error().code == "protocol.malformed");
  }
}

BOOST_AUTO_TEST_SUITE_END()
