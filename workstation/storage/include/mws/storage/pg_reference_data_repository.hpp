#pragma once
#include "mws/core/domain/ports/reference_data_repository.hpp"
#include "mws/storage/database.hpp"

namespace mws::storage {

// The reference tables: service catalogue, fee table, BCU values and countries.
class PgReferenceDataRepository : public core::ReferenceDataRepository {
public:
  explicit PgReferenceDataRepository(Database& db) : m_db(db) {}
  core::Result<core::ReferenceData> load() override;

  // Writes `data`'s services, fees and BCU values where the tables lack them (a fresh
  // database gets the core's defaults; rows synced from the centre are left alone).
  core::Status seed(const core::ReferenceData& data);

private:
  Database& m_db;
};

// Applies the pending migrations and seeds the reference data: what `mws db migrate`, the
// workstation and the test fixture run.
core::Result<std::vector<int>> migrateAndSeed(Database& db);

}  // namespace mws::storage
