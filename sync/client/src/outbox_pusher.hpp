#pragma once
// Private to mws::sync_client: one agent's work on its database. Holds the connection,
// the advisory lock that makes it the only agent of that database, and the client.

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "blob_uploader.hpp"
#include "mws/core/result.hpp"
#include "mws/storage/database.hpp"
#include "mws/sync/client/central_client.hpp"
#include "mws/sync/client/sync_agent.hpp"

namespace mws::sync::client::detail {

struct DrainProgress {
  std::int64_t pushed = 0;
  std::int64_t left = 0;
  std::int64_t highWater = 0;
  double entriesPerSecond = 0;
};

struct PullResult {
  std::int64_t applied = 0;
  std::int64_t conflicts = 0;
  std::int64_t pages = 0;
  std::int64_t cursor = 0;
};

struct Acknowledged {
  std::int64_t highWater = 0;
  std::int64_t marked = 0;
};

class OutboxPusher {
 public:
  explicit OutboxPusher(const AgentOptions& options);

  // Connects when needed and takes the database's sync lock: sync.busy when another agent
  // holds it, db.* when the database cannot be reached.
  core::Status prepare();
  // Pushes batches until the outbox is empty, a failure, or `stopping`.
  core::Result<DrainResult> drain(const std::function<void(const DrainProgress&)>& progress,
                                  const std::atomic<bool>& stopping);
  core::Result<std::int64_t> unsentCount();
  // Pulls the centre's changes for this unit page by page from the stored cursor and
  // applies each page with its cursor in one transaction, until no more or `stopping`.
  core::Result<PullResult> pullChanges(const std::atomic<bool>& stopping);
  void disconnect();  // also releases the lock
  // Blob uploads since this pusher was made, failed drains included.
  const BlobCounts& blobCounts() const { return m_blobCounts; }

 private:
  core::Result<std::vector<protocol::PushEntry>> nextBatch();
  core::Result<Acknowledged> pushBatch(std::vector<protocol::PushEntry> entries);
  // The hello that opens every drain: protocol version and clock (sync.clock_skew).
  core::Status greet();
  core::Result<std::int64_t> recoverGap(const core::Error& gap);
  // The unit report: audit chain head and queue load; returns the head's sequence.
  core::Result<std::int64_t> sendReport();
  std::vector<protocol::QueueLoad> queueLoad();
  // This log's entry at `seq` (64 zeros when it has none, which never matches).
  protocol::AuditHead auditEntryAt(std::int64_t seq);
  protocol::WallTime now() const;

  const AgentOptions& m_options;
  CentralClient m_client;
  std::unique_ptr<storage::Database> m_db;
  bool m_locked = false;
  BlobCounts m_blobCounts;
  protocol::HelloReply m_hello;  // the centre's last accepted hello
  std::optional<std::int64_t> m_auditKnown;  // the centre's highest audit sequence, once told
};

}  // namespace mws::sync::client::detail
