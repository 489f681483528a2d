// "A central decision syncs down": a case pushed by the unit's agent, decided at the centre,
// pulled and applied — state, history, outbox and audit — once; reference rows arrive with
// their version; a decision on a case that moved here meanwhile waits for a supervisor.

#include <soci/soci.h>

#include <boost/test/unit_test.hpp>

#include "mws/storage/audit_chain.hpp"
#include "mws/sync/central/central_admin.hpp"
#include "sync_fixture.hpp"

namespace client = mws::sync::client;
namespace central = mws::sync::central;
using namespace mws::sync::test;

namespace {

constexpr const char* kUnit = "UNIT-A";

struct PullAgentFixture : mws::test::DbFixture {
  PullAgentFixture() : server(secure()) {
    const auto started = server.start();
    BOOST_REQUIRE_MESSAGE(started.ok(), (started.ok() ? "" : started.error().detail));
  }
  central::ServerOptions secure() const {
    auto options = centralOptions(centralDb.dsn);
    options.tls = pki.serverFiles();
    return options;
  }
  client::AgentOptions config() const {
    auto options = agentOptions(dsn, "https://127.0.0.1:" + std::to_string(server.port()), kUnit);
    options.client = pki.clientFor(kUnit);
    options.pullLimit = 2;  // several pages even for a few changes
    return options;
  }
  client::DrainResult drain(client::SyncAgent& agent) {
    const auto drained = agent.drainOnce();
    BOOST_REQUIRE_MESSAGE(drained.ok(), (drained.ok() ? "" : drained.error().code + ": " +
                                                                 drained.error().detail));
    return *drained;
  }
  long long count(const std::string& query) {
    long long n = -1;
    database().session() << query, soci::into(n);
    return n;
  }
  std::string text(const std::string& query) {
    std::string value;
    database().session() << query, soci::into(value);
    return value;
  }
  // A case of kUnit opened and submitted by an officer (version 2), with its outbox entry.
  std::string submittedCase();

  Pki pki;
  CentralDb centralDb;
  central::CentralServer server;
};

std::string PullAgentFixture::submittedCase() {
  soci::session& sql = database().session();
  soci::transaction tx(sql);
  sql << "INSERT INTO units(code, name) VALUES ('UNIT-A', 'Unit A') ON CONFLICT DO NOTHING";
  sql << "INSERT INTO users(login, display_name, role, unit_code, password_hash) VALUES"
         " ('officer.a', 'Officer A', 'officer', 'UNIT-A', '$argon2id$test') ON CONFLICT DO NOTHING";
  sql << "INSERT INTO service_catalogue(service, effective_from) VALUES ('VISA_EXT', '2026-01-01')"
         " ON CONFLICT DO NOTHING";
  long long person = 0;
  sql << "INSERT INTO persons(surname_latin, given_latin, name_key, birth_date, sex, status,"
         " citizenship) VALUES ('TEST', 'PERSON', 'test person', '1990-01-01', 'male',"
         " 'foreigner', 'UZB') RETURNING id", soci::into(person);
  const std::string id = randomUuid();
  sql << "INSERT INTO cases(id, unit_code, service, person_id, channel, filed_on, state, payload,"
         " fee, opened_by, version) SELECT CAST(:id AS uuid), 'UNIT-A', 'VISA_EXT', :p, 'counter',"
         " '2026-11-21', 'submitted', '{}', '{}', u.id, 2 FROM users u WHERE u.login = 'officer.a'",
      soci::use(id), soci::use(person);
  sql << "INSERT INTO case_events(case_id, seq, action, from_state, to_state, actor_id, actor_role,"
         " at) SELECT CAST(:id AS uuid), s.seq, s.action, 'draft', s.to_state, u.id, 'officer', now()"
         " FROM users u, (VALUES (1, 'open', 'draft'), (2, 'submit', 'submitted')) AS"
         " s(seq, action, to_state) WHERE u.login = 'officer.a'",
      soci::use(id);
  mws::storage::Outbox::appendCaseSnapshot(sql, id, "submit");
  tx.commit();
  return id;
}

void requireOk(const mws::core::Result<std::int64_t>& r) {
  BOOST_REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().code + ": " + r.error().detail));
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(pull_agent, PullAgentFixture)

