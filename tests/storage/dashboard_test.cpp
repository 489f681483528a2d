// The supervisor's dashboard figures from known rows: exact counts, mean and p90 waits.
#include <boost/test/unit_test.hpp>
#include <soci/soci.h>

#include "domain_fixture.hpp"
#include "mws/core/domain/uuid.hpp"
#include "mws/storage/pg_dashboard_source.hpp"

using namespace mws;
using test::date;

namespace {

struct Event {
  const char* action;
  const char* to;
  std::int64_t actor;
  const char* at;  // "YYYY-MM-DD HH:MM"
};

struct DashboardFixture : test::DomainFixture {
  storage::PgDashboardSource dashboard{database()};

  void addCase(const std::string& unit, const std::string& serviceCode, const std::string& filedOn,
               const std::string& state, const std::vector<Event>& events) {
    const std::string id = core::generateUuidV4();
    long long person = foreigner.id, opener = officer.id;
    soci::session& sql = database().session();
    sql << "INSERT INTO cases(id, unit_code, service, person_id, channel, filed_on, state, payload,"
           " fee, opened_by, version) VALUES (CAST(:id AS uuid), :u, :s, :p, 'counter',"
           " CAST(:f AS date), :st, '{}', '{}', :o, 1)",
        soci::use(id), soci::use(unit), soci::use(serviceCode), soci::use(person), soci::use(filedOn),
        soci::use(state), soci::use(opener);
    std::string from = "draft";
    int seq = 1;
    for (const Event& e : events) {
      long long actor = e.actor;
      const std::string action = e.action, to = e.to, at = std::string(e.at) + ":00+00";
      const std::string role = actor == opener || actor == officer2.id ? "officer" : "supervisor";
      sql << "INSERT INTO case_events(case_id, seq, action, from_state, to_state, actor_id,"
             " actor_role, reason, at) VALUES (CAST(:id AS uuid), :q, :a, :f, :t, :ac, :r,"
             " 'reason given', CAST(:at AS timestamptz))",
          soci::use(id), soci::use(seq), soci::use(action), soci::use(from), soci::use(to),
          soci::use(actor), soci::use(role), soci::use(at);
      from = to;
      ++seq;
    }
  }

  void addTicket(const std::string& unit, const std::string& day, int number, int waitMinutes) {
    const std::string issued = day + " 09:00:00+00";
    const std::string state = waitMinutes < 0 ? "waiting" : "served";
    long long caller = officer.id;
    int wait = waitMinutes < 0 ? 0 : waitMinutes;
    database().session()
        << "INSERT INTO queue_tickets(unit_code, service, day, number, state, issued_at, called_at,"
           " closed_at, counter, called_by) VALUES (:u, 'STAY_REG', CAST(:d AS date), :n, :st,"
           " CAST(:i AS timestamptz), CASE WHEN :st2 = 'waiting' THEN NULL ELSE"
           " CAST(:i2 AS timestamptz) + :w * interval '1 minute' END,"
           " CASE WHEN :st4 = 'waiting' THEN NULL ELSE now() END,"
           " CASE WHEN :st3 = 'waiting' THEN '' ELSE 'Counter 1' END, :c)",
        soci::use(unit), soci::use(day), soci::use(number), soci::use(state), soci::use(issued),
        soci::use(state), soci::use(issued), soci::use(wait), soci::use(state), soci::use(state),
        soci::use(caller);
  }

  // The fixture's person was written with one outbox entry, not yet acknowledged.
  long long unsent() {
    long long n = 0;
    database().session() << "SELECT count(*) FROM outbox WHERE sent_at IS NULL", soci::into(n);
    return n;
  }

