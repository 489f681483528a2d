// The audit chain head goes to the centre with every drain; a rewritten local history (the
// audit table edited, entries removed or replaced) is detected there: an explicit error,
// an alarm row at the centre, and nothing more is sent.

#include <boost/test/unit_test.hpp>

#include "mws/storage/audit_chain.hpp"
#include "secure_fixture.hpp"

namespace client = mws::sync::client;
namespace protocol = mws::sync::protocol;
using namespace mws::sync::test;

namespace {

struct AuditFixture : SecureCentralFixture {
  // `count` audit entries, as the workstation writes them (no personal data).
  void audit(int count, const std::string& action) {
    mws::core::User actor;
    actor.login = "officer.one";
    actor.unitCode = kUnit;
    soci::transaction tx(database().session());
    for (int i = 0; i < count; ++i) {
      mws::storage::AuditChain::append(
          database().session(),
          {std::chrono::system_clock::now(), actor, action, "case", randomUuid(), "{}"});
    }
    tx.commit();
  }
  // What someone with the database's password could do: cut the log back to `keep` entries.
  void truncateAuditTo(long long keep) {
    auto& sql = database().session();
    sql << "DELETE FROM audit_log WHERE seq > :k", soci::use(keep);
    sql << "UPDATE audit_head SET last_seq = :k, last_hash = coalesce((SELECT hash FROM audit_log"
           " WHERE seq = :k2), repeat('0', 64))",
        soci::use(keep), soci::use(keep);
  }
  std::string centralHeadHash(long long seq) const {
    auto centre = mws::storage::Database::connect(centralDb.dsn);
    BOOST_REQUIRE(centre.ok());
    std::string hash;
    (*centre)->session() << "SELECT hash FROM audit_heads WHERE seq = :s", soci::use(seq), soci::into(hash);
    return hash;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(audit_head, AuditFixture)

BOOST_AUTO_TEST_CASE(each_drain_reports_the_head_and_the_centre_keeps_it_per_origin) {
  audit(5, "case.submit");
  addCases(database(), 3, kUnit);
  client::SyncAgent agent(agentConfig());
  const auto first = agent.drainOnce();
  BOOST_REQUIRE_MESSAGE(first.ok(), detailOf(first));
  BOOST_TEST(first->auditSeqReported == 5);
  std::string localHash;
  database().session() << "SELECT hash FROM audit_log WHERE seq = 5", soci::into(localHash);
  BOOST_TEST(centralHeadHash(5) == localHash);
  audit(2, "case.open");
  const auto second = agent.drainOnce();  // an empty outbox still reports
  BOOST_REQUIRE_MESSAGE(second.ok(), detailOf(second));
  BOOST_TEST(second->auditSeqReported == 7);
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM audit_heads WHERE unit = 'UNIT-A'") == 2);
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM audit_alarms") == 0);
}

BOOST_AUTO_TEST_CASE(entries_replaced_at_a_seen_sequence_raise_an_alarm_and_stop_the_sync) {
  audit(6, "case.submit");
  client::SyncAgent agent(agentConfig());
  BOOST_REQUIRE(agent.drainOnce().ok());
  truncateAuditTo(3);
  audit(3, "case.approve");  // a different history up to the same sequence 6
  addCases(database(), 4, kUnit);
  const auto refused = agent.drainOnce();
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "sync.audit_rewritten");
  BOOST_TEST(refused.error().params.at("problem") == "hash_changed");
  BOOST_TEST(refused.error().params.at("seq") == "6");
  BOOST_TEST(agent.status().state == client::AgentState::Refused);
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM audit_alarms WHERE problem = 'hash_changed'"
                              " AND reported_seq = 6 AND known_seq = 6") == 1);
  BOOST_TEST(centralDb.entries() == 0);  // nothing sent behind a rewritten history
  BOOST_TEST(!agent.drainOnce().ok());   // a retry raises no second alarm
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM audit_alarms") == 1);

  // IT looks into it at the centre and accepts the history as it is now.
  const std::string centre = "--dsn=" + centralDb.dsn;
  const auto listed = runCentral({"alarms", centre});
  BOOST_TEST(listed.first == 0);
  BOOST_TEST(listed.second.find("UNIT-A/counter-1 hash_changed 6 6") != std::string::npos, listed.second);
  BOOST_TEST(listed.second.find("1 open audit alarm(s)") != std::string::npos, listed.second);
  const long long alarm = centralDb.scalar("SELECT id FROM audit_alarms");
  BOOST_TEST(runCentral({"alarms", centre, "--id=" + std::to_string(alarm)}).first == 65);  // no reason
  const auto resolved = runCentral({"alarms", centre, "--id=" + std::to_string(alarm),
                                    "--reason=restored by IT, ticket 4711"});
  BOOST_TEST(resolved.first == 0);
  BOOST_TEST(resolved.second == "alarm " + std::to_string(alarm) + " resolved\n");
  const auto drained = agent.drainOnce();
  BOOST_REQUIRE_MESSAGE(drained.ok(), detailOf(drained));
  BOOST_TEST(centralDb.entries() == 4);
  BOOST_TEST(runCentral({"alarms", centre}).second == "0 open audit alarm(s)\n");
}