BOOST_AUTO_TEST_CASE(a_central_decision_syncs_down_into_state_and_history) {
  const std::string id = submittedCase();
  client::SyncAgent agent(config());
  BOOST_TEST(drain(agent).pushed == 1);
  requireOk(central::recordDecision(centralDb.dsn, {id, "rejected", "stay exceeds the limit", "clerk"}));

  const auto pulled = drain(agent);
  BOOST_TEST(pulled.changesApplied == 1);
  BOOST_TEST(pulled.conflicts == 0);
  const std::string where = " WHERE case_id = '" + id + "'";
  BOOST_TEST(text("SELECT state FROM cases WHERE id = '" + id + "'") == "rejected");
  BOOST_TEST(count("SELECT version FROM cases WHERE id = '" + id + "'") == 3);
  BOOST_TEST(count("SELECT count(*) FROM case_events" + where) == 3);
  BOOST_TEST(text("SELECT action || '/' || from_state || '/' || to_state || '/' || actor_role ||"
                  " '/' || reason FROM case_events" + where + " AND seq = 3") ==
             "reject/submitted/rejected/centre/stay exceeds the limit");
  BOOST_TEST(text("SELECT u.login FROM case_events e JOIN users u ON u.id = e.actor_id" + where +
                  " AND e.seq = 3") == "sys.centre");
  BOOST_TEST(count("SELECT cursor FROM sync_cursor") == 1);
  const auto audit = mws::storage::AuditChain::verify(database());
  BOOST_REQUIRE(audit.ok());
  BOOST_TEST(!audit->firstBroken.has_value());
  BOOST_TEST(count("SELECT count(*) FROM audit_log WHERE action = 'case.central_reject'") == 1);

  // The decided case goes back up as any change does: the centre ends with the same state.
  BOOST_TEST(drain(agent).pushed == 1);
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM cases WHERE state = 'rejected' AND version = 3") == 1);
  BOOST_TEST(agent.status().changesApplied == 1);
}

BOOST_AUTO_TEST_CASE(pulling_again_changes_nothing) {
  const std::string id = submittedCase();
  client::SyncAgent agent(config());
  drain(agent);
  requireOk(central::recordDecision(centralDb.dsn, {id, "approved", "", "clerk"}));
  BOOST_TEST(drain(agent).changesApplied == 1);
  const long long events = count("SELECT count(*) FROM case_events");
  const long long outbox = count("SELECT count(*) FROM outbox");
  const long long audit = count("SELECT count(*) FROM audit_log");
  for (int i = 0; i < 2; ++i) {
    const auto again = drain(agent);
    BOOST_TEST(again.changesApplied == 0);
    BOOST_TEST(again.conflicts == 0);
  }
  BOOST_TEST(text("SELECT state FROM cases WHERE id = '" + id + "'") == "approved");
  BOOST_TEST(count("SELECT count(*) FROM case_events") == events);
  BOOST_TEST(count("SELECT count(*) FROM outbox") == outbox);
  BOOST_TEST(count("SELECT count(*) FROM audit_log") == audit);
  BOOST_TEST(count("SELECT count(*) FROM sync_conflicts") == 0);
}

