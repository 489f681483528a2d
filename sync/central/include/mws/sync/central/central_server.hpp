#pragma once
// The centre's HTTP service: answers the sync protocol (docs/sync-protocol.md) on one
// address. Requests are served on a pool of worker threads owned by the server.

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "mws/core/result.hpp"

namespace mws::sync::central {

inline constexpr std::uint16_t kDefaultPort = 8470;

namespace codes {
inline constexpr std::string_view kBindFailed = "central.bind_failed";  // params host, port
inline constexpr std::string_view kDbFailed = "central.db_failed";      // detail says why
inline constexpr std::string_view kTlsFailed = "central.tls_failed";    // detail says why
}

// Mutual TLS: the centre's certificate and key, and the CA whose unit certificates it
// accepts (see cert_authority.hpp). A client without a certificate fails the handshake.
struct TlsFiles {
  std::string certificateFile;
  std::string privateKeyFile;
  std::string caFile;
};

struct ServerOptions {
  std::string host = "127.0.0.1";     // an address or host name of this machine
  std::uint16_t port = kDefaultPort;  // 0: the system picks a free port (see port())
  int maxThreads = 8;                 // requests served at once
  int maxQueued = 64;                 // connections waiting for a thread
  int ioTimeoutSeconds = 15;          // a silent client is dropped after this
  std::int64_t maxBlobBytes = 32LL * 1024 * 1024;  // largest blob accepted (413 above)
  // A workstation whose clock is further than this from ours is refused
  // (protocol.clock_skew); zero or less: not checked.
  std::chrono::milliseconds maxClockSkew{5 * 60 * 1000};
  std::string dsn;   // the centre's own PostgreSQL database; empty: hello only, no push
  TlsFiles tls;      // all three set: https with client certificates; none: plain http
};

class CentralServer {
 public:
  explicit CentralServer(ServerOptions options = {});
  ~CentralServer();  // stops the server
  CentralServer(const CentralServer&) = delete;
  CentralServer& operator=(const CentralServer&) = delete;

  // Opens and migrates the database, binds and starts serving. central.db_failed,
  // central.tls_failed, or central.bind_failed when the address cannot be used.
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
