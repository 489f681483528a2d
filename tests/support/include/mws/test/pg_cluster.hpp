#pragma once
#include <filesystem>
#include <memory>
#include <string>

#include "mws/storage/database.hpp"
#include "mws/storage/private_cluster.hpp"

namespace mws::test {

// One throwaway PostgreSQL cluster per test process: initdb + pg_ctl on a Unix socket in
// a temporary directory (run as the 'postgres' user when the tests run as root), the
// migrations applied once to a template database, everything removed at exit.
// Missing PostgreSQL programs make the test fail loudly; nothing is skipped.
class PgTestCluster {
public:
  static PgTestCluster& instance();
  ~PgTestCluster();

  storage::PrivateCluster& cluster() { return *m_cluster; }
  // A new database, a copy of the migrated template.
  std::string createDatabase();
  void dropDatabase(const std::string& name);

  static constexpr const char* kTemplate = "mws_template";

private:
  PgTestCluster();
  std::filesystem::path m_base;
  std::unique_ptr<storage::PrivateCluster> m_cluster;
  int m_counter = 0;
};

// Boost.Test fixture: each test case gets its own freshly migrated database.
struct DbFixture {
  DbFixture();
  ~DbFixture();
  storage::Database& database() { return *db; }

  std::string name;
  std::string dsn;
  std::unique_ptr<storage::Database> db;
};

// The per-test output directory (MWS_TEST_OUTPUT, created on demand).
std::filesystem::path outputDir();

}  // namespace mws::test
