#pragma once
// Private to mws::central: the centre's PostgreSQL database. A small pool of connections
// shared by the request threads; each push is applied in one transaction.

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "mws/core/result.hpp"
#include "mws/storage/database.hpp"
#include "mws/sync/protocol/push.hpp"

namespace mws::sync::central::detail {

class CentralStore {
 public:
  // Connects `size` times to `dsn` and applies the centre's migrations.
  // central.db_failed when the database cannot be reached or migrated.
  static core::Result<std::unique_ptr<CentralStore>> open(const std::string& dsn, int size);

  // Applies the entries above the origin's high-water mark, all or nothing, and returns
  // what the centre now holds. push.gap (params high_water) when the batch starts beyond
  // the next expected sequence; push.unavailable when no connection is free in time or
  // the database fails.
  core::Result<protocol::PushReply> applyPush(const protocol::PushRequest& request);

 private:
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
};

}  // namespace mws::sync::central::detail
