#pragma once
// A CentralServer running in the test process on 127.0.0.1 and a port the system picks,
// plus loopback helpers. Tests never leave the loopback interface.

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <cstdint>
#include <string>

#include "mws/sync/central/central_server.hpp"

namespace mws::sync::test {

inline central::ServerOptions loopbackOptions() {
  central::ServerOptions options;
  options.host = "127.0.0.1";
  options.port = 0;
  options.maxThreads = 4;
  return options;
}

struct RunningCentral {
  RunningCentral() : server(loopbackOptions()) {
    const auto started = server.start();
    BOOST_REQUIRE_MESSAGE(started.ok(), (started.ok() ? "" : started.error().detail));
  }

  std::string url(const std::string& scheme = "http") const {
    return scheme + "://127.0.0.1:" + std::to_string(server.port());
  }

  central::CentralServer server;
};

// A loopback port on which nothing listens (it was free an instant ago).
inline std::uint16_t closedLoopbackPort() {
  Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
  const std::uint16_t port = socket.address().port();
  socket.close();
  return port;
}

// Milliseconds taken by `action`.
template <typename Action>
long long millisecondsFor(Action&& action) {
  const auto start = std::chrono::steady_clock::now();
  action();
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               start)
      .count();
}

}  // namespace mws::sync::test
