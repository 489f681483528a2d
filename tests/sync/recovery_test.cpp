// Recovery at the centre's end: the centre restarted (its process killed with SIGKILL)
// while batches are in flight, and a centre restored from an older backup (push.gap).
// Each ends with the centre holding every case exactly once and the outbox empty.

#include <Poco/Process.h>
#include <signal.h>

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "secure_fixture.hpp"

namespace client = mws::sync::client;
namespace protocol = mws::sync::protocol;
using namespace mws::sync::test;
using namespace std::chrono_literals;

namespace {

// mws-central as a child process on a fixed port, logging to a file (a pipe nobody reads
// would fill up and stall it).
class CentralProcess {
 public:
  CentralProcess(const Pki& pki, const std::string& dsn, std::uint16_t port) {
    const auto config = pki.dir / "central.properties";
    const auto files = pki.serverFiles();
    std::ofstream(config) << "central.bind = 127.0.0.1\ncentral.port = " << port
                          << "\ncentral.dsn = " << dsn << "\ncentral.tls_cert = " << files.certificateFile
                          << "\ncentral.tls_key = " << files.privateKeyFile
                          << "\ncentral.tls_ca = " << files.caFile
                          << "\nlogging.loggers.root.channel = file"
                             "\nlogging.loggers.root.level = warning"
                             "\nlogging.channels.file.class = FileChannel"
                             "\nlogging.channels.file.path = "
                          << (pki.dir / "central.log").string() << "\n";
    m_handle.emplace(Poco::Process::launch(MWS_CENTRAL_EXE, {"--config=" + config.string()}));
  }
  ~CentralProcess() { kill(); }
  void kill() {
    if (m_handle && Poco::Process::isRunning(*m_handle)) {
      Poco::Process::kill(*m_handle);  // SIGKILL: no clean shutdown, transactions cut
      m_handle->wait();
    }
    m_handle.reset();
  }

 private:
  std::optional<Poco::ProcessHandle> m_handle;
};

struct RecoveryFixture : SecureCentralFixture {
  // The centre as restored from a backup taken when it held this origin up to `keep`.
  void restoreCentreTo(long long keep) {
    auto centre = mws::storage::Database::connect(centralDb.dsn);
    BOOST_REQUIRE(centre.ok());
    auto& sql = (*centre)->session();
    soci::transaction tx(sql);
    sql << "DELETE FROM cases c WHERE NOT EXISTS (SELECT 1 FROM received_entries e"
           " WHERE e.entity_id = c.id::text AND e.seq <= :k)", soci::use(keep);
    sql << "DELETE FROM received_entries WHERE seq > :k", soci::use(keep);
    sql << "UPDATE origins SET high_water = :k", soci::use(keep);
    tx.commit();
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(recovery, RecoveryFixture)

BOOST_AUTO_TEST_CASE(the_centre_process_killed_mid_batch_three_times_loses_and_duplicates_nothing) {
  server.reset();  // this test's centre is the real executable
  constexpr int kCases = 1500;
  addCases(database(), kCases, kUnit);
  auto options = agentConfig();
  options.batchEntries = 25;
  client::SyncAgent agent(options);
  auto central = std::make_unique<CentralProcess>(pki, centralDb.dsn, port);
  agent.start();
  int killsWhileSyncing = 0;
  for (long long threshold : {150, 500, 900}) {
    BOOST_REQUIRE(waitUntil([&] { return centralDb.entries() >= threshold; }, 30000ms));
    if (agent.status().state == client::AgentState::Syncing) ++killsWhileSyncing;
    central->kill();
    std::this_thread::sleep_for(300ms);
    central = std::make_unique<CentralProcess>(pki, centralDb.dsn, port);
  }
  BOOST_REQUIRE(waitUntil([&] { return agent.status().state == client::AgentState::InSync; }, 60000ms));
  agent.stop();
  BOOST_TEST_MESSAGE(killsWhileSyncing << " of 3 kills while the agent was sending");
  BOOST_TEST(killsWhileSyncing > 0);
  requireExactlyOnce(kCases);
}

BOOST_AUTO_TEST_CASE(a_centre_restored_from_an_older_backup_gets_the_lost_entries_again) {
  addCases(database(), 100, kUnit);
  client::SyncAgent agent(agentConfig());
  BOOST_REQUIRE(agent.drainOnce().ok());
  requireExactlyOnce(100);
  restoreCentreTo(40);
  BOOST_REQUIRE(centralDb.entries() == 40);
  addCases(database(), 10, kUnit);
  const auto drained = agent.drainOnce();
  BOOST_REQUIRE_MESSAGE(drained.ok(), detailOf(drained));
  BOOST_TEST(drained->resent == 60);
  BOOST_TEST(drained->pushed == 70);
  BOOST_TEST(agent.status().entriesResent == 60);
  requireExactlyOnce(110);
}

BOOST_AUTO_TEST_CASE(a_gap_the_outbox_cannot_fill_is_an_explicit_error_and_sends_nothing) {
  addCases(database(), 30, kUnit);
  client::SyncAgent agent(agentConfig());
  BOOST_REQUIRE(agent.drainOnce().ok());
  restoreCentreTo(10);
  database().session() << "DELETE FROM outbox WHERE seq <= 20";  // pruned by hand
  addCases(database(), 5, kUnit);
  const auto drained = agent.drainOnce();
  BOOST_REQUIRE(!drained.ok());
  BOOST_TEST(drained.error().code == "sync.gap_unrecoverable");
  BOOST_TEST(drained.error().params.at("high_water") == "10");
  BOOST_TEST(drained.error().params.at("first_held") == "21");
  BOOST_TEST(centralDb.entries() == 10);
  BOOST_TEST(agent.status().state == client::AgentState::Refused);
}

BOOST_AUTO_TEST_SUITE_END()
