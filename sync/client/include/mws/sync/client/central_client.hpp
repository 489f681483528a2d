#pragma once
// The workstation's connection to mws-central. Every call returns a value: the reply, or
// an error whose code the UI words (the centre being unreachable is normal, not a bug).
// One CentralClient serves one thread at a time.

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

#include "mws/core/result.hpp"
#include "mws/sync/protocol/blob.hpp"
#include "mws/sync/protocol/hello.hpp"
#include "mws/sync/protocol/pull.hpp"
#include "mws/sync/protocol/push.hpp"
#include "mws/sync/protocol/report.hpp"

namespace mws::sync::client {

// Error codes of the client, besides the protocol's own (protocol.malformed for a reply
// that cannot be read, protocol.version_mismatch when the two ends cannot talk). Every
// error carries the param "server" (host:port) once the URL could be read.
namespace codes {
inline constexpr std::string_view kBadUrl = "sync.bad_url";           // not http(s)://host[:port]
inline constexpr std::string_view kUnreachable = "sync.unreachable";  // refused, timed out, ...
inline constexpr std::string_view kTlsFailed = "sync.tls_failed";     // handshake or certificate
inline constexpr std::string_view kHttpError = "sync.http_error";     // params status, server_code
// The centre refused us because our clock is too far from its own: params skew_ms (ours
// minus the centre's) and max_skew_ms. Fix the workstation's clock (or its time zone).
inline constexpr std::string_view kClockSkew = "sync.clock_skew";
// The centre found this unit's audit history rewritten (its chain head contradicts one it
// reported before) and raised an alarm: params problem, seq, known_seq. Sync stops until IT
// has looked into it.
inline constexpr std::string_view kAuditRewritten = "sync.audit_rewritten";
}  // namespace codes

struct ClientOptions {
  std::chrono::milliseconds connectTimeout{3000};
  std::chrono::milliseconds ioTimeout{5000};  // each send and each receive
  std::string caFile;  // https: PEM file of the CAs to trust; empty: the system's CAs
  // https: this unit's client certificate and key (PEM), for a centre that requires them.
  std::string certificateFile;
  std::string privateKeyFile;
};

class CentralClient {
 public:
  // `baseUrl` is http://host[:port][/prefix] or https://...; a bad URL is reported by
  // each call as sync.bad_url.
  explicit CentralClient(std::string baseUrl, ClientOptions options = {});
  ~CentralClient();
  CentralClient(CentralClient&&) noexcept;
  CentralClient& operator=(CentralClient&&) noexcept;

  const std::string& baseUrl() const;

  // The centre's reply when it accepts us. A refusal comes back as an error whose code is
  // the centre's reason, e.g. protocol.version_mismatch (params "ours", "theirs").
  core::Result<protocol::HelloReply> hello(const protocol::HelloRequest& request);

  // Sends a batch of outbox entries; the reply says up to which sequence the centre holds
  // this origin's entries. A refusal is sync.http_error with params "status" and
  // "server_code" (push.gap with "high_water", push.wrong_unit, protocol.malformed, ...).
  core::Result<protocol::PushReply> push(const protocol::PushRequest& request);

  // The unit report (POST /v1/report): audit chain head and queue load.
  core::Result<protocol::ReportReply> report(const protocol::ReportRequest& request);

  // What the centre holds of a blob: an upload continues at `received`.
  core::Result<protocol::BlobStatus> blobStatus(const std::string& sha256);
  // Sends the chunk `bytes` (at most kMaxBlobChunkBytes) of a blob of `total` bytes at
  // `offset`. Refusals are sync.http_error with "server_code": blob.offset_mismatch (param
  // "received": where to continue), blob.hash_mismatch (the centre dropped the upload), ...
  core::Result<protocol::BlobStatus> putBlobChunk(const std::string& sha256, std::int64_t offset,
                                                  std::int64_t total, std::string_view bytes);

  // The changes the centre holds for `unit` after `cursor`, at most `limit` (GET /v1/pull).
  // Under mutual TLS the centre takes the unit from the certificate; a reply for another
  // unit is protocol.malformed. Refusals are sync.http_error as for push.
  core::Result<protocol::PullReply> pull(const std::string& unit, std::int64_t cursor,
                                         std::int64_t limit = protocol::kMaxPullLimit);

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace mws::sync::client