  void addOutbox(int seq, bool sent) {
    database().session() << "INSERT INTO outbox(seq, entity, entity_id, action, body, sent_at)"
                            " VALUES (:s, 'case', 'x', 'open', '{}', CASE WHEN :sent = 1 THEN now() END)",
        soci::use(seq), soci::use(sent ? 1 : 0);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(dashboard_figures, DashboardFixture)

BOOST_AUTO_TEST_CASE(the_figures_of_known_rows_are_exact) {
  const auto o = officer.id, s = supervisor.id;
  // Filed 2026-11-20: two stay registrations (approved; rejected the next day), an ID card
  // in review, and a draft never submitted (not filed).
  addCase("TSH-01", "STAY_REG", "2026-11-20", "approved",
          {{"open", "draft", o, "2026-11-20 10:00"}, {"submit", "submitted", o, "2026-11-20 10:05"},
           {"take_into_review", "in_review", s, "2026-11-20 11:00"},
           {"approve", "approved", s, "2026-11-20 11:30"}});
  addCase("TSH-01", "STAY_REG", "2026-11-20", "rejected",
          {{"open", "draft", o, "2026-11-20 10:00"}, {"submit", "submitted", o, "2026-11-20 10:05"},
           {"take_into_review", "in_review", s, "2026-11-21 09:00"},
           {"reject", "rejected", s, "2026-11-21 09:30"}});
  addCase("TSH-01", "ID_CARD", "2026-11-20", "in_review",
          {{"open", "draft", o, "2026-11-20 12:00"}, {"submit", "submitted", o, "2026-11-20 12:05"},
           {"take_into_review", "in_review", s, "2026-11-20 13:00"}});
  addCase("TSH-01", "STAY_REG", "2026-11-20", "draft", {{"open", "draft", o, "2026-11-20 12:00"}});
  // Filed 2026-11-21: returned once and submitted again, so it waits for a decision.
  addCase("TSH-01", "STAY_REG", "2026-11-21", "submitted",
          {{"open", "draft", o, "2026-11-21 10:00"}, {"submit", "submitted", o, "2026-11-21 10:05"},
           {"take_into_review", "in_review", s, "2026-11-21 10:30"},
           {"return", "returned", s, "2026-11-21 10:40"}, {"submit", "submitted", o, "2026-11-21 11:00"}});
  // Outside the range or another unit: not counted.
  addCase("TSH-01", "STAY_REG", "2026-11-10", "returned",
          {{"open", "draft", o, "2026-11-10 10:00"}, {"submit", "submitted", o, "2026-11-10 10:05"},
           {"take_into_review", "in_review", s, "2026-11-10 10:30"},
           {"return", "returned", s, "2026-11-10 10:40"}});
  addCase("SAM-01", "STAY_REG", "2026-11-20", "submitted",
          {{"open", "draft", o, "2026-11-20 10:00"}, {"submit", "submitted", o, "2026-11-20 10:05"}});

  int n = 0;
  for (int wait : {2, 4, 6, 8, 10, -1}) addTicket("TSH-01", "2026-11-20", ++n, wait);
  addTicket("TSH-01", "2026-11-21", 1, 3);
  addTicket("TSH-01", "2026-11-18", 1, 50);
  addTicket("SAM-01", "2026-11-20", 1, 100);
  BOOST_REQUIRE(unsent() == 1);
  for (int seq = 101; seq <= 105; ++seq) addOutbox(seq, seq <= 102);

  auto f = dashboard.figures("TSH-01", date("2026-11-19"), date("2026-11-21"));
  BOOST_REQUIRE_MESSAGE(f.ok(), (f.ok() ? std::string() : f.error().detail));

  BOOST_REQUIRE(f->casesFiled.size() == 3u);
  BOOST_TEST(f->casesFiled[0].day == date("2026-11-20"));
  BOOST_TEST((f->casesFiled[0].service == core::ServiceCode::IdCard));
  BOOST_TEST(f->casesFiled[0].count == 1);
  BOOST_TEST((f->casesFiled[1].service == core::ServiceCode::StayRegistration));
  BOOST_TEST(f->casesFiled[1].count == 2);
  BOOST_TEST(f->casesFiled[2].day == date("2026-11-21"));
  BOOST_TEST(f->casesFiled[2].count == 1);

  BOOST_REQUIRE(f->waits.size() == 2u);
  BOOST_TEST(f->waits[0].day == date("2026-11-20"));
  BOOST_TEST(f->waits[0].tickets == 5);
  BOOST_TEST(f->waits[0].meanWaitMinutes == 6.0, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(f->waits[0].p90WaitMinutes == 9.2, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(f->waits[1].tickets == 1);
  BOOST_TEST(f->waits[1].meanWaitMinutes == 3.0, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(f->waits[1].p90WaitMinutes == 3.0, boost::test_tools::tolerance(1e-9));

  BOOST_REQUIRE(f->decisions.size() == 3u);
  BOOST_TEST((f->decisions[0].action == core::CaseAction::Approve));
  BOOST_TEST(f->decisions[0].count == 1);
  BOOST_TEST((f->decisions[1].action == core::CaseAction::Reject));
  BOOST_TEST(f->decisions[1].count == 1);
  BOOST_TEST((f->decisions[2].action == core::CaseAction::Return));
  BOOST_TEST(f->decisions[2].count == 1);

  BOOST_TEST(f->syncBacklog == 1 + 3);
  BOOST_TEST(f->awaitingDecision == 2);
}

BOOST_AUTO_TEST_CASE(an_empty_unit_has_zero_figures_and_a_reversed_range_is_refused) {
  auto f = dashboard.figures("TSH-01", date("2026-11-01"), date("2026-11-30"));
  BOOST_REQUIRE(f.ok());
  BOOST_TEST(f->casesFiled.empty());
  BOOST_TEST(f->waits.empty());
  BOOST_TEST(f->decisions.size() == 3u);
  for (const auto& d : f->decisions) BOOST_TEST(d.count == 0);
  BOOST_TEST(f->syncBacklog == 1);  // the fixture's person
  BOOST_TEST(f->awaitingDecision == 0);
  auto reversed = dashboard.figures("TSH-01", date("2026-11-30"), date("2026-11-01"));
  BOOST_TEST(reversed.error().code == "dashboard.bad_range");
}

BOOST_AUTO_TEST_SUITE_END()
