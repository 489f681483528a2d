// The unit's electronic queue on PostgreSQL: numbers per (unit, service, day), one ticket to
// exactly one counter under real concurrency (two sessions), and refused transitions.
#include <boost/test/unit_test.hpp>
#include <soci/soci.h>

#include <algorithm>
#include <latch>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "domain_fixture.hpp"
#include "mws/cli/cli.hpp"
#include "mws/storage/pg_queue_repository.hpp"

using namespace mws;
using core::ServiceCode;
using core::TicketState;
using test::date;

namespace {

template <typename T>
std::string code(const core::Result<T>& r) { return r.ok() ? "ok" : r.error().code; }

struct QueueFixture : test::DomainFixture {
  storage::PgQueueRepository queue{database()};
  core::CivilDate today = date("2026-11-21");

  core::QueueTicket issue(ServiceCode which, core::CivilDate day) {
    auto ticket = queue.issue("TSH-01", which, day);
    BOOST_REQUIRE_MESSAGE(ticket.ok(), code(ticket));
    return *ticket;
  }
  core::QueueTicket call(const std::string& counter, std::optional<ServiceCode> which = {}) {
    auto called = queue.callNext("TSH-01", which, counter, officer.id);
    BOOST_REQUIRE_MESSAGE(called.ok(), code(called));
    BOOST_REQUIRE(called->has_value());
    return **called;
  }
  std::unique_ptr<storage::Database> secondSession() {
    auto connected = storage::Database::connect(dsn);
    BOOST_REQUIRE(connected.ok());
    return std::move(*connected);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(queue_on_postgresql, QueueFixture)

BOOST_AUTO_TEST_CASE(numbers_run_per_service_and_restart_each_day) {
  BOOST_TEST(issue(ServiceCode::StayRegistration, today).label == "RS-001");
  BOOST_TEST(issue(ServiceCode::StayRegistration, today).label == "RS-002");
  BOOST_TEST(issue(ServiceCode::EVisaExtension, today).label == "EV-001");
  const auto third = issue(ServiceCode::StayRegistration, today);
  BOOST_TEST(third.number == 3);
  BOOST_TEST(third.label == "RS-003");
  BOOST_TEST((third.state == TicketState::Waiting));
  BOOST_TEST(third.unitCode == "TSH-01");
  BOOST_TEST(!third.calledAt.has_value());
  const auto tomorrow = issue(ServiceCode::StayRegistration, today.addDays(1));
  BOOST_TEST(tomorrow.number == 1);
  BOOST_TEST(tomorrow.day == today.addDays(1));
  // Another unit has its own numbers.
  auto other = queue.issue("SAM-01", ServiceCode::StayRegistration, today);
  BOOST_REQUIRE(other.ok());
  BOOST_TEST(other->label == "RS-001");
  BOOST_TEST(code(queue.issue("NOPE-1", ServiceCode::IdCard, today)) == "queue.unknown_unit");
}

BOOST_AUTO_TEST_CASE(call_next_takes_the_longest_waiting_ticket_of_the_asked_service) {
  const auto rs1 = issue(ServiceCode::StayRegistration, today);
  const auto id1 = issue(ServiceCode::IdCard, today);
  const auto rs2 = issue(ServiceCode::StayRegistration, today);
  const auto called = call("Counter 2", ServiceCode::IdCard);
  BOOST_TEST(called.id == id1.id);
  BOOST_TEST((called.state == TicketState::Called));
  BOOST_TEST(called.counter == "Counter 2");
  BOOST_TEST(called.calledBy == officer.id);
  BOOST_TEST(called.calledAt.has_value());
  BOOST_TEST(call("Counter 1").id == rs1.id);
  BOOST_TEST(call("Counter 3").id == rs2.id);
  auto none = queue.callNext("TSH-01", std::nullopt, "Counter 4", officer.id);
  BOOST_REQUIRE(none.ok());
  BOOST_TEST(!none->has_value());
}

BOOST_AUTO_TEST_CASE(yesterdays_leftover_tickets_are_not_called_once_today_has_begun) {
  const auto yesterday = issue(ServiceCode::StayRegistration, today.addDays(-1));
  BOOST_TEST(call("Counter 1").id == yesterday.id);  // nothing issued today yet
  BOOST_REQUIRE(queue.close(yesterday.id, TicketState::Served).ok());
  issue(ServiceCode::StayRegistration, today.addDays(-1));  // left waiting at closing time
  const auto first = issue(ServiceCode::StayRegistration, today);
  BOOST_TEST(call("Counter 1").id == first.id);
  auto none = queue.callNext("TSH-01", std::nullopt, "Counter 2", officer.id);
  BOOST_REQUIRE(none.ok());
  BOOST_TEST(!none->has_value());
}

BOOST_AUTO_TEST_CASE(a_ticket_is_closed_once_and_only_after_it_was_called) {
  const auto waiting = issue(ServiceCode::StayRegistration, today);
  auto early = queue.close(waiting.id, TicketState::Served);
  BOOST_TEST(code(early) == "queue.bad_state");
  BOOST_TEST(early.error().params.at("state") == "waiting");
  BOOST_TEST(code(queue.close(waiting.id, TicketState::Waiting)) == "queue.bad_outcome");
  BOOST_TEST(code(queue.close(987654, TicketState::Served)) == "queue.not_found");

  call("Counter 1");
  auto current = queue.current("TSH-01", "Counter 1");
  BOOST_REQUIRE(current.ok() && current->has_value());
  BOOST_TEST((*current)->id == waiting.id);
  issue(ServiceCode::StayRegistration, today);
  auto busy = queue.callNext("TSH-01", std::nullopt, "Counter 1", officer.id);
  BOOST_TEST(code(busy) == "queue.counter_busy");
  BOOST_TEST(busy.error().params.at("ticket") == "RS-001");

  auto served = queue.close(waiting.id, TicketState::NoShow);
  BOOST_REQUIRE_MESSAGE(served.ok(), code(served));
  BOOST_TEST((served->state == TicketState::NoShow));
  BOOST_TEST(served->closedAt.has_value());
  auto again = queue.close(waiting.id, TicketState::Served);
  BOOST_TEST(code(again) == "queue.bad_state");
  BOOST_TEST(again.error().params.at("state") == "no_show");
  auto afterwards = queue.current("TSH-01", "Counter 1");
  BOOST_REQUIRE(afterwards.ok());
  BOOST_TEST(!afterwards->has_value());
  BOOST_TEST(call("Counter 1").label == "RS-002");
}

BOOST_AUTO_TEST_CASE(load_counts_the_waiting_per_service_with_the_longest_wait) {
  const auto old = issue(ServiceCode::StayRegistration, today);
  issue(ServiceCode::StayRegistration, today);
  issue(ServiceCode::StayRegistration, today);
  issue(ServiceCode::IdCard, today);
  issue(ServiceCode::WorkConfirmation, today);
  long long id = old.id;
  database().session() << "UPDATE queue_tickets SET issued_at = now() - interval '10 minutes'"
                          " WHERE id = :id", soci::use(id);
  call("Counter 1", ServiceCode::WorkConfirmation);  // nobody waits for it any more

  auto load = queue.load("TSH-01", today);
  BOOST_REQUIRE_MESSAGE(load.ok(), code(load));
  BOOST_REQUIRE(load->size() == 2u);
  BOOST_TEST(((*load)[0].service == ServiceCode::StayRegistration));
  BOOST_TEST((*load)[0].waiting == 3);
  BOOST_TEST((*load)[0].longestWait.count() >= 600);
  BOOST_TEST((*load)[0].longestWait.count() < 660);
  BOOST_TEST(((*load)[1].service == ServiceCode::IdCard));
  BOOST_TEST((*load)[1].waiting == 1);
  BOOST_TEST((*load)[1].longestWait.count() < 60);
  auto empty = queue.load("TSH-01", today.addDays(1));
  BOOST_REQUIRE(empty.ok());
  BOOST_TEST(empty->empty());
}

BOOST_AUTO_TEST_CASE(two_sessions_issuing_at_once_get_distinct_consecutive_numbers) {
  auto other = secondSession();
  storage::PgQueueRepository otherQueue(*other);
  constexpr int kEach = 25;
  std::vector<int> mine, theirs;
  std::latch start(2);
  auto issueAll = [&](storage::PgQueueRepository& q, std::vector<int>& out) {
    start.arrive_and_wait();
    for (int i = 0; i < kEach; ++i) {
      auto t = q.issue("TSH-01", ServiceCode::StayRegistration, today);
      out.push_back(t.ok() ? t->number : -1);
    }
  };
  std::thread a([&] { issueAll(queue, mine); });
  std::thread b([&] { issueAll(otherQueue, theirs); });
  a.join();
  b.join();
  std::set<int> all(mine.begin(), mine.end());
  all.insert(theirs.begin(), theirs.end());
  BOOST_TEST(all.size() == 2u * kEach);
  BOOST_TEST(*all.begin() == 1);
  BOOST_TEST(*all.rbegin() == 2 * kEach);
}

BOOST_AUTO_TEST_CASE(two_counters_calling_at_once_never_get_the_same_ticket) {
  constexpr int kTickets = 60;
  for (int i = 0; i < kTickets; ++i) issue(i % 2 ? ServiceCode::IdCard : ServiceCode::StayRegistration, today);
  auto other = secondSession();
  storage::PgQueueRepository otherQueue(*other);
  std::vector<std::int64_t> first, second;
  std::vector<std::string> errors;
  std::mutex errorsMutex;
  std::latch start(2);  // both counters begin calling together
  auto drain = [&](storage::PgQueueRepository& q, const std::string& counter,
                   std::vector<std::int64_t>& got) {
    start.arrive_and_wait();
    for (;;) {
      auto t = q.callNext("TSH-01", std::nullopt, counter, officer.id);
      if (t.ok() && !t->has_value()) return;
      auto closed = t.ok() ? q.close((*t)->id, TicketState::Served) : core::Result<core::QueueTicket>(t.error());
      if (!closed.ok()) {
        std::lock_guard lock(errorsMutex);
        errors.push_back(closed.error().code);
        return;
      }
      got.push_back(closed->id);
    }
  };
  std::thread a([&] { drain(queue, "Counter 1", first); });
  std::thread b([&] { drain(otherQueue, "Counter 2", second); });
  a.join();
  b.join();
  BOOST_TEST(errors.empty());
  std::set<std::int64_t> all(first.begin(), first.end());
  for (auto id : second) BOOST_TEST(all.insert(id).second, "ticket " << id << " was called twice");
  BOOST_TEST(all.size() == static_cast<std::size_t>(kTickets));
  BOOST_TEST(!first.empty());
  BOOST_TEST(!second.empty());
  auto tickets = queue.tickets("TSH-01", today);
  BOOST_REQUIRE(tickets.ok());
  BOOST_TEST(std::all_of(tickets->begin(), tickets->end(),
                         [](const auto& t) { return t.state == TicketState::Served; }));
}

struct CliOutput {
  int code;
  std::string out;
  std::string err;
};

BOOST_AUTO_TEST_CASE(the_queue_commands_issue_call_close_and_report) {
  auto run = [&](std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.end(), {"--dsn", dsn});
    std::istringstream in(input);
    std::ostringstream out, err;
    const int exit = cli::run(args, in, out, err);
    return CliOutput{exit, out.str(), err.str()};
  };
  auto issued = run({"queue", "issue", "ID_CARD", "--unit", "TSH-01"});
  BOOST_TEST(issued.code == 0, issued.err);
  BOOST_TEST(issued.out.rfind("ticket ID-001 (id ", 0) == 0, issued.out);
  BOOST_TEST(run({"queue", "issue", "ID_CARD", "--unit", "TSH-01"}).out.rfind("ticket ID-002", 0) == 0);
  BOOST_TEST(run({"queue", "issue", "NO_SUCH", "--unit", "TSH-01"}).code == 2);
  auto unknown = run({"queue", "issue", "ID_CARD", "--unit", "NOPE-9"});
  BOOST_TEST(unknown.code == 1);
  BOOST_TEST(unknown.err.find("unit NOPE-9 does not exist") != std::string::npos, unknown.err);

  auto status = run({"queue", "status", "--unit", "TSH-01", "--json"});
  BOOST_TEST(status.code == 0, status.err);
  BOOST_TEST(status.out.find(R"("waiting":[{"service":"ID_CARD","waiting":2,)") != std::string::npos,
             status.out);

  auto called = run({"queue", "call", "--counter", "Counter 3", "--as", "o.aliyev", "--password-stdin"},
                    "long-enough-pw\n");
  BOOST_TEST(called.code == 0, called.err);
  BOOST_TEST(called.out.rfind("ticket ID-001 (id ", 0) == 0, called.out);
  const std::string id = called.out.substr(18, called.out.find(')') - 18);
  auto early = run({"queue", "served", std::to_string(std::stoll(id) + 1)});
  BOOST_TEST(early.code == 1);
  BOOST_TEST(early.err.find("only a called ticket can be closed") != std::string::npos, early.err);
  auto served = run({"queue", "no-show", id});
  BOOST_TEST(served.code == 0, served.err);
  BOOST_TEST(served.out.find("called -> no_show") != std::string::npos, served.out);
  auto plain = run({"queue", "status", "--unit", "TSH-01"});
  BOOST_TEST(plain.out == "ID_CARD: 1 waiting, longest 0 min\n");
}

BOOST_AUTO_TEST_SUITE_END()
