// mws::central as a client that is not ours would see it: raw HTTP on loopback.

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/StreamCopier.h>

#include <boost/test/unit_test.hpp>
#include <sstream>
#include <string>

#include "central_fixture.hpp"
#include "mws/core/version.hpp"
#include "mws/sync/protocol/error_body.hpp"
#include "mws/sync/protocol/hello.hpp"

namespace protocol = mws::sync::protocol;
using mws::sync::test::RunningCentral;

namespace {

struct RawReply {
  int status = 0;
  std::string body;
  std::string contentType;
  std::string allow;
};

// `declaredLength` (when not negative) is sent as Content-Length instead of the body's size.
RawReply exchange(std::uint16_t port, const std::string& method, const std::string& path,
                  const std::string& body = {}, Poco::Int64 declaredLength = -1) {
  Poco::Net::HTTPClientSession session("127.0.0.1", port);
  session.setTimeout(Poco::Timespan(5, 0));
  Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  request.setContentType("application/json");
  request.setContentLength64(declaredLength >= 0 ? declaredLength
                                                 : static_cast<Poco::Int64>(body.size()));
  session.sendRequest(request) << body;
  Poco::Net::HTTPResponse response;
  RawReply reply;
  Poco::StreamCopier::copyToString(session.receiveResponse(response), reply.body);
  reply.status = static_cast<int>(response.getStatus());
  reply.contentType = response.getContentType();
  reply.allow = response.get("Allow", "");
  return reply;
}

std::string errorCodeOf(const RawReply& reply) {
  const auto body = protocol::decodeErrorBody(reply.body);
  BOOST_REQUIRE_MESSAGE(body.ok(), "not an error body: " << reply.body);
  return body->error.code;
}

std::string aHello() {
  return protocol::encodeHelloRequest({1, "UNIT-7", protocol::wallClockNow()});
}

}  // namespace

BOOST_AUTO_TEST_SUITE(central_server)

BOOST_AUTO_TEST_CASE(serves_on_an_ephemeral_loopback_port_until_stopped) {
  RunningCentral central;
  const std::uint16_t port = central.server.port();
  BOOST_TEST(central.server.running());
  BOOST_TEST(port != 0);
  BOOST_TEST(exchange(port, "POST", "/v1/hello", aHello()).status == 200);

  central.server.stop();
  BOOST_TEST(!central.server.running());
  BOOST_TEST(central.server.port() == 0);
  BOOST_CHECK_THROW(exchange(port, "POST", "/v1/hello", aHello()),
                    Poco::Net::ConnectionRefusedException);
}

BOOST_AUTO_TEST_CASE(can_be_started_again_after_a_stop) {
  RunningCentral central;
  central.server.stop();
  BOOST_REQUIRE(central.server.start().ok());
  BOOST_TEST(exchange(central.server.port(), "POST", "/v1/hello", aHello()).status == 200);
}

BOOST_AUTO_TEST_CASE(answers_hello_with_its_version_and_clock) {
  RunningCentral central;
  const auto before = protocol::wallClockNow();
  const RawReply raw = exchange(central.server.port(), "POST", "/v1/hello", aHello());
  const auto after = protocol::wallClockNow();
  BOOST_TEST(raw.status == 200);
  BOOST_TEST(raw.contentType == "application/json");
  const auto reply = protocol::decodeHelloReply(raw.body);
  BOOST_REQUIRE(reply.ok());
  BOOST_TEST(reply->accepted);
  BOOST_TEST(reply->serverVersion == std::string(mws::core::version()));
  BOOST_TEST((reply->serverClock >= before && reply->serverClock <= after));
}

BOOST_AUTO_TEST_CASE(refuses_a_workstation_of_another_protocol_version) {
  RunningCentral central;
  const RawReply raw =
      exchange(central.server.port(), "POST", "/v1/hello", R"({"protocol":99,"future":{}})");
  BOOST_TEST(raw.status == 200);
  const auto reply = protocol::decodeHelloReply(raw.body);
  BOOST_REQUIRE(reply.ok());
  BOOST_TEST(!reply->accepted);
  BOOST_TEST(reply->refusal == "protocol.version_mismatch");
  BOOST_TEST(reply->protocolVersion == protocol::kProtocolVersion);
}

BOOST_AUTO_TEST_CASE(a_malformed_hello_is_a_400_naming_the_fault) {
  RunningCentral central;
  const RawReply raw =
      exchange(central.server.port(), "POST", "/v1/hello", R"({"protocol":1,"origin":""})");
  BOOST_TEST(raw.status == 400);
  const auto body = protocol::decodeErrorBody(raw.body);
  BOOST_REQUIRE(body.ok());
  BOOST_TEST(body->error.code == "protocol.malformed");
  BOOST_TEST(body->error.params.at("field") == "origin");
  BOOST_TEST(exchange(central.server.port(), "POST", "/v1/hello", "{{{").status == 400);
}

BOOST_AUTO_TEST_CASE(an_unknown_path_is_a_404_json_error) {
  RunningCentral central;
  const RawReply raw = exchange(central.server.port(), "POST", "/v1/nothing-here?x=1", aHello());
  BOOST_TEST(raw.status == 404);
  BOOST_TEST(raw.contentType == "application/json");
  BOOST_TEST(errorCodeOf(raw) == "protocol.not_found");
}

BOOST_AUTO_TEST_CASE(a_wrong_method_is_a_405_that_names_the_right_one) {
  RunningCentral central;
  const RawReply raw = exchange(central.server.port(), "GET", "/v1/hello");
  BOOST_TEST(raw.status == 405);
  BOOST_TEST(raw.allow == "POST");
  BOOST_TEST(errorCodeOf(raw) == "protocol.method_not_allowed");
}

BOOST_AUTO_TEST_CASE(an_oversized_body_is_refused_with_413_before_it_is_read) {
  RunningCentral central;
  const auto tooLong = static_cast<Poco::Int64>(protocol::kMaxBodyBytes) + 1;
  const RawReply raw = exchange(central.server.port(), "POST", "/v1/hello", "", tooLong);
  BOOST_TEST(raw.status == 413);
  BOOST_TEST(errorCodeOf(raw) == "protocol.too_large");
}

BOOST_AUTO_TEST_CASE(a_port_in_use_is_reported_as_a_value) {
  RunningCentral first;
  auto options = mws::sync::test::loopbackOptions();
  options.port = first.server.port();
  mws::sync::central::CentralServer second(options);
  const auto started = second.start();
  BOOST_REQUIRE(!started.ok());
  BOOST_TEST(started.error().code == "central.bind_failed");
  BOOST_TEST(started.error().params.at("port") == std::to_string(options.port));
  BOOST_TEST(!second.running());
}

BOOST_AUTO_TEST_SUITE_END()
