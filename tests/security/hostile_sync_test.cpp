// Hostile input at the centre's sync API (issue 9): raw HTTPS requests over mutual TLS, with
// a unit certificate from a pilot CA made at test time, to a CentralServer on its own
// database: bodies that are not JSON or nest without end, SQL-injection strings in every
// text field of hello and push, invalid UTF-8 and NUL, sequence numbers that are negative
// or overflow, oversize bodies, path traversal in blob names, negative offsets and sizes,
// bad pull cursors. Each row must get the status and error code it is owed, and leave the
// centre's database as it was.
#pragma GCC diagnostic ignored "-Wrestrict"  // GCC 12 false positive in string + (bug 105329)
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <mutex>

#include "../sync/sync_fixture.hpp"
#include "hostile_support.hpp"
#include "mws/sync/protocol/protocol.hpp"

using namespace mws;
namespace data = boost::unit_test::data;

namespace {

const std::string kCaseId = "0b0e5d1c-8f55-4a31-9d1e-2f3a4b5c6d7e";
const std::string kSha(64, 'a');

// A push of one case entry of UNIT-A, with `field` set to `value` (raw JSON text).
std::string push(const std::string& field = "", const std::string& value = "") {
  std::map<std::string, std::string> f{
      {"protocol", "1"}, {"unit", "\"UNIT-A\""}, {"source", "\"counter-1\""},
      {"seq", "1"}, {"entity", "\"case\""}, {"entity_id", "\"" + kCaseId + "\""},
      {"action", "\"submit\""},
      {"body", R"({"id":")" + kCaseId + R"(","unit":"UNIT-A","state":"submitted","version":1})"}};
  if (!field.empty()) f[field] = value;
  return R"({"protocol":)" + f["protocol"] + R"(,"unit":)" + f["unit"] + R"(,"source":)" +
         f["source"] + R"(,"entries":[{"seq":)" + f["seq"] + R"(,"entity":)" + f["entity"] +
         R"(,"entity_id":)" + f["entity_id"] + R"(,"action":)" + f["action"] + R"(,"body":)" +
         f["body"] + "}]}";
}

std::string hello(const std::string& origin) {
  return R"({"protocol":1,"origin":)" + origin + R"(,"client_clock_ms":)" +
         std::to_string(sync::protocol::wallClockNow().time_since_epoch().count()) + "}";
}

struct Row {
  std::string name;
  std::string method;
  std::string path;
  std::string body;
  int status;
  std::string code;  // the error code in the reply's body
};

std::ostream& operator<<(std::ostream& out, const Row& row) { return out << row.name; }

std::vector<Row> rows() {
  const std::string malformed = "protocol.malformed";
  const std::string injection = R"("x'); DROP TABLE cases;--")";
  std::vector<Row> all{
      {"push_not_json", "POST", "/v1/push", "not json at all", 400, malformed},
      {"push_empty_body", "POST", "/v1/push", "", 400, malformed},
      {"push_nested_arrays", "POST", "/v1/push", std::string(100000, '['), 400, malformed},
      {"push_nested_objects", "POST", "/v1/push",
       [] { std::string s; for (int i = 0; i < 20000; ++i) s += "{\"a\":"; return s + "1" + std::string(20000, '}'); }(),
       400, malformed},
      {"push_body_nested", "POST", "/v1/push", push("body", std::string(3000, '[') + std::string(3000, ']')), 400, malformed},
      {"push_unit_sql", "POST", "/v1/push", push("unit", injection), 400, malformed},
      {"push_source_sql", "POST", "/v1/push", push("source", injection), 400, malformed},
      {"push_entity_sql", "POST", "/v1/push", push("entity", injection), 400, malformed},
      {"push_entity_id_sql", "POST", "/v1/push", push("entity_id", injection), 400, malformed},
      {"push_entity_id_traversal", "POST", "/v1/push", push("entity_id", R"("../../etc/passwd")"), 400, malformed},
      {"push_unit_oversize", "POST", "/v1/push", push("unit", "\"" + std::string(5000, 'U') + "\""), 400, malformed},
      {"push_unit_invalid_utf8", "POST", "/v1/push", push("unit", "\"UNIT-\xff\""), 400, malformed},
      {"push_source_nul", "POST", "/v1/push", push("source", R"("counter\u0000")"), 400, malformed},
      {"push_seq_negative", "POST", "/v1/push", push("seq", "-5"), 400, malformed},
      {"push_seq_zero", "POST", "/v1/push", push("seq", "0"), 400, malformed},
      {"push_seq_overflow", "POST", "/v1/push", push("seq", "99999999999999999999999"), 400, malformed},
      {"push_seq_string", "POST", "/v1/push", push("seq", R"("1; DROP TABLE cases")"), 400, malformed},
      {"push_protocol_string", "POST", "/v1/push", push("protocol", R"("1'--")"), 400, malformed},
      {"push_body_not_object", "POST", "/v1/push", push("body", R"("DROP TABLE cases")"), 400, malformed},
      {"push_no_entries", "POST", "/v1/push",
       R"({"protocol":1,"unit":"UNIT-A","source":"counter-1","entries":[]})", 400, malformed},
      {"push_oversize", "POST", "/v1/push", push("action", "\"" + std::string(2 * 1024 * 1024, 'a') + "\""), 413,
       "protocol.too_large"},
      {"push_other_unit", "POST", "/v1/push",
       push("body", R"({"id":")" + kCaseId + R"(","unit":"UNIT-B","state":"submitted","version":1})"), 403,
       "push.wrong_unit"},
      {"hello_origin_sql", "POST", "/v1/hello", hello(injection), 400, malformed},
      {"hello_origin_invalid_utf8", "POST", "/v1/hello", hello("\"U\xc3\x28\""), 400, malformed},
      {"hello_nested", "POST", "/v1/hello", std::string(50000, '[') + std::string(50000, ']'), 400, malformed},
      {"hello_clock_overflow", "POST", "/v1/hello",
       R"({"protocol":1,"origin":"UNIT-A","client_clock_ms":1e400})", 400, malformed},
      {"blob_name_traversal", "GET", "/v1/blobs/..%2F..%2Fetc%2Fpasswd", "", 400, malformed},
      {"blob_name_upper_hex", "GET", "/v1/blobs/" + std::string(64, 'A'), "", 400, malformed},
      {"blob_name_sql", "GET", "/v1/blobs/a'%20OR%20'1'='1", "", 400, malformed},
      {"blob_offset_negative", "PUT", "/v1/blobs/" + kSha + "?offset=-1&total=10", "0123456789", 400, malformed},
      {"blob_total_negative", "PUT", "/v1/blobs/" + kSha + "?offset=0&total=-10", "0123456789", 400, malformed},
      {"blob_offset_text", "PUT", "/v1/blobs/" + kSha + "?offset=0;DROP&total=10", "0123456789", 400, malformed},
      {"blob_total_overflow", "PUT", "/v1/blobs/" + kSha + "?offset=0&total=99999999999999999999999", "0123456789",
       400, malformed},
      {"blob_chunk_beyond_total", "PUT", "/v1/blobs/" + kSha + "?offset=0&total=4", "0123456789", 400, malformed},
      {"blob_total_huge", "PUT", "/v1/blobs/" + kSha + "?offset=0&total=9000000000000", "0123456789", 413,
       "blob.too_large"},
      {"pull_cursor_negative", "GET", "/v1/pull?cursor=-1", "", 400, malformed},
      {"pull_limit_negative", "GET", "/v1/pull?limit=-10", "", 400, malformed},
      {"pull_cursor_sql", "GET", "/v1/pull?cursor=1;DROP%20TABLE%20changes", "", 400, malformed},
  };
  return all;
}

struct Reply {
  int status = 0;
  std::string body;
};

void initializeTlsOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    Poco::Net::initializeSSL();
    Poco::Net::Context::Params params;
    params.loadDefaultCAs = true;
    Poco::Net::Context::Ptr fallback = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
    Poco::Net::SSLManager::instance().initializeClient(
        Poco::Net::SSLManager::PrivateKeyPassphraseHandlerPtr(),
        Poco::Net::SSLManager::InvalidCertificateHandlerPtr(
            new Poco::Net::RejectCertificateHandler(false)),
        fallback);
  });
}

