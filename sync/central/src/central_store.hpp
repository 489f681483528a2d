#pragma once
// Private to mws::central: the centre's PostgreSQL database. A small pool of connections
// shared by the request threads; each push is applied in one transaction.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "mws/core/result.hpp"
#include "mws/storage/database.hpp"
#include "mws/sync/protocol/blob.hpp"
#include "mws/sync/protocol/pull.hpp"
#include "mws/sync/protocol/push.hpp"
#include "mws/sync/protocol/report.hpp"
#include "seal_key.hpp"

namespace soci {
class session;
}

namespace mws::sync::central::detail {

// One chunk of a blob upload (PUT /v1/blobs/<sha256>?offset=&total=).
struct BlobChunk {
  std::string unit;  // the certificate's unit; empty without mutual TLS
  std::string sha256;
  std::int64_t offset = 0;
  std::int64_t total = 0;  // the blob's declared size
  std::string_view bytes;
};

// central_reports.cpp: the report in one transaction on `sql`; throws on database errors.
core::Result<protocol::ReportReply> applyReportIn(soci::session& sql,
                                                  const protocol::ReportRequest& request);

class CentralStore {
 public:
  // Connects `size` times to `dsn` and applies the centre's migrations.
  // central.db_failed when the database cannot be reached or migrated.
  static core::Result<std::unique_ptr<CentralStore>> open(const std::string& dsn, int size);

  // Applies the entries above the origin's high-water mark, all or nothing, and returns
  // what the centre now holds. push.gap (params high_water) when the batch starts beyond
  // the next expected sequence; push.unavailable when no connection is free in time or
  // the database fails.
  // Refuses a batch (push.blobs_missing, param sha256: the missing hashes, comma
  // separated) whose case entries reference blobs the centre does not hold complete.
  core::Result<protocol::PushReply> applyPush(const protocol::PushRequest& request);

  // What the centre holds of a blob (central_blobs.cpp).
  core::Result<protocol::BlobStatus> blobStatus(const std::string& sha256);
  // Appends a chunk at the upload's current length, all or nothing: blob.offset_mismatch
  // (param received) at any other offset; once the total is reached, the SHA-256 is checked
  // and the blob accepted, or the upload dropped and blob.hash_mismatch returned.
  core::Result<protocol::BlobStatus> appendBlob(const BlobChunk& chunk);

  // The unit's changes after `cursor`, at most `limit` (central_changes.cpp);
  // push.unavailable when no connection is free in time or the database fails.
  core::Result<protocol::PullReply> pull(const std::string& unit, std::int64_t cursor,
                                         std::int64_t limit);

  // Records a unit report (central_reports.cpp): the audit chain head, refused with
  // audit.history_rewritten (and an alarm row, committed) when it contradicts a head the
  // origin reported before; the queue load per service.
  core::Result<protocol::ReportReply> applyReport(const protocol::ReportRequest& request);

  // The key pair blobs are sealed to (seal_key.hpp); the same for every instance.
  const SealKey& sealKey() const { return m_sealKey; }

 private:
  using BlobWork = std::function<core::Result<protocol::BlobStatus>(soci::session&)>;
  // Runs `work` on a pooled connection; push.unavailable when none is free or it fails.
  core::Result<protocol::BlobStatus> withConnection(const BlobWork& work);
  class Lease;
  explicit CentralStore(std::vector<std::unique_ptr<storage::Database>> connections);
  std::unique_ptr<storage::Database> acquire(std::chrono::milliseconds wait);
  void release(std::unique_ptr<storage::Database> connection);
  core::Result<protocol::PushReply> applyIn(storage::Database& db,
                                            const protocol::PushRequest& request);

  std::mutex m_mutex;
  std::condition_variable m_available;
  std::vector<std::unique_ptr<storage::Database>> m_idle;
  std::string m_dsn;
  SealKey m_sealKey;
};

}  // namespace mws::sync::central::detail
