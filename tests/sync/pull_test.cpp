// The pull exchange at the centre over mutual TLS on loopback: decisions on a unit's cases
// and reference rows, in order of the centre's change log, a page at a time, each unit
// seeing only its own decisions. And the pull reply's codec.

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>

#include <boost/test/unit_test.hpp>
#include <iterator>

#include "mws/sync/central/central_admin.hpp"
#include "mws/sync/client/central_client.hpp"
#include "mws/sync/protocol/pull.hpp"
#include "mws/sync/protocol/push.hpp"
#include "sync_fixture.hpp"

namespace protocol = mws::sync::protocol;
namespace central = mws::sync::central;
using mws::sync::client::CentralClient;
using namespace mws::sync::test;

namespace {

struct PullFixture {
  PullFixture() : server(secure()) {
    const auto started = server.start();
    BOOST_REQUIRE_MESSAGE(started.ok(), (started.ok() ? "" : started.error().detail));
  }
  central::ServerOptions secure() const {
    auto options = centralOptions(centralDb.dsn);
    options.tls = pki.serverFiles();
    return options;
  }
  CentralClient clientOf(const std::string& unit) const {
    return CentralClient("https://127.0.0.1:" + std::to_string(server.port()), pki.clientFor(unit));
  }
  // Pushes `count` submitted cases of `unit` (version 2) and returns their ids.
  std::vector<std::string> pushCases(const std::string& unit, int count) {
    protocol::PushRequest request{protocol::kProtocolVersion, {unit, "counter-1"}, {}};
    std::vector<std::string> ids;
    for (int i = 1; i <= count; ++i) {
      ids.push_back(randomUuid());
      request.entries.push_back({i, "case", ids.back(), "submit",
                                 R"({"id":")" + ids.back() + R"(","unit":")" + unit +
                                     R"(","state":"submitted","version":2})"});
    }
    auto client = clientOf(unit);
    const auto reply = client.push(request);
    BOOST_REQUIRE_MESSAGE(reply.ok(), (reply.ok() ? "" : reply.error().detail));
    return ids;
  }
  std::int64_t decide(const std::string& caseId, const std::string& state = "approved",
                      const std::string& reason = "") {
    const auto seq = central::recordDecision(centralDb.dsn, {caseId, state, reason, "clerk.central"});
    BOOST_REQUIRE_MESSAGE(seq.ok(), (seq.ok() ? "" : seq.error().code + ": " + seq.error().detail));
    return *seq;
  }

  Pki pki;
  CentralDb centralDb;
  central::CentralServer server;
};

// Every change the unit sees, page by page from cursor 0.
std::vector<protocol::PullChange> pullAll(CentralClient& client, const std::string& unit,
                                          std::int64_t limit, int& pages) {
  std::vector<protocol::PullChange> all;
  std::int64_t cursor = 0;
  for (bool more = true; more && pages < 50; ++pages) {
    const auto page = client.pull(unit, cursor, limit);
    BOOST_REQUIRE_MESSAGE(page.ok(), (page.ok() ? "" : page.error().detail));
    BOOST_TEST(page->changes.size() <= static_cast<std::size_t>(limit));
    for (const auto& change : page->changes) {
      BOOST_TEST(change.seq > cursor);
      all.push_back(change);
    }
    BOOST_TEST(page->cursor >= cursor);
    cursor = page->cursor;
    more = page->more;
  }
  return all;
}

struct Run {
  int status = -1;
  std::string out;
};