struct HostileCentre {
  sync::test::CentralDb centralDb;
  sync::test::Pki pki;
  sync::central::CentralServer server{[this] {
    auto options = sync::test::centralOptions(centralDb.dsn);
    options.tls = pki.serverFiles();
    return options;
  }()};
  Poco::Net::Context::Ptr context;
  std::unique_ptr<storage::Database> db;

  HostileCentre() {
    initializeTlsOnce();
    const auto started = server.start();
    BOOST_REQUIRE_MESSAGE(started.ok(), (started.ok() ? "" : started.error().detail));
    const auto files = pki.clientFor("UNIT-A");
    Poco::Net::Context::Params params;
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    params.caLocation = files.caFile;
    params.certificateFile = files.certificateFile;
    params.privateKeyFile = files.privateKeyFile;
    context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
    auto connected = storage::Database::connect(centralDb.dsn);
    BOOST_REQUIRE(connected.ok());
    db = std::move(*connected);
  }

  Reply send(const Row& row) {
    Poco::Net::HTTPSClientSession session("127.0.0.1", server.port(), context);
    session.setTimeout(Poco::Timespan(10, 0));
    Poco::Net::HTTPRequest request(row.method, row.path, Poco::Net::HTTPMessage::HTTP_1_1);
    request.setContentType(row.method == "PUT" ? "application/octet-stream" : "application/json");
    request.setContentLength(static_cast<std::streamsize>(row.body.size()));
    Reply reply;
    std::ostream& body = session.sendRequest(request);
    // The centre answers an oversize body from its declared length and closes: the headers
    // are sent and the body is not, as a client that is cut off would.
    if (row.body.size() <= sync::protocol::kMaxBodyBytes) body << row.body;
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    reply.status = response.getStatus();
    Poco::StreamCopier::copyToString(in, reply.body);
    return reply;
  }

  std::string snapshot() {
    return test::snapshotOf(db->session(),
                            {"origins", "received_entries", "cases", "persons", "blob_uploads",
                             "blob_parts", "blobs", "changes", "decisions", "audit_heads"});
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(hostile_sync)

BOOST_FIXTURE_TEST_CASE(a_well_formed_push_is_accepted_so_the_refusals_below_are_real, HostileCentre) {
  auto reply = send({"ok", "POST", "/v1/push", push(), 200, ""});
  BOOST_TEST(reply.status == 200, reply.body);
  BOOST_TEST(reply.body.find("\"applied\":1") != std::string::npos, reply.body);
}

BOOST_DATA_TEST_CASE_F(HostileCentre, each_row_gets_its_error_and_changes_nothing, data::make(rows()),
                       row) {
  const std::string before = snapshot();
  const Reply reply = send(row);
  BOOST_TEST(reply.status == row.status, reply.body.substr(0, 300));
  BOOST_TEST(reply.body.find("\"code\":\"" + row.code + "\"") != std::string::npos,
             reply.body.substr(0, 300));
  BOOST_TEST(reply.body.find("DROP TABLE") == std::string::npos, "the input is not echoed");
  BOOST_TEST(snapshot() == before);
  BOOST_TEST(server.running());
}

BOOST_AUTO_TEST_SUITE_END()
