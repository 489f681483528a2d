#include "mws/storage/migrator.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <soci/soci.h>

#include <map>

namespace mws::storage {
namespace {

constexpr long long kMigrationLockKey = 0x6d77735f6d6967;  // "mws_mig"

std::string checksum(std::string_view sql) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(sql.data(), static_cast<unsigned>(sql.size()));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

std::map<int, std::string> appliedChecksums(soci::session& sql) {
  std::map<int, std::string> applied;
  soci::rowset<soci::row> rows = sql.prepare << "SELECT version, checksum FROM schema_migrations";
  for (const auto& row : rows) applied[row.get<int>(0)] = row.get<std::string>(1);
  return applied;
}

std::vector<MigrationState> pendingStates(const std::vector<Migration>& all,
                                         const std::map<int, std::string>& when) {
  std::vector<MigrationState> states;
  for (const auto& migration : all) {
    auto it = when.find(migration.version);
    states.push_back({migration.version, std::string(migration.name), it != when.end(),
                      it != when.end() ? it->second : std::string()});
  }
  return states;
}

}  // namespace

Migrator::Migrator(Database& db, const std::vector<Migration>& all) : m_db(db), m_all(all) {}

core::Status Migrator::ensureBookkeeping() {
  return m_db.executeScript(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,"
      " applied_at timestamptz NOT NULL DEFAULT now())");
}

core::Status Migrator::checkApplied() {
  auto applied = appliedChecksums(m_db.session());
  for (const auto& migration : m_all) {
    auto it = applied.find(migration.version);
    if (it != applied.end() && it->second != checksum(migration.sql)) {
      return core::makeError("db.migration_changed")
          .with("version", std::to_string(migration.version))
          .with("name", std::string(migration.name));
    }
  }
  return core::success();
}

core::Status Migrator::apply(const Migration& migration) {
  auto& sql = m_db.session();
  soci::transaction tx(sql);
  int already = 0;
  sql << "SELECT count(*) FROM schema_migrations WHERE version = :v", soci::use(migration.version),
      soci::into(already);
  if (already > 0) return core::success();  // another process applied it meanwhile
  if (auto run = m_db.executeScript(std::string(migration.sql)); !run) {
    return core::makeError("db.migration_failed", run.error().detail)
        .with("version", std::to_string(migration.version))
        .with("name", std::string(migration.name));
  }
  std::string name(migration.name);
  std::string sum = checksum(migration.sql);
  sql << "INSERT INTO schema_migrations(version, name, checksum) VALUES (:v, :n, :c)",
      soci::use(migration.version), soci::use(name), soci::use(sum);
  tx.commit();
  return core::success();
}

core::Result<std::vector<int>> Migrator::migrate() {
  try {
    auto& sql = m_db.session();
    sql << "SELECT pg_advisory_lock(" << kMigrationLockKey << ")";
    struct Unlock {
      soci::session& s;
      ~Unlock() {
        try { s << "SELECT pg_advisory_unlock(" << kMigrationLockKey << ")"; } catch (...) {}
      }
    } unlock{sql};
    if (auto ok = ensureBookkeeping(); !ok) return ok.error();
    if (auto ok = checkApplied(); !ok) return ok.error();
    auto applied = appliedChecksums(sql);
    std::vector<int> done;
    for (const auto& migration : m_all) {
      if (applied.count(migration.version)) continue;
      if (auto ok = apply(migration); !ok) return ok.error();
      done.push_back(migration.version);
    }
    return done;
  } catch (const std::exception& e) {
    return databaseError("db.migration_failed", e);
  }
}

core::Result<std::vector<MigrationState>> Migrator::status() {
  try {
    auto& sql = m_db.session();
    std::map<int, std::string> when;
    int exists = 0;
    sql << "SELECT count(*) FROM pg_tables WHERE tablename = 'schema_migrations'",
        soci::into(exists);
    if (exists == 0) return pendingStates(m_all, when);
    soci::rowset<soci::row> rows = sql.prepare
        << "SELECT version, to_char(applied_at AT TIME ZONE 'UTC', "
           "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM schema_migrations";
    for (const auto& row : rows) when[row.get<int>(0)] = row.get<std::string>(1);
    return pendingStates(m_all, when);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

}  // namespace mws::storage
