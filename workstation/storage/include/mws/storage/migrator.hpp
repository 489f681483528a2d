#pragma once
#include <string>
#include <vector>

#include "mws/core/result.hpp"
#include "mws/storage/database.hpp"
#include "mws/storage/migrations.hpp"

namespace mws::storage {

struct MigrationState {
  int version = 0;
  std::string name;
  bool applied = false;
  std::string appliedAt;  // ISO 8601, empty when pending
};

// Applies the compiled-in migrations in order, each in its own transaction, under an
// advisory lock so two counters starting at once do not race. A migration already applied
// whose text changed since is reported ("db.migration_changed"), never re-run.
class Migrator {
public:
  explicit Migrator(Database& db, const std::vector<Migration>& all = migrations());

  // Returns the versions applied by this call (empty when the schema was up to date).
  core::Result<std::vector<int>> migrate();
  core::Result<std::vector<MigrationState>> status();

private:
  core::Status ensureBookkeeping();
  core::Status apply(const Migration& migration);
  core::Status checkApplied();

  Database& m_db;
  const std::vector<Migration>& m_all;
};

}  // namespace mws::storage
