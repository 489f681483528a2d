#pragma once
// The centre's HTTP service: answers the sync protocol (docs/sync-protocol.md) on one
// address. Requests are served on a pool of worker threads owned by the server.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "mws/core/result.hpp"

namespace mws::sync::central {

inline constexpr std::uint16_t kDefaultPort = 8470;

namespace codes {
inline constexpr std::string_view kBindFailed = "central.bind_failed";  // params host, port
}

struct ServerOptions {
  std::string host = "127.0.0.1";     // an address or host name of this machine
  std::uint16_t port = kDefaultPort;  // 0: the system picks a free port (see port())
  int maxThreads = 8;                 // requests served at once
  int maxQueued = 64;                 // connections waiting for a thread
  int ioTimeoutSeconds = 15;          // a silent client is dropped after this
};

class CentralServer {
 public:
  explicit CentralServer(ServerOptions options = {});
  ~CentralServer();  // stops the server
  CentralServer(const CentralServer&) = delete;
  CentralServer& operator=(const CentralServer&) = delete;

  // Binds and starts serving; central.bind_failed when the address cannot be used.
  // Starting a running server does nothing.
  core::Status start();
  // Stops accepting, aborts the requests in progress and waits for the workers.
  void stop();

  bool running() const;
  const std::string& host() const;
  std::uint16_t port() const;  // the bound port while running, 0 otherwise

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace mws::sync::central
