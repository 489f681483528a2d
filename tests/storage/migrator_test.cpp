#include <boost/test/unit_test.hpp>
#include <soci/soci.h>
#include <stdlib.h>

#include <filesystem>

#include "mws/storage/migrator.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;

BOOST_AUTO_TEST_SUITE(migrations)

BOOST_AUTO_TEST_CASE(fresh_database_gets_every_migration_then_nothing_more) {
  auto& cluster = test::PgTestCluster::instance();
  cluster.cluster().createDatabase("fresh");
  auto db = storage::Database::connect(cluster.cluster().dsn("fresh"));
  BOOST_REQUIRE(db.ok());
  storage::Migrator migrator(**db);

  auto before = migrator.status();
  BOOST_REQUIRE(before.ok());
  for (const auto& state : *before) BOOST_TEST(!state.applied);

  auto first = migrator.migrate();
  if (!first.ok()) BOOST_FAIL(first.error().detail);
  BOOST_TEST(first->size() == storage::migrations().size());

  auto second = migrator.migrate();
  BOOST_REQUIRE(second.ok());
  BOOST_TEST(second->empty());

  int rows = 0;
  (*db)->session() << "SELECT count(*) FROM schema_migrations", soci::into(rows);
  BOOST_TEST(rows == static_cast<int>(storage::migrations().size()));
  db->reset();
  cluster.dropDatabase("fresh");
}

BOOST_FIXTURE_TEST_CASE(a_changed_migration_is_reported_not_rerun, test::DbFixture) {
  std::vector<storage::Migration> edited(storage::migrations().begin(),
                                         storage::migrations().end());
  edited.front().sql = "CREATE TABLE something_else(id int);";
  storage::Migrator migrator(database(), edited);
  auto result = migrator.migrate();
  BOOST_REQUIRE(!result.ok());
  BOOST_TEST(result.error().code == "db.migration_changed");
  BOOST_TEST(result.error().params.at("version") == "1");
}

BOOST_FIXTURE_TEST_CASE(a_failing_migration_leaves_nothing_behind, test::DbFixture) {
  std::vector<storage::Migration> extra(storage::migrations().begin(),
                                        storage::migrations().end());
  extra.push_back({9999, "broken", "CREATE TABLE half_done(id int); SELECT 1/0;"});
  storage::Migrator migrator(database(), extra);
  auto result = migrator.migrate();
  BOOST_REQUIRE(!result.ok());
  BOOST_TEST(result.error().code == "db.migration_failed");
  int tables = -1;
  database().session() << "SELECT count(*) FROM pg_tables WHERE tablename = 'half_done'",
      soci::into(tables);
  BOOST_TEST(tables == 0);
  int recorded = -1;
  database().session() << "SELECT count(*) FROM schema_migrations WHERE version = 9999",
      soci::into(recorded);
  BOOST_TEST(recorded == 0);
}

BOOST_AUTO_TEST_CASE(an_unreachable_server_is_one_clear_error) {
  auto db = storage::Database::connect("host=/nonexistent-mws-dir port=5432 dbname=x password=secret");
  BOOST_REQUIRE(!db.ok());
  BOOST_TEST(db.error().code == "db.unreachable");
  BOOST_TEST(db.error().detail.find('\n') == std::string::npos);
  BOOST_TEST(db.error().params.at("dsn").find("secret") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(passwords_are_removed_from_dsns) {
  BOOST_TEST(storage::redactDsn("host=h password=abc dbname=d") == "host=h password=*** dbname=d");
  BOOST_TEST(storage::redactDsn("postgresql://u:pw@h/d") == "postgresql://u:***@h/d");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(private_cluster)

BOOST_AUTO_TEST_CASE(a_cluster_is_made_once_started_on_demand_and_left_running_while_in_use) {
  // Under /tmp, open to the 'postgres' user the cluster runs as when the tests run as root.
  std::string base = (std::filesystem::temp_directory_path() / "mws-own-cluster-XXXXXX").string();
  BOOST_REQUIRE(mkdtemp(base.data()) != nullptr);
  std::filesystem::permissions(base, std::filesystem::perms(0755));
  const auto dir = std::filesystem::path(base) / "data";
  mws::storage::ClusterOptions options;
  options.dataDir = dir;
  options.durable = false;
  std::string dsn;
  std::unique_ptr<mws::storage::Database> other;
  {
    mws::storage::PrivateCluster cluster(options);
    BOOST_REQUIRE(cluster.ensureRunning().ok());
    BOOST_TEST(cluster.isRunning());
    dsn = cluster.dsn();
    auto connected = mws::storage::Database::connect(dsn);  // another program's connection
    BOOST_REQUIRE(connected.ok());
    other = std::move(*connected);
  }
  mws::storage::PrivateCluster again(options);
  BOOST_TEST(again.isRunning() == false);  // binDir unknown until ensureRunning
  BOOST_REQUIRE(again.ensureRunning().ok());
  BOOST_TEST(again.isRunning());  // it was left running for the other connection
  other.reset();
  BOOST_REQUIRE(again.stop().ok());
  BOOST_TEST(!again.isRunning());
  BOOST_REQUIRE(again.ensureRunning().ok());  // restarts the existing cluster, no initdb
  BOOST_TEST(again.isRunning());
  BOOST_REQUIRE(again.stop().ok());
  std::filesystem::remove_all(base);
}

BOOST_AUTO_TEST_SUITE_END()
