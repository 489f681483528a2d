#include "central_store.hpp"

#include <soci/soci.h>

#include <utility>

#include "central_changes.hpp"
#include "central_schema.hpp"
#include "mws/sync/protocol/blob.hpp"
#include "mws/storage/migrator.hpp"

namespace mws::sync::central::detail {

namespace {

constexpr std::chrono::milliseconds kLeaseWait{5000};

core::Error unavailable(std::string detail) {
  return core::makeError(std::string(protocol::codes::kUnavailable), std::move(detail));
}

long long lockHighWater(soci::session& sql, const protocol::Origin& origin) {
  sql << "INSERT INTO origins(unit, source) VALUES (:u, :s) ON CONFLICT DO NOTHING",
      soci::use(origin.unit), soci::use(origin.source);
  long long highWater = 0;
  sql << "SELECT high_water FROM origins WHERE unit = :u AND source = :s FOR UPDATE",
      soci::into(highWater), soci::use(origin.unit), soci::use(origin.source);
  return highWater;
}

// The new entries (above the high-water mark) in one statement, then the latest snapshot
// of each case and person they carry.
void insertEntries(soci::session& sql, const protocol::PushRequest& request, long long highWater) {
  const std::string batch = protocol::encodePushRequest(request);
  const protocol::Origin& o = request.origin;
  sql << "INSERT INTO received_entries(unit, source, seq, entity, entity_id, action, body)"
         " SELECT :u, :s, e.seq, e.entity, e.entity_id, e.action, e.body"
         " FROM jsonb_to_recordset((:b::jsonb)->'entries')"
         "   AS e(seq bigint, entity text, entity_id text, action text, body jsonb)"
         " WHERE e.seq > :hw",
      soci::use(o.unit), soci::use(o.source), soci::use(batch), soci::use(highWater);
  sql << "INSERT INTO cases(id, unit, version, state, body)"
         " SELECT DISTINCT ON (entity_id) entity_id::uuid, unit,"
         "   coalesce((body->>'version')::bigint, 0), coalesce(body->>'state', ''), body"
         " FROM received_entries WHERE unit = :u AND source = :s AND seq > :hw"
         "   AND entity = 'case' ORDER BY entity_id, seq DESC"
         " ON CONFLICT (id) DO UPDATE SET version = excluded.version, state = excluded.state,"
         "   body = excluded.body, updated_at = now() WHERE cases.version <= excluded.version",
      soci::use(o.unit), soci::use(o.source), soci::use(highWater);
  sql << "INSERT INTO persons(unit, local_id, body)"
         " SELECT DISTINCT ON (entity_id) unit, entity_id, body"
         " FROM received_entries WHERE unit = :u AND source = :s AND seq > :hw"
         "   AND entity = 'person' ORDER BY entity_id, seq DESC"
         " ON CONFLICT (unit, local_id) DO UPDATE SET body = excluded.body, updated_at = now()",
      soci::use(o.unit), soci::use(o.source), soci::use(highWater);
}

// Cases of another unit, or case ids that are not UUIDs, refuse the whole batch.
core::Status checkEntries(soci::session& sql, const protocol::PushRequest& request) {
  const std::string batch = protocol::encodePushRequest(request);
  long long foreign = 0;
  long long badIds = 0;
  sql << "SELECT count(*) FILTER (WHERE body->>'unit' IS DISTINCT FROM :u),"
         "       count(*) FILTER (WHERE entity_id !~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$')"
         " FROM jsonb_to_recordset((:b::jsonb)->'entries') AS e(entity text, entity_id text, body jsonb)"
         " WHERE entity = 'case'",
      soci::into(foreign), soci::into(badIds), soci::use(request.origin.unit), soci::use(batch);
  if (foreign > 0) {
    return core::makeError(std::string(protocol::codes::kWrongUnit),
                           std::to_string(foreign) + " case(s) of the batch belong to another unit")
        .with("unit", request.origin.unit);
  }
  if (badIds > 0) {
    return core::makeError(std::string(protocol::codes::kMalformed),
                           std::to_string(badIds) + " case id(s) of the batch are not UUIDs")
        .with("field", "entity_id");
  }
  return core::success();
}

// Every blob a case entry of the batch references must be held complete (blobs table).
core::Status checkBlobs(soci::session& sql, const protocol::PushRequest& request) {
  const std::string batch = protocol::encodePushRequest(request);
  std::string missing;
  long long count = 0;
  sql << "SELECT coalesce(string_agg(h, ',' ORDER BY h), ''), count(*) FROM ("
         " SELECT DISTINCT r.h FROM jsonb_to_recordset((:b::jsonb)->'entries')"
         "   AS e(entity text, body jsonb),"
         " LATERAL (SELECT e.body #>> '{payload,biometrics,photo_sha256}' AS h"
         "   UNION ALL SELECT e.body ->> 'document_scan_sha256'"
         "   UNION ALL SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof("
         "     e.body #> '{payload,biometrics,fingerprint_sha256}') = 'array'"
         "     THEN e.body #> '{payload,biometrics,fingerprint_sha256}' ELSE '[]' END)) r"
         " WHERE e.entity = 'case' AND r.h ~ '^[0-9a-f]{64}$'"
         "   AND NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = r.h)) m",
      soci::use(batch), soci::into(missing), soci::into(count);
  if (count == 0) return core::success();
  return core::makeError(std::string(protocol::codes::kBlobsMissing),
                         std::to_string(count) + " blob(s) referenced by the batch are not held")
      .with("sha256", missing);
}

}  // namespace

class CentralStore::Lease {
 public:
  Lease(CentralStore& store, std::unique_ptr<storage::Database> db)
      : m_store(store), m_db(std::move(db)) {}
  ~Lease() {
    if (m_db) m_store.release(std::move(m_db));
  }
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  storage::Database* get() { return m_db.get(); }
  void replace(std::unique_ptr<storage::Database> db) { m_db = std::move(db); }

