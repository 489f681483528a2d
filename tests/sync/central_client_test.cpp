// The workstation's CentralClient against a CentralServer in this process, and against
// loopback ports where nothing (or nothing useful) answers.

#include "mws/sync/client/central_client.hpp"

#include <Poco/Net/ServerSocket.h>

#include <boost/test/unit_test.hpp>
#include <string>

#include "central_fixture.hpp"
#include "mws/core/version.hpp"

namespace protocol = mws::sync::protocol;
using mws::sync::client::CentralClient;
using mws::sync::client::ClientOptions;
using mws::sync::test::closedLoopbackPort;
using mws::sync::test::millisecondsFor;
using mws::sync::test::RunningCentral;

namespace {

protocol::HelloRequest aHello() {
  return protocol::HelloRequest{protocol::kProtocolVersion, "UNIT-7", protocol::wallClockNow()};
}

ClientOptions shortTimeouts() {
  ClientOptions options;
  options.connectTimeout = std::chrono::milliseconds(500);
  options.ioTimeout = std::chrono::milliseconds(500);
  return options;
}

void requireCode(const mws::core::Result<protocol::HelloReply>& result, const std::string& code) {
  BOOST_REQUIRE_MESSAGE(!result.ok(), "expected " << code << ", got a reply");
  BOOST_TEST_INFO("detail: " << result.error().detail);
  BOOST_TEST(result.error().code == code);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(central_client)

BOOST_AUTO_TEST_CASE(says_hello_and_learns_the_centres_version_and_clock) {
  RunningCentral central;
  CentralClient client(central.url());
  const auto before = protocol::wallClockNow();
  const auto reply = client.hello(aHello());
  const auto after = protocol::wallClockNow();
  BOOST_REQUIRE_MESSAGE(reply.ok(), (reply.ok() ? "" : reply.error().detail));
  BOOST_TEST(reply->accepted);
  BOOST_TEST(reply->protocolVersion == protocol::kProtocolVersion);
  BOOST_TEST(reply->serverVersion == std::string(mws::core::version()));
  BOOST_TEST((reply->serverClock >= before && reply->serverClock <= after));
}

BOOST_AUTO_TEST_CASE(the_same_client_says_hello_again) {
  RunningCentral central;
  CentralClient client(central.url() + "/");
  BOOST_TEST(client.hello(aHello()).ok());
  BOOST_TEST(client.hello(aHello()).ok());
}

BOOST_AUTO_TEST_CASE(a_version_mismatch_comes_back_as_its_code) {
  RunningCentral central;
  CentralClient client(central.url());
  auto request = aHello();
  request.protocolVersion = protocol::kProtocolVersion + 1;
  const auto reply = client.hello(request);
  requireCode(reply, "protocol.version_mismatch");
  BOOST_TEST(reply.error().params.at("ours") == std::to_string(request.protocolVersion));
  BOOST_TEST(reply.error().params.at("theirs") == std::to_string(protocol::kProtocolVersion));
  BOOST_TEST(reply.error().params.at("server_version") == std::string(mws::core::version()));
}

BOOST_AUTO_TEST_CASE(a_closed_port_is_unreachable_at_once) {
  const std::uint16_t port = closedLoopbackPort();
  CentralClient client("http://127.0.0.1:" + std::to_string(port));
  mws::core::Result<protocol::HelloReply> reply = mws::core::makeError("not run");
  const auto elapsed = millisecondsFor([&] { reply = client.hello(aHello()); });
  requireCode(reply, "sync.unreachable");
  const std::string server = "127.0.0.1:" + std::to_string(port);
  BOOST_TEST(reply.error().params.at("server") == server);
  BOOST_TEST(reply.error().detail.find(server) != std::string::npos);
  BOOST_TEST(reply.error().detail.find("refused") != std::string::npos);
  BOOST_TEST(elapsed < 1000);
}

BOOST_AUTO_TEST_CASE(a_centre_that_never_answers_times_out) {
  // The kernel completes the connection (backlog) but nobody ever reads or writes.
  Poco::Net::ServerSocket silent(Poco::Net::SocketAddress("127.0.0.1", 0));
  CentralClient client("http://127.0.0.1:" + std::to_string(silent.address().port()),
                       shortTimeouts());
  mws::core::Result<protocol::HelloReply> reply = mws::core::makeError("not run");
  const auto elapsed = millisecondsFor([&] { reply = client.hello(aHello()); });
  requireCode(reply, "sync.unreachable");
  BOOST_TEST(reply.error().detail.find("in time") != std::string::npos);
  BOOST_TEST(elapsed >= 400);
  BOOST_TEST(elapsed < 3000);
}

BOOST_AUTO_TEST_CASE(an_unknown_path_is_an_http_error_carrying_the_centres_code) {
  RunningCentral central;
  CentralClient client(central.url() + "/no/such/prefix");
  const auto reply = client.hello(aHello());
  requireCode(reply, "sync.http_error");
  BOOST_TEST(reply.error().params.at("status") == "404");
  BOOST_TEST(reply.error().params.at("server_code") == "protocol.not_found");
  BOOST_TEST(reply.error().params.count("server") == 1U);
}

BOOST_AUTO_TEST_CASE(an_unusable_url_is_reported_by_the_call) {
  for (const std::string url :
       {"ftp://127.0.0.1/", "127.0.0.1:8470", "http://", "", "http://127.0.0.1:8470/?q=1"}) {
    BOOST_TEST_INFO("url: " << url);
    CentralClient client(url);
    BOOST_TEST(client.baseUrl() == url);
    requireCode(client.hello(aHello()), "sync.bad_url");
  }
}

BOOST_AUTO_TEST_CASE(https_to_a_closed_port_is_unreachable) {
  CentralClient client("https://127.0.0.1:" + std::to_string(closedLoopbackPort()));
  requireCode(client.hello(aHello()), "sync.unreachable");
}

BOOST_AUTO_TEST_CASE(https_to_a_plain_http_centre_fails_the_tls_handshake_quickly) {
  RunningCentral central;
  CentralClient client(central.url("https"), shortTimeouts());
  mws::core::Result<protocol::HelloReply> reply = mws::core::makeError("not run");
  const auto elapsed = millisecondsFor([&] { reply = client.hello(aHello()); });
  requireCode(reply, "sync.tls_failed");
  BOOST_TEST(elapsed < 3000);
}

BOOST_AUTO_TEST_CASE(an_unreadable_ca_file_is_a_tls_error_not_a_crash) {
  RunningCentral central;
  ClientOptions options = shortTimeouts();
  options.caFile = "/nonexistent/mws-ca.pem";
  CentralClient client(central.url("https"), options);
  requireCode(client.hello(aHello()), "sync.tls_failed");
}

BOOST_AUTO_TEST_SUITE_END()
