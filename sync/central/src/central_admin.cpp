// recordDecision and publishReference: one connection, the centre's migrations, one write.

#include "mws/sync/central/central_admin.hpp"

#include <functional>
#include <memory>

#include "central_changes.hpp"
#include "central_schema.hpp"
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

}  // namespace mws::sync::central