 private:
  CentralStore& m_store;
  std::unique_ptr<storage::Database> m_db;
};

CentralStore::CentralStore(std::vector<std::unique_ptr<storage::Database>> connections)
    : m_idle(std::move(connections)) {
  if (!m_idle.empty()) m_dsn = m_idle.front()->dsn();
}

core::Result<std::unique_ptr<CentralStore>> CentralStore::open(const std::string& dsn, int size) {
  std::vector<std::unique_ptr<storage::Database>> connections;
  for (int i = 0; i < (size > 0 ? size : 1); ++i) {
    auto db = storage::Database::connect(dsn);
    if (!db) return core::makeError("central.db_failed", db.error().detail);
    connections.push_back(std::move(*db));
  }
  storage::Migrator migrator(*connections.front(), centralMigrations());
  if (auto migrated = migrator.migrate(); !migrated) {
    return core::makeError("central.db_failed", migrated.error().code + ": " +
                                                    migrated.error().detail);
  }
  SealKey key;
  try {
    key = loadOrCreateSealKey(connections.front()->session());
  } catch (const std::exception& e) {
    return core::makeError("central.db_failed", "the seal key: " + storage::oneLine(e.what()));
  }
  auto store = std::unique_ptr<CentralStore>(new CentralStore(std::move(connections)));
  store->m_sealKey = key;
  return store;
}

std::unique_ptr<storage::Database> CentralStore::acquire(std::chrono::milliseconds wait) {
  std::unique_lock lock(m_mutex);
  if (!m_available.wait_for(lock, wait, [this] { return !m_idle.empty(); })) return nullptr;
  auto db = std::move(m_idle.back());
  m_idle.pop_back();
  return db;
}

void CentralStore::release(std::unique_ptr<storage::Database> connection) {
  {
    std::lock_guard lock(m_mutex);
    m_idle.push_back(std::move(connection));
  }
  m_available.notify_one();
}

core::Result<protocol::PushReply> CentralStore::applyPush(const protocol::PushRequest& request) {
  Lease lease(*this, acquire(kLeaseWait));
  if (lease.get() == nullptr) return unavailable("no database connection free in time");
  auto reply = applyIn(*lease.get(), request);
  if (!reply && reply.error().code == protocol::codes::kUnavailable) {
    // The connection may be broken: replace it so that the pool heals.
    if (auto fresh = storage::Database::connect(m_dsn); fresh) lease.replace(std::move(*fresh));
  }
  return reply;
}

core::Result<protocol::BlobStatus> CentralStore::withConnection(const BlobWork& work) {
  Lease lease(*this, acquire(kLeaseWait));
  if (lease.get() == nullptr) return unavailable("no database connection free in time");
  try {
    return work(lease.get()->session());
  } catch (const std::exception& e) {
    if (auto fresh = storage::Database::connect(m_dsn); fresh) lease.replace(std::move(*fresh));
    return unavailable(storage::oneLine(e.what()));
  }
}

core::Result<protocol::PullReply> CentralStore::pull(const std::string& unit, std::int64_t cursor,
                                                     std::int64_t limit) {
  Lease lease(*this, acquire(kLeaseWait));
  if (lease.get() == nullptr) return unavailable("no database connection free in time");
  try {
    return pullIn(lease.get()->session(), unit, cursor, limit);
  } catch (const std::exception& e) {
    if (auto fresh = storage::Database::connect(m_dsn); fresh) lease.replace(std::move(*fresh));
    return unavailable(storage::oneLine(e.what()));
  }
}

core::Result<protocol::ReportReply> CentralStore::applyReport(const protocol::ReportRequest& request) {
  Lease lease(*this, acquire(kLeaseWait));
  if (lease.get() == nullptr) return unavailable("no database connection free in time");
  try {
    return applyReportIn(lease.get()->session(), request);
  } catch (const std::exception& e) {
    if (auto fresh = storage::Database::connect(m_dsn); fresh) lease.replace(std::move(*fresh));
    return unavailable(storage::oneLine(e.what()));
  }
}

core::Result<protocol::PushReply> CentralStore::applyIn(storage::Database& db,
                                                        const protocol::PushRequest& request) {
  try {
    soci::session& sql = db.session();
    if (auto checked = checkEntries(sql, request); !checked) return checked.error();
    if (auto present = checkBlobs(sql, request); !present) return present.error();
    soci::transaction tx(sql);
    const long long highWater = lockHighWater(sql, request.origin);
    const auto first = request.entries.front().seq;
    const auto last = request.entries.back().seq;
    if (first > highWater + 1) {
      return core::makeError(std::string(protocol::codes::kGap),
                             "the batch starts at " + std::to_string(first) +
                                 " but the centre holds up to " + std::to_string(highWater))
          .with("high_water", std::to_string(highWater));
    }
    if (last > highWater) {
      insertEntries(sql, request, highWater);
      long long newHighWater = last;
      sql << "UPDATE origins SET high_water = :l, updated_at = now() WHERE unit = :u AND source = :s",
          soci::use(newHighWater), soci::use(request.origin.unit),
          soci::use(request.origin.source);
    }
    tx.commit();
    const std::int64_t fresh = last > highWater ? last - std::max<long long>(highWater, first - 1) : 0;
    const auto count = static_cast<std::int64_t>(request.entries.size());
    return protocol::PushReply{protocol::kProtocolVersion, request.origin,
                               std::max<std::int64_t>(highWater, last), fresh, count - fresh};
  } catch (const std::exception& e) {
    return unavailable(storage::oneLine(e.what()));
  }
}

}  // namespace mws::sync::central::detail
