#include "mws/test/pg_cluster.hpp"

#include <stdlib.h>
#include <sys/stat.h>

#include <cstdlib>
#include <stdexcept>

#include "mws/storage/pg_reference_data_repository.hpp"

namespace fs = std::filesystem;

namespace mws::test {
namespace {

[[noreturn]] void fail(const std::string& what, const core::Error& error) {
  throw std::runtime_error("PostgreSQL test cluster: " + what + ": " + error.code + ": " +
                           error.detail);
}

fs::path makeTempBase() {
  std::string pattern = (fs::temp_directory_path() / "mws-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot make a temporary directory");
  chmod(pattern.c_str(), 0755);  // the 'postgres' user must reach its data directory
  return pattern;
}

}  // namespace

PgTestCluster& PgTestCluster::instance() {
  static PgTestCluster cluster;
  return cluster;
}

PgTestCluster::PgTestCluster() : m_base(makeTempBase()) {
  storage::ClusterOptions options;
  options.dataDir = m_base / "data";
  options.durable = false;
  m_cluster = std::make_unique<storage::PrivateCluster>(options);
  if (auto ok = m_cluster->ensureRunning(); !ok) fail("cannot start", ok.error());
  if (auto ok = m_cluster->createDatabase(kTemplate); !ok) fail("cannot create template", ok.error());
  auto db = storage::Database::connect(m_cluster->dsn(kTemplate));
  if (!db) fail("cannot connect", db.error());
  if (auto ok = storage::migrateAndSeed(**db); !ok) fail("migrations failed", ok.error());
}

PgTestCluster::~PgTestCluster() {
  m_cluster->stop();
  m_cluster.reset();
  std::error_code ec;
  fs::remove_all(m_base, ec);
}

std::string PgTestCluster::createDatabase() {
  std::string name = "test_" + std::to_string(++m_counter);
  if (auto ok = m_cluster->createDatabase(name, kTemplate); !ok) fail("cannot create " + name, ok.error());
  return name;
}

void PgTestCluster::dropDatabase(const std::string& name) { m_cluster->dropDatabase(name); }

DbFixture::DbFixture() {
  auto& cluster = PgTestCluster::instance();
  name = cluster.createDatabase();
  dsn = cluster.cluster().dsn(name);
  auto connected = storage::Database::connect(dsn);
  if (!connected) fail("cannot connect to " + name, connected.error());
  db = std::move(*connected);
}

DbFixture::~DbFixture() {
  db.reset();
  PgTestCluster::instance().dropDatabase(name);
}

fs::path outputDir() {
  const char* env = std::getenv("MWS_TEST_OUTPUT");
  fs::path dir = env && *env ? fs::path(env) : fs::temp_directory_path() / "mws-test-output";
  fs::create_directories(dir);
  return dir;
}

}  // namespace mws::test
