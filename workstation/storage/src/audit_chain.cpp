#include "mws/storage/audit_chain.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <soci/soci.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <ctime>
#include <mutex>

namespace mws::storage {
namespace {

constexpr char kSeparator = '\x1f';
const std::string kGenesis(64, '0');

std::string canonicalFields(const std::string& actorId, const std::string& login,
                            const std::string& unit, const std::string& machine,
                            const std::string& action, const std::string& entity,
                            const std::string& entityId, const std::string& details) {
  std::string out;
  for (const std::string* part : {&actorId, &login, &unit, &machine, &action, &entity, &entityId, &details}) {
    out += *part;
    out += kSeparator;
  }
  return out;
}

}  // namespace

static std::mutex& counterMutex() {
  static std::mutex mutex;
  return mutex;
}

static std::string& counterName() {
  static std::string name;
  return name;
}

void setAuditCounter(const std::string& counter) {
  std::lock_guard<std::mutex> lock(counterMutex());
  counterName() = counter;
}

std::string machineName() {
  std::array<char, 256> name{};
  std::string host = gethostname(name.data(), name.size() - 1) == 0 ? name.data() : "unknown";
  std::lock_guard<std::mutex> lock(counterMutex());
  return counterName().empty() ? host : host + "/" + counterName();
}

std::string isoMicros(std::chrono::system_clock::time_point at) {
  using namespace std::chrono;
  auto micros = duration_cast<microseconds>(at.time_since_epoch()).count();
  std::time_t seconds = static_cast<std::time_t>(micros / 1000000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[96];
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%06lldZ", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                static_cast<long long>(micros % 1000000));
  return text;
}

std::string AuditChain::hashOf(const std::string& previousHash, std::int64_t seq,
                               const std::string& at, const std::string& fields) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  std::string text = previousHash + kSeparator + std::to_string(seq) + kSeparator + at +
                     kSeparator + fields;
  engine.update(text.data(), static_cast<unsigned>(text.size()));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

void AuditChain::append(soci::session& sql, const AuditEntry& entry) {
  long long lastSeq = 0;
  std::string lastHash;
  sql << "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE",
      soci::into(lastSeq), soci::into(lastHash);
  const long long seq = lastSeq + 1;
  const std::string at = isoMicros(entry.at);
  const std::string actorId = entry.actor.id ? std::to_string(entry.actor.id) : std::string();
  const std::string machine = machineName();
  const std::string hash = hashOf(
      lastHash, seq, at,
      canonicalFields(actorId, entry.actor.login, entry.actor.unitCode, machine, entry.action,
                      entry.entity, entry.entityId, entry.details));
  soci::indicator actorIndicator = entry.actor.id ? soci::i_ok : soci::i_null;
  long long actor = entry.actor.id;
  sql << "INSERT INTO audit_log(seq, at, actor_id, actor_login, unit_code, machine, action,"
         " entity, entity_id, details, prev_hash, hash) VALUES (:seq, :at::timestamptz, :aid,"
         " :login, :unit, :machine, :action, :entity, :eid, :details, :prev, :hash)",
      soci::use(seq), soci::use(at), soci::use(actor, actorIndicator),
      soci::use(entry.actor.login), soci::use(entry.actor.unitCode), soci::use(machine),
      soci::use(entry.action), soci::use(entry.entity), soci::use(entry.entityId),
      soci::use(entry.details), soci::use(lastHash), soci::use(hash);
  sql << "UPDATE audit_head SET last_seq = :s, last_hash = :h WHERE id = 1", soci::use(seq),
      soci::use(hash);
}

core::Result<AuditVerification> AuditChain::verify(Database& db) {
  try {
    AuditVerification report;
    std::string previous = kGenesis;
    long long expectedSeq = 1;
    soci::rowset<soci::row> rows = db.session().prepare
        << "SELECT seq, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),"
           " coalesce(actor_id::text, ''), actor_login, unit_code, machine, action, entity,"
           " entity_id, details, prev_hash, hash FROM audit_log ORDER BY seq";
    for (const auto& r : rows) {
      const long long seq = r.get<long long>(0);
      const std::string fields = canonicalFields(r.get<std::string>(2), r.get<std::string>(3),
          r.get<std::string>(4), r.get<std::string>(5), r.get<std::string>(6),
          r.get<std::string>(7), r.get<std::string>(8), r.get<std::string>(9));
      const char* problem = seq != expectedSeq ? "gap"
                            : r.get<std::string>(10) != previous ? "link"
                            : hashOf(previous, seq, r.get<std::string>(1), fields) != r.get<std::string>(11) ? "hash"
                            : nullptr;
      if (problem) {
        report.firstBroken = seq;
        report.problem = problem;
        return report;
      }
      previous = r.get<std::string>(11);
      ++expectedSeq;
      ++report.entries;
    }
    long long headSeq = 0;
    std::string headHash;
    db.session() << "SELECT last_seq, last_hash FROM audit_head WHERE id = 1", soci::into(headSeq),
        soci::into(headHash);
    if (headSeq != report.entries || headHash != previous) {
      report.firstBroken = report.entries + 1;  // the newest entries were removed
      report.problem = "head";
    }
    return report;
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

}  // namespace mws::storage
