#include "outbox_pusher.hpp"

#include <Poco/Logger.h>
#include <soci/soci.h>

#include <chrono>
#include <utility>

#include "change_applier.hpp"
#include "mws/storage/blob_store.hpp"
#include "mws/storage/outbox.hpp"

namespace mws::sync::client::detail {

namespace {

constexpr long long kSyncLockKey = 0x6d77735f73796e63;  // "mws_sync"

bool isGap(const core::Error& error) {
  const auto code = error.params.find("server_code");
  return error.code == codes::kHttpError && code != error.params.end() &&
         code->second == protocol::codes::kGap && error.params.count("high_water") == 1;
}

// The sequence at which the centre wants the audit check (409 audit.check_needed).
std::optional<std::int64_t> checkAsked(const core::Error& error) {
  const auto code = error.params.find("server_code");
  const auto known = error.params.find("known_seq");
  if (code == error.params.end() || code->second != protocol::codes::kAuditCheckNeeded ||
      known == error.params.end()) {
    return std::nullopt;
  }
  try {
    return std::stoll(known->second);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

core::Error interrupted() {
  return core::makeError(std::string(codes::kInterrupted),
                         "the batch was answered but not acknowledged in the outbox");
}

}  // namespace

OutboxPusher::OutboxPusher(const AgentOptions& options)
    : m_options(options), m_client(options.centralUrl, options.client) {}

core::Status OutboxPusher::prepare() {
  if (!m_db) {
    auto db = storage::Database::connect(m_options.dsn);
    if (!db) return db.error();
    m_db = std::move(*db);
    m_locked = false;
  }
  if (m_locked) return core::success();
  try {
    int locked = 0;
    m_db->session() << "SELECT pg_try_advisory_lock(:k)::int", soci::use(kSyncLockKey),
        soci::into(locked);
    m_locked = locked == 1;
  } catch (const std::exception& e) {
    disconnect();
    return storage::databaseError("db.query_failed", e);
  }
  if (!m_locked) {
    return core::makeError(std::string(codes::kBusy),
                           "another sync agent works on this database");
  }
  return core::success();
}

void OutboxPusher::disconnect() {
  m_db.reset();  // the session's advisory lock goes with it
  m_locked = false;
}

core::Result<std::int64_t> OutboxPusher::unsentCount() {
  if (auto ready = prepare(); !ready) return ready.error();
  return storage::Outbox::countUnsent(*m_db);
}

core::Result<std::vector<protocol::PushEntry>> OutboxPusher::nextBatch() {
  auto unsent = storage::Outbox::unsent(*m_db, m_options.batchEntries);
  if (!unsent) return unsent.error();
  std::vector<protocol::PushEntry> batch;
  std::size_t bytes = 0;
  for (auto& entry : *unsent) {
    bytes += entry.body.size() + entry.entityId.size() + 64;
    if (!batch.empty() && bytes > m_options.batchBytes) break;
    batch.push_back({entry.seq, std::move(entry.entity), std::move(entry.entityId),
                     std::move(entry.action), std::move(entry.body)});
  }
  return batch;
}

core::Result<PullResult> OutboxPusher::pullChanges(const std::atomic<bool>& stopping) {
  if (auto ready = prepare(); !ready) return ready.error();
  auto cursor = storedCursor(*m_db);
  if (!cursor) {
    disconnect();
    return cursor.error();
  }
  PullResult result{0, 0, 0, *cursor};
  bool more = true;
  while (more && !stopping) {
    const auto page = m_client.pull(m_options.origin.unit, result.cursor, m_options.pullLimit);
    if (!page) return page.error();
    const auto outcome = applyPage(*m_db, *page);
    if (!outcome) {
      disconnect();
      return outcome.error();
    }
    result.applied += outcome->applied;
    result.conflicts += outcome->conflicts;
    result.cursor = outcome->cursor;
    ++result.pages;
    more = page->more && !page->changes.empty();
  }
  return result;
}

// The centre's high-water mark and the entries marked sent up to it.
core::Result<Acknowledged> OutboxPusher::pushBatch(std::vector<protocol::PushEntry> entries) {
  const std::int64_t first = entries.front().seq;
  BlobUploader blobs(m_client, *m_db, m_options.blobChunkBytes, m_hello.sealPublicKey);
  if (auto uploaded = blobs.uploadFor(entries, m_blobCounts); !uploaded) return uploaded.error();
  const auto reply = m_client.push(
      {protocol::kProtocolVersion, m_options.origin, std::move(entries), now()});
  if (!reply) return reply.error();
  if (reply->highWater < first) {
    return core::makeError(std::string(codes::kNoProgress),
                           "the centre holds up to " + std::to_string(reply->highWater) +
                               " after a batch from " + std::to_string(first));
  }
  if (m_options.beforeAcknowledge && !m_options.beforeAcknowledge(reply->highWater)) {
    return interrupted();
  }
  auto marked = storage::Outbox::acknowledge(*m_db, reply->highWater);
  if (!marked) {
    disconnect();
    return marked.error();
  }
  return Acknowledged{reply->highWater, *marked};
}

// The centre holds less than it acknowledged once: send again from its high-water mark.
core::Result<std::int64_t> OutboxPusher::recoverGap(const core::Error& gap) {
  std::int64_t highWater = 0;
  try {
    highWater = std::stoll(gap.params.at("high_water"));
  } catch (const std::exception&) {
    return gap;
  }
  auto resent = storage::Outbox::resendAfter(*m_db, highWater);
  if (!resent) return resent.error();
  Poco::Logger::get("mws.sync").warning(
      "the centre holds this outbox only up to %Ld: %Ld entries marked to send again",
      static_cast<Poco::Int64>(highWater), static_cast<Poco::Int64>(*resent));
  return resent;
}

std::vector<protocol::QueueLoad> OutboxPusher::queueLoad() {
  if (m_options.queueLoad) return m_options.queueLoad();
  std::vector<protocol::QueueLoad> load;
  try {
    soci::rowset<soci::row> rows = (m_db->session().prepare
        << "SELECT service, count(*) FROM queue_tickets WHERE unit_code = :u"
           " AND day = current_date AND state = 'waiting' GROUP BY service ORDER BY service",
        soci::use(m_options.origin.unit));
    for (const auto& row : rows) load.push_back({row.get<std::string>(0), row.get<long long>(1)});
  } catch (const std::exception&) {
    load.clear();  // a database without the queue (older schema): no queue to report
  }
  return load;
}

core::Result<std::int64_t> OutboxPusher::sendReport() {
  protocol::ReportRequest request;
  request.origin = m_options.origin;
  request.clientClock = now();
  request.queueLoad = queueLoad();
  long long seq = 0;
  std::string hash(64, '0');
  try {
    m_db->session() << "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
        soci::into(seq), soci::into(hash);
    if (!m_db->session().got_data()) {
      seq = 0;
      hash.assign(64, '0');
    }
    request.auditHead.seq = seq;
    request.auditHead.hash = hash;
  } catch (const std::exception& e) {
    disconnect();
    return storage::databaseError("db.query_failed", e);
  }
  try {
    if (m_auditKnown) request.auditCheck = auditEntryAt(*m_auditKnown);
    auto reply = m_client.report(request);
    if (const auto known = reply ? std::nullopt : checkAsked(reply.error())) {
      request.auditCheck = auditEntryAt(*known);
      reply = m_client.report(request);
    }
    if (!reply) return reply.error();
    m_auditKnown = reply->auditSeq;
  } catch (const std::exception& e) {
    disconnect();
    return storage::databaseError("db.query_failed", e);
  }
  return request.auditHead.seq;
}

protocol::AuditHead OutboxPusher::auditEntryAt(std::int64_t seq) {
  long long at = seq;
  std::string hash;
  m_db->session() << "SELECT hash FROM audit_log WHERE seq = :s", soci::use(at), soci::into(hash);
  if (!m_db->session().got_data()) hash.assign(64, '0');
  return protocol::AuditHead{seq, hash};
}

protocol::WallTime OutboxPusher::now() const {
  return m_options.clock ? m_options.clock() : protocol::wallClockNow();
}

core::Status OutboxPusher::greet() {
  auto reply = m_client.hello({protocol::kProtocolVersion, m_options.origin.unit, now()});
  if (!reply) return reply.error();
  m_hello = std::move(*reply);
  return core::success();
}

core::Result<DrainResult> OutboxPusher::drain(
    const std::function<void(const DrainProgress&)>& progress, const std::atomic<bool>& stopping) {
  if (auto ready = prepare(); !ready) return ready.error();
  if (auto greeted = greet(); !greeted) return greeted.error();
  const auto reported = sendReport();
  if (!reported) return reported.error();
  const auto start = std::chrono::steady_clock::now();
  const BlobCounts blobsBefore = m_blobCounts;
  DrainResult result;
  result.auditSeqReported = *reported;
  DrainProgress report;
  bool recovered = false;  // one gap recovery per drain: a second gap is an error
  while (!stopping) {
    auto batch = nextBatch();
    if (!batch) {
      disconnect();
      return batch.error();
    }
    if (batch->empty()) break;
    const auto acknowledged = pushBatch(std::move(*batch));
    if (!acknowledged && !recovered && isGap(acknowledged.error())) {
      auto resent = recoverGap(acknowledged.error());
      if (!resent) return resent.error();
      result.resent += *resent;
      recovered = true;
      continue;
    }
    if (!acknowledged) return acknowledged.error();
    auto left = storage::Outbox::countUnsent(*m_db);
    if (!left) return left.error();
    result.pushed += acknowledged->marked;
    ++result.batches;
    report.highWater = acknowledged->highWater;
    report.left = *left;
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    report.pushed = result.pushed;
    report.entriesPerSecond = seconds > 0 ? static_cast<double>(result.pushed) / seconds : 0;
    if (progress) progress(report);
  }
  auto left = storage::Outbox::countUnsent(*m_db);
  if (!left) return left.error();
  result.left = *left;
  const auto dropped = storage::BlobStore(*m_db).dropReadableSentBefore(
      std::chrono::system_clock::now() - m_options.keepSentBlobs);
  if (!dropped) return dropped.error();
  result.blobsUploaded = m_blobCounts.uploaded - blobsBefore.uploaded;
  result.blobBytesSent = m_blobCounts.bytesSent - blobsBefore.bytesSent;
  return result;
}

}  // namespace mws::sync::client::detail