BOOST_AUTO_TEST_CASE(entries_removed_from_the_end_are_a_decreasing_sequence) {
  audit(8, "case.submit");
  client::SyncAgent agent(agentConfig());
  BOOST_REQUIRE(agent.drainOnce().ok());
  truncateAuditTo(5);
  const auto refused = agent.drainOnce();
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "sync.audit_rewritten");
  BOOST_TEST(refused.error().params.at("problem") == "sequence_decreased");
  BOOST_TEST(refused.error().params.at("known_seq") == "8");
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM audit_alarms WHERE problem = 'sequence_decreased'") == 1);
}

BOOST_AUTO_TEST_CASE(a_history_rewritten_and_extended_past_the_last_head_is_caught_by_the_check) {
  audit(6, "case.submit");
  {
    client::SyncAgent agent(agentConfig());
    BOOST_REQUIRE(agent.drainOnce().ok());
  }
  truncateAuditTo(2);
  audit(9, "case.approve");  // head 11, beyond the 6 the centre saw, but not extending it
  client::SyncAgent restarted(agentConfig());  // a new process: asked for the check first
  const auto refused = restarted.drainOnce();
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "sync.audit_rewritten");
  BOOST_TEST(refused.error().params.at("problem") == "hash_changed");
  BOOST_TEST(refused.error().params.at("known_seq") == "6");
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM audit_alarms WHERE reported_seq = 6") == 1);
}

BOOST_AUTO_TEST_CASE(an_honest_log_growing_between_agents_passes_the_check) {
  audit(3, "case.submit");
  BOOST_REQUIRE(client::SyncAgent(agentConfig()).drainOnce().ok());
  audit(4, "case.open");
  client::SyncAgent next(agentConfig());
  const auto drained = next.drainOnce();
  BOOST_REQUIRE_MESSAGE(drained.ok(), detailOf(drained));
  BOOST_TEST(drained->auditSeqReported == 7);
  audit(1, "case.open");
  BOOST_REQUIRE(next.drainOnce().ok());  // the same agent sends the check at once
  BOOST_TEST(centralDb.scalar("SELECT max(seq) FROM audit_heads") == 8);
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM audit_alarms") == 0);
}

BOOST_AUTO_TEST_CASE(the_queue_load_goes_up_with_the_report) {
  auto options = agentConfig();
  options.queueLoad = [] {
    return std::vector<protocol::QueueLoad>{{"VISA_EXT", 7}, {"STAY_REG", 0}, {"ID_CARD", 12}};
  };
  BOOST_REQUIRE(client::SyncAgent(options).drainOnce().ok());
  BOOST_TEST(centralDb.scalar("SELECT waiting FROM queue_load WHERE unit = 'UNIT-A' AND service = 'VISA_EXT'") == 7);
  BOOST_TEST(centralDb.scalar("SELECT waiting FROM queue_load WHERE unit = 'UNIT-A' AND service = 'ID_CARD'") == 12);
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM queue_load") == 3);
  options.queueLoad = [] { return std::vector<protocol::QueueLoad>{{"VISA_EXT", 2}}; };
  BOOST_REQUIRE(client::SyncAgent(options).drainOnce().ok());
  BOOST_TEST(centralDb.scalar("SELECT waiting FROM queue_load WHERE service = 'VISA_EXT'") == 2);
}

BOOST_AUTO_TEST_CASE(without_a_callback_the_queue_load_is_counted_from_todays_waiting_tickets) {
  auto& sql = database().session();
  sql << "INSERT INTO units(code, name) VALUES ('UNIT-A', 'Unit A') ON CONFLICT DO NOTHING";
  for (const std::string service : {"VISA_EXT", "STAY_REG"}) {
    // A named string: SOCI binds by reference and runs the statement after a temporary died.
    sql << "INSERT INTO service_catalogue(service, effective_from) VALUES (:s, '2026-01-01')"
           " ON CONFLICT DO NOTHING", soci::use(service);
  }
  // Three waiting and one called for VISA_EXT today, one waiting for STAY_REG, and one
  // left waiting yesterday (not counted).
  sql << "INSERT INTO queue_tickets(unit_code, service, day, number, state, called_at, counter)"
         " VALUES ('UNIT-A', 'VISA_EXT', current_date, 1, 'waiting', NULL, ''),"
         " ('UNIT-A', 'VISA_EXT', current_date, 2, 'waiting', NULL, ''),"
         " ('UNIT-A', 'VISA_EXT', current_date, 3, 'waiting', NULL, ''),"
         " ('UNIT-A', 'VISA_EXT', current_date, 4, 'called', now(), 'counter-1'),"
         " ('UNIT-A', 'STAY_REG', current_date, 1, 'waiting', NULL, ''),"
         " ('UNIT-A', 'STAY_REG', current_date - 1, 1, 'waiting', NULL, '')";
  BOOST_REQUIRE(client::SyncAgent(agentConfig()).drainOnce().ok());
  BOOST_TEST(centralDb.scalar("SELECT waiting FROM queue_load WHERE unit = 'UNIT-A' AND service = 'VISA_EXT'") == 3);
  BOOST_TEST(centralDb.scalar("SELECT waiting FROM queue_load WHERE unit = 'UNIT-A' AND service = 'STAY_REG'") == 1);
}

BOOST_AUTO_TEST_SUITE_END()
