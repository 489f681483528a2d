#pragma once
// The sync agent: pushes the unit database's outbox to the centre on its own thread, and
// marks entries sent only once the centre has acknowledged them. One agent per database
// works at a time (a PostgreSQL advisory lock); the others stand by. Failures back off
// exponentially with jitter; the status says what is left, how fast it goes, and since
// when the centre has been out of reach.

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "mws/core/result.hpp"
#include "mws/sync/client/central_client.hpp"
#include "mws/sync/protocol/blob.hpp"
#include "mws/sync/protocol/pull.hpp"
#include "mws/sync/protocol/push.hpp"
#include "mws/sync/protocol/report.hpp"

namespace mws::sync::client {

namespace codes {
inline constexpr std::string_view kBusy = "sync.busy";                // another agent holds the lock
inline constexpr std::string_view kNoProgress = "sync.no_progress";  // the centre acknowledged nothing
inline constexpr std::string_view kInterrupted = "sync.interrupted"; // stopped before acknowledging
}  // namespace codes

struct AgentOptions {
  std::string dsn;           // the unit database (libpq connection string)
  std::string centralUrl;    // http(s)://host:port
  ClientOptions client;      // timeouts, CA, this unit's certificate
  protocol::Origin origin;   // unit code and the outbox's source name
  std::int64_t batchEntries = 500;
  std::size_t batchBytes = 900 * 1024;  // under the protocol's 1 MiB body limit
  // Blobs a batch's cases reference are uploaded before the batch, in chunks of this size.
  std::size_t blobChunkBytes = protocol::kMaxBlobChunkBytes;
  // After each drain the agent pulls the centre's changes in pages of this many.
  std::int64_t pullLimit = protocol::kMaxPullLimit;
  std::chrono::milliseconds idlePoll{2000};   // look for new entries this often when in sync
  std::chrono::milliseconds backoffMin{500};  // first retry after a failure (before jitter)
  std::chrono::milliseconds backoffMax{60000};
  // Called after the centre answered a batch, before the outbox is marked; returning false
  // abandons the batch unacknowledged, as a crash at that point would (fault tests).
  std::function<bool(std::int64_t highWater)> beforeAcknowledge;
  // The workstation's clock as sent in the hello and each push; empty: the system clock.
  // (Tests set it to a skewed clock.)
  std::function<protocol::WallTime()> clock;
  // The unit's queue load per service for the report; empty: counted from the unit
  // database's queue (tickets of today still waiting, per service).
  std::function<std::vector<protocol::QueueLoad>()> queueLoad;
  // Retention of the readable copy of a blob once it was sealed for the centre (receipts
  // and certificates printed the same day); after it only the sealed form is kept and the
  // workstation cannot read the blob back (docs/sync-protocol.md, Blobs).
  std::chrono::seconds keepSentBlobs{24 * 3600};
};

enum class AgentState {
  Stopped,   // not started
  Syncing,   // sending batches
  InSync,    // the outbox is drained
  Offline,   // the centre cannot be reached; retrying with backoff
  Refused,   // the centre refused a batch (see lastError); retrying with backoff
  Standby,   // another agent works on this database
  Paused,    // the officer cancelled a drain; sending starts again after backoffMax or syncNow
};

std::string_view toString(AgentState state);

struct AgentStatus {
  AgentState state = AgentState::Stopped;
  std::int64_t entriesLeft = -1;   // -1 until the outbox was read
  std::int64_t entriesPushed = 0;  // acknowledged since the agent started
  double entriesPerSecond = 0;     // over the last drain
  std::int64_t highWater = 0;      // the centre's last acknowledgement
  std::optional<std::chrono::system_clock::time_point> offlineSince;
  std::optional<std::chrono::system_clock::time_point> lastSuccess;
  std::optional<core::Error> lastError;
  int failures = 0;  // in a row
  std::int64_t blobsUploaded = 0;  // blobs the centre accepted since the agent started
  std::int64_t blobBytesSent = 0;  // chunk bytes sent since the agent started (resends too)
  std::int64_t changesApplied = 0;  // centre changes applied since the agent started
  std::int64_t conflicts = 0;       // centre changes recorded in sync_conflicts since then
  std::int64_t pullCursor = -1;     // the stored pull cursor; -1 until the first pull
  std::int64_t entriesResent = 0;   // marked unsent again after a push.gap since then
  std::int64_t auditSeqReported = -1;  // the audit head sent with the last report
  std::int64_t drains = 0;             // drains ended (well, failed or cancelled) since start
};

struct DrainResult {
  std::int64_t pushed = 0;   // entries acknowledged
  std::int64_t batches = 0;
  std::int64_t left = 0;     // entries still unsent at the end
  std::int64_t blobsUploaded = 0;  // blobs uploaded before the batches
  std::int64_t blobBytesSent = 0;
  std::int64_t changesApplied = 0;  // centre changes pulled and applied after the push
  std::int64_t conflicts = 0;       // centre changes recorded in sync_conflicts
  std::int64_t pullCursor = 0;      // the stored pull cursor afterwards
  // Entries marked unsent again because the centre reported a gap (push.gap: it holds
  // less than it once acknowledged, e.g. restored from a backup) and sent once more.
  std::int64_t resent = 0;
  std::int64_t auditSeqReported = -1;  // the audit chain head sent in this drain's report
};

class SyncAgent {
 public:
  explicit SyncAgent(AgentOptions options);
  ~SyncAgent();  // stops the thread
  SyncAgent(const SyncAgent&) = delete;
  SyncAgent& operator=(const SyncAgent&) = delete;

  void start();    // starts the thread; nothing when running
  void stop();     // wakes the thread and joins it (within the client's timeouts)
  void syncNow();  // ends a wait or a backoff at once
  // Stops the drain under way after the batch or blob chunk in flight (nothing is lost: what
  // the centre has not acknowledged stays in the outbox) and pauses the thread for
  // backoffMax; syncNow() ends the pause. Nothing when no drain runs.
  void cancelDrain();
  AgentStatus status() const;

  // One drain on the calling thread, for `mws sync now`: takes the lock (sync.busy when
  // another agent holds it), pushes until the outbox is empty or a failure, then pulls the
  // centre's changes (docs/sync-protocol.md, Pull).
  core::Result<DrainResult> drainOnce();

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace mws::sync::client
