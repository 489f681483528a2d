#pragma once
// A unit database (DbFixture), the centre's database and a CentralServer over mutual TLS
// on loopback, with an agent configuration for the unit "UNIT-A": what most agent tests need.

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>

#include <boost/test/unit_test.hpp>
#include <iterator>
#include <optional>
#include <utility>
#include <vector>

#include "sync_fixture.hpp"

namespace mws::sync::client {
inline std::ostream& operator<<(std::ostream& out, AgentState state) {
  return out << toString(state);
}
}  // namespace mws::sync::client

namespace mws::sync::test {

struct SecureCentralFixture : mws::test::DbFixture {
  static constexpr const char* kUnit = "UNIT-A";

  SecureCentralFixture() { startCentral(); }

  central::ServerOptions secureOptions(std::uint16_t fixedPort = 0) const {
    auto options = centralOptions(centralDb.dsn, fixedPort);
    options.tls = pki.serverFiles();
    return options;
  }
  // Starts (again) a centre on `port` (0 the first time: the system picks one).
  void startCentral(central::ServerOptions options) {
    server.reset();
    server.emplace(std::move(options));
    const auto started = server->start();
    BOOST_REQUIRE_MESSAGE(started.ok(), (started.ok() ? "" : started.error().detail));
    port = server->port();
  }
  void startCentral() { startCentral(secureOptions(port)); }

  client::AgentOptions agentConfig() const {
    auto options = agentOptions(dsn, "https://127.0.0.1:" + std::to_string(port), kUnit);
    options.client = pki.clientFor(kUnit);
    return options;
  }
  void requireExactlyOnce(long long cases) {
    BOOST_TEST(centralDb.cases() == cases);
    BOOST_TEST(centralDb.entries() == cases);
    BOOST_TEST(unsentIn(database()) == 0);
  }

  Pki pki;
  CentralDb centralDb;
  std::optional<central::CentralServer> server;
  std::uint16_t port = 0;
};

// mws-central with `args`: its exit status and standard output.
inline std::pair<int, std::string> runCentral(const std::vector<std::string>& args) {
  Poco::Pipe outPipe;
  Poco::Pipe errPipe;
  auto handle = Poco::Process::launch(MWS_CENTRAL_EXE, args, nullptr, &outPipe, &errPipe);
  Poco::PipeInputStream out(outPipe);
  std::string text(std::istreambuf_iterator<char>(out), {});
  Poco::PipeInputStream err(errPipe);
  std::string ignored(std::istreambuf_iterator<char>(err), {});
  return {handle.wait(), text};
}

inline std::string detailOf(const core::Result<client::DrainResult>& r) {
  return r.ok() ? std::string() : r.error().code + ": " + r.error().detail;
}

}  // namespace mws::sync::test