// mws-central with `args`, its standard output and exit status.
Run runCentral(const std::vector<std::string>& args) {
  Poco::Pipe outPipe;
  Poco::Pipe errPipe;
  auto handle = Poco::Process::launch(MWS_CENTRAL_EXE, args, nullptr, &outPipe, &errPipe);
  Poco::PipeInputStream out(outPipe);
  Run run;
  run.out.assign(std::istreambuf_iterator<char>(out), std::istreambuf_iterator<char>());
  Poco::PipeInputStream err(errPipe);
  std::string ignored(std::istreambuf_iterator<char>(err), std::istreambuf_iterator<char>{});
  run.status = handle.wait();
  return run;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(pull, PullFixture)

BOOST_AUTO_TEST_CASE(mws_central_decide_and_reference_write_the_change_log) {
  const auto ours = pushCases("UNIT-A", 1);
  const Run decided = runCentral({"decide", "--dsn=" + centralDb.dsn, "--case=" + ours[0],
                                  "--state=rejected", "--reason=no visa", "--by=clerk.central"});
  BOOST_TEST(decided.status == 0);
  BOOST_TEST(decided.out == "change 1\n");
  const Run row = runCentral({"reference", "--dsn=" + centralDb.dsn, "--table=bcu_rates",
                              R"(--row={"effective_from":"2027-01-01","som":375000})"});
  BOOST_TEST(row.status == 0);
  BOOST_TEST(row.out == "change 2\n");
  const Run unknown = runCentral({"decide", "--dsn=" + centralDb.dsn, "--case=" + randomUuid(),
                                  "--state=approved"});
  BOOST_TEST(unknown.status == 65);
  BOOST_TEST(runCentral({"decide", "--dsn=" + centralDb.dsn}).status == 64);
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM decisions WHERE reason = 'no visa'") == 1);
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM changes") == 2);
}

BOOST_AUTO_TEST_CASE(a_unit_pages_through_its_decisions_and_the_reference_rows_in_order) {
  const auto ours = pushCases("UNIT-A", 3);
  const auto theirs = pushCases("UNIT-B", 1);
  decide(ours[0]);
  decide(theirs[0], "rejected", "documents incomplete");
  const auto fee = central::publishReference(
      centralDb.dsn, {"bcu_rates", R"({"effective_from":"2027-01-01","som":375000})"});
  BOOST_REQUIRE(fee.ok());
  decide(ours[1], "rejected", "stay exceeds the limit");
  decide(ours[2]);

  auto clientA = clientOf("UNIT-A");
  int pages = 0;
  const auto seen = pullAll(clientA, "UNIT-A", 2, pages);
  BOOST_REQUIRE(seen.size() == 4u);  // three decisions and the reference row, not UNIT-B's
  BOOST_TEST(pages == 2);
  BOOST_TEST(seen[0].id == ours[0]);
  BOOST_TEST(seen[1].kind == "reference");
  BOOST_TEST(seen[1].id == "bcu_rates/2027-01-01");
  BOOST_TEST(seen[2].id == ours[1]);
  BOOST_TEST(seen[3].id == ours[2]);
  for (std::size_t i = 1; i < seen.size(); ++i) BOOST_TEST(seen[i].seq > seen[i - 1].seq);

  // Asking again from the last cursor gives nothing and keeps the cursor: no gaps, no repeats.
  const auto again = clientA.pull("UNIT-A", seen.back().seq, 2);
  BOOST_REQUIRE(again.ok());
  BOOST_TEST(again->changes.empty());
  BOOST_TEST(again->cursor == seen.back().seq);
  BOOST_TEST(!again->more);

  auto clientB = clientOf("UNIT-B");
  pages = 0;
  const auto seenB = pullAll(clientB, "UNIT-B", 500, pages);
  BOOST_REQUIRE(seenB.size() == 2u);
  BOOST_TEST(seenB[0].id == theirs[0]);
  BOOST_TEST(seenB[0].body.find("documents incomplete") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_certificate_names_the_unit_whatever_the_request_says) {
  const auto theirs = pushCases("UNIT-B", 1);
  decide(theirs[0]);
  auto clientA = clientOf("UNIT-A");
  const auto page = clientA.pull("UNIT-B", 0);  // A asks for B's changes
  BOOST_REQUIRE(!page.ok());  // the centre answers for UNIT-A, which the client refuses
  BOOST_TEST(page.error().code == std::string(protocol::codes::kMalformed));
}

BOOST_AUTO_TEST_CASE(bad_decisions_and_reference_rows_are_refused_and_change_nothing) {
  const auto ours = pushCases("UNIT-A", 1);
  const auto unknown = central::recordDecision(centralDb.dsn, {randomUuid(), "approved", "", "c"});
  BOOST_REQUIRE(!unknown.ok());
  BOOST_TEST(unknown.error().code == std::string(central::codes::kCaseUnknown));
  const auto noReason = central::recordDecision(centralDb.dsn, {ours[0], "rejected", " ", "c"});
  BOOST_REQUIRE(!noReason.ok());
  BOOST_TEST(noReason.error().code == std::string(central::codes::kBadDecision));
  const auto badState = central::recordDecision(centralDb.dsn, {ours[0], "issued", "", "c"});
  BOOST_REQUIRE(!badState.ok());
  const auto noKey = central::publishReference(centralDb.dsn, {"fee_table", R"({"service":"X"})"});
  BOOST_REQUIRE(!noKey.ok());
  BOOST_TEST(noKey.error().code == std::string(central::codes::kBadReference));
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM changes") == 0);
  BOOST_TEST(centralDb.scalar("SELECT last_seq FROM change_counter") == 0);
}

BOOST_AUTO_TEST_CASE(limits_and_cursors_that_are_not_numbers_are_refused) {
  auto clientA = clientOf("UNIT-A");
  const auto tooMany = clientA.pull("UNIT-A", 0, protocol::kMaxPullLimit + 1);
  BOOST_REQUIRE(!tooMany.ok());
  BOOST_TEST(tooMany.error().params.at("status") == "400");
  BOOST_TEST(tooMany.error().params.at("field") == "limit");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(pull_codec)

BOOST_AUTO_TEST_CASE(a_reply_round_trips_and_out_of_order_changes_are_malformed) {
  protocol::PullReply reply;
  reply.unit = "UNIT-A";
  reply.changes = {{3, "decision", "id-1", R"({"state":"approved"})"},
                   {7, "reference", "bcu_rates/2027-01-01", R"({"table":"bcu_rates"})"}};
  reply.cursor = 7;
  reply.more = true;
  const auto decoded = protocol::decodePullReply(protocol::encodePullReply(reply));
  BOOST_REQUIRE(decoded.ok());
  BOOST_TEST(decoded->changes.size() == 2u);
  BOOST_TEST(decoded->changes[1].id == "bcu_rates/2027-01-01");
  BOOST_TEST(decoded->cursor == 7);
  BOOST_TEST(decoded->more);

  std::swap(reply.changes[0], reply.changes[1]);
  const auto unordered = protocol::decodePullReply(protocol::encodePullReply(reply));
  BOOST_REQUIRE(!unordered.ok());
  BOOST_TEST(unordered.error().params.at("field") == "changes");
  reply.changes.clear();
  reply.cursor = -1;
  BOOST_TEST(!protocol::decodePullReply(protocol::encodePullReply(reply)).ok());
}

BOOST_AUTO_TEST_SUITE_END()
