// recordDecision and publishReference: one connection, the centre's migrations, one write.

#include "mws/sync/central/central_admin.hpp"

#include <soci/soci.h>

#include <functional>
#include <memory>

#include "central_changes.hpp"
#include "central_schema.hpp"
#include "seal_key.hpp"
#include "mws/storage/database.hpp"
#include "mws/storage/migrator.hpp"
#include "mws/sync/central/central_server.hpp"

namespace mws::sync::central {

namespace {

using Write = std::function<core::Result<std::int64_t>(soci::session&)>;

core::Result<std::int64_t> writeTo(const std::string& dsn, const Write& write) {
  auto db = storage::Database::connect(dsn);
  if (!db) return core::makeError(std::string(codes::kDbFailed), db.error().detail);
  storage::Migrator migrator(**db, detail::centralMigrations());
  if (auto migrated = migrator.migrate(); !migrated) {
    return core::makeError(std::string(codes::kDbFailed), migrated.error().code);
  }
  try {
    return write((*db)->session());
  } catch (const std::exception& e) {
    return core::makeError(std::string(codes::kDbFailed), storage::oneLine(e.what()));
  }
}

}  // namespace

core::Result<std::int64_t> recordDecision(const std::string& dsn, const CentralDecision& decision) {
  return writeTo(dsn, [&](soci::session& sql) { return detail::recordDecisionIn(sql, decision); });
}

core::Result<std::int64_t> publishReference(const std::string& dsn, const ReferenceRow& row) {
  return writeTo(dsn, [&](soci::session& sql) { return detail::publishReferenceIn(sql, row); });
}

core::Result<std::int64_t> publishPerson(const std::string& dsn, const CentralPerson& person) {
  return writeTo(dsn, [&](soci::session& sql) { return detail::publishPersonIn(sql, person); });
}

core::Result<std::int64_t> publishOverstay(const std::string& dsn, const OverstayEntry& entry) {
  return writeTo(dsn, [&](soci::session& sql) { return detail::publishOverstayIn(sql, entry); });
}

core::Status assignDistrict(const std::string& dsn, const std::string& unit,
                            const std::string& district) {
  const auto done = writeTo(dsn, [&](soci::session& sql) -> core::Result<std::int64_t> {
    sql << "INSERT INTO unit_districts(unit, district) VALUES (:u, :d) ON CONFLICT (unit)"
           " DO UPDATE SET district = excluded.district",
        soci::use(unit), soci::use(district);
    return 1;
  });
  if (!done) return done.error();
  return core::success();
}

core::Result<std::vector<std::string>> openAuditAlarms(const std::string& dsn) {
  std::vector<std::string> lines;
  auto listed = writeTo(dsn, [&](soci::session& sql) -> core::Result<std::int64_t> {
    soci::rowset<std::string> rows = (sql.prepare
        << "SELECT id || ' ' || unit || '/' || source || ' ' || problem || ' ' || reported_seq"
           " || ' ' || known_seq || ' ' || to_char(raised_at AT TIME ZONE 'UTC',"
           " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM audit_alarms WHERE resolved_at IS NULL ORDER BY id");
    for (const auto& line : rows) lines.push_back(line);
    return static_cast<std::int64_t>(lines.size());
  });
  if (!listed) return listed.error();
  return lines;
}

core::Result<std::int64_t> resolveAuditAlarm(const std::string& dsn, std::int64_t id,
                                             const std::string& resolution) {
  if (resolution.find_first_not_of(" \t\r\n") == std::string::npos) {
    return core::makeError("central.bad_resolution", "say how the alarm was resolved")
        .with("field", "reason");
  }
  return writeTo(dsn, [&](soci::session& sql) -> core::Result<std::int64_t> {
    soci::transaction tx(sql);
    long long alarm = id;
    std::string unit;
    std::string source;
    sql << "UPDATE audit_alarms SET resolved_at = now(), resolution = :r WHERE id = :i"
           " AND resolved_at IS NULL RETURNING unit, source",
        soci::use(resolution), soci::use(alarm), soci::into(unit), soci::into(source);
    if (!sql.got_data()) {
      return core::makeError("central.alarm_unknown", "no open audit alarm with this id")
          .with("id", std::to_string(id));
    }
    sql << "DELETE FROM audit_heads WHERE unit = :u AND source = :s", soci::use(unit),
        soci::use(source);
    tx.commit();
    return static_cast<std::int64_t>(alarm);
  });
}

core::Result<std::string> openBlob(const std::string& dsn, const std::string& sha256) {
  std::string plain;
  auto opened = writeTo(dsn, [&](soci::session& sql) -> core::Result<std::int64_t> {
    const detail::SealKey key = detail::loadOrCreateSealKey(sql);
    std::string hex;
    soci::indicator ind = soci::i_null;
    sql << "SELECT encode(data, 'hex') FROM blobs WHERE sha256 = :h", soci::use(sha256),
        soci::into(hex, ind);
    if (!sql.got_data() || ind != soci::i_ok) {
      return core::makeError("central.blob_unknown", "the centre holds no such blob")
          .with("sha256", sha256);
    }
    auto box = key.open(detail::fromHex(hex));
    if (!box || detail::sha256Hex(*box) != sha256) {
      return core::makeError("central.blob_corrupt", "the blob does not open to its name")
          .with("sha256", sha256);
    }
    plain = std::move(*box);
    return static_cast<std::int64_t>(plain.size());
  });
  if (!opened) return opened.error();
  return plain;
}

}  // namespace mws::sync::central