BOOST_AUTO_TEST_CASE(reference_rows_arrive_with_their_version_and_a_refused_row_is_kept) {
  submittedCase();  // the unit's service catalogue holds VISA_EXT
  client::SyncAgent agent(config());
  const std::string fee = R"({"service":"VISA_EXT","variant":"urgent","item":"state_duty",)"
                          R"("effective_from":"2027-01-01","bcu_hundredths":)";
  requireOk(central::publishReference(centralDb.dsn, {"fee_table", fee + "150}"}));
  requireOk(central::publishReference(centralDb.dsn, {"bcu_rates", R"({"effective_from":"2027-01-01","som":375000})"}));
  // A fee for a service this unit does not know breaks its foreign key: kept as a conflict.
  requireOk(central::publishReference(centralDb.dsn, {"fee_table", R"({"service":"NO_SUCH",)"
                                      R"("variant":"standard","item":"x","effective_from":"2027-01-01","bcu_hundredths":1})"}));
  const auto changed = central::publishReference(centralDb.dsn, {"fee_table", fee + "175}"});
  requireOk(changed);

  const auto pulled = drain(agent);
  BOOST_TEST(pulled.changesApplied == 3);
  BOOST_TEST(pulled.conflicts == 1);
  const std::string fees = "FROM fee_table WHERE service = 'VISA_EXT' AND variant = 'urgent'";
  BOOST_TEST(count("SELECT bcu_hundredths " + fees) == 175);
  BOOST_TEST(count("SELECT count(*) " + fees) == 1);
  BOOST_TEST(count("SELECT som FROM bcu_rates WHERE effective_from = '2027-01-01'") == 375000);
  BOOST_TEST(count("SELECT version FROM reference_versions WHERE tbl = 'fee_table'") == *changed);
  BOOST_TEST(text("SELECT problem FROM sync_conflicts") == "reference_refused");
  BOOST_TEST(count("SELECT count(*) FROM fee_table WHERE service = 'NO_SUCH'") == 0);
  BOOST_TEST(count("SELECT cursor FROM sync_cursor") == *changed);
}

BOOST_AUTO_TEST_CASE(a_decision_on_a_case_moved_here_meanwhile_is_kept_for_a_supervisor) {
  const std::string id = submittedCase();
  client::SyncAgent agent(config());
  drain(agent);
  requireOk(central::recordDecision(centralDb.dsn, {id, "approved", "", "clerk"}));
  // Meanwhile the unit moved the case on (version 3), before it pulled.
  database().session() << "UPDATE cases SET state = 'in_review', version = 3 WHERE id = CAST(:id AS uuid)",
      soci::use(id);

  const auto pulled = drain(agent);
  BOOST_TEST(pulled.changesApplied == 0);
  BOOST_TEST(pulled.conflicts == 1);
  BOOST_TEST(text("SELECT state FROM cases WHERE id = '" + id + "'") == "in_review");
  BOOST_TEST(count("SELECT count(*) FROM case_events WHERE case_id = '" + id + "'") == 2);
  BOOST_TEST(text("SELECT problem || '/' || local_state || '/' || local_version || '/' || entity_id"
                  " FROM sync_conflicts WHERE resolved_at IS NULL") ==
             "case_moved/in_review/3/" + id);
  BOOST_TEST(text("SELECT change->>'state' FROM sync_conflicts") == "approved");
  BOOST_TEST(drain(agent).conflicts == 0);  // recorded once, and the cursor moved past it
  BOOST_TEST(count("SELECT count(*) FROM sync_conflicts") == 1);
  BOOST_TEST(agent.status().conflicts == 1);
}

BOOST_AUTO_TEST_CASE(the_running_agent_pulls_when_idle) {
  const std::string id = submittedCase();
  client::SyncAgent agent(config());
  agent.start();
  BOOST_REQUIRE(waitUntil([&] { return unsentIn(database()) == 0; }));
  requireOk(central::recordDecision(centralDb.dsn, {id, "approved", "", "clerk"}));
  BOOST_TEST(waitUntil([&] {
    return text("SELECT state FROM cases WHERE id = '" + id + "'") == "approved";
  }, std::chrono::milliseconds(10000)));
  agent.stop();
}

BOOST_AUTO_TEST_SUITE_END()
