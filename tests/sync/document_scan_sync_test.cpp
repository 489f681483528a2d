// A case's document scan (migration 0013) travels to the centre like a portrait: the agent
// uploads the scan blob, sealed to the centre's key, before the case snapshot that names it,
// also for a service without biometrics; the centre keeps the blob and the reference, and
// refuses a snapshot naming a scan it was never sent.
#include <boost/test/unit_test.hpp>

#include "blob_fixture.hpp"
#include "mws/core/domain/case_service.hpp"
#include "mws/storage/pg_case_repository.hpp"
#include "mws/storage/pg_person_repository.hpp"
#include "mws/storage/pg_reference_data_repository.hpp"
#include "mws/storage/pg_user_repository.hpp"
#include "mws/sync/protocol/blob.hpp"

namespace client = mws::sync::client;
using namespace mws;
using namespace mws::sync::test;

namespace {

constexpr const char* kUnit = "UNIT-S";

class DayClock : public core::Clock {
public:
  std::chrono::system_clock::time_point now() override { return std::chrono::system_clock::now(); }
  core::CivilDate today() override { return *core::CivilDate::parse("2026-11-21"); }
};

struct ScanSyncFixture : mws::test::DbFixture {
  ScanSyncFixture() : server(secureOptions()) {
    const auto started = server.start();
    BOOST_REQUIRE_MESSAGE(started.ok(), (started.ok() ? "" : started.error().detail));
    BOOST_REQUIRE(units.add({kUnit, "Scan unit"}).ok());
    auto user = users.add({0, "o.scan", "Officer Scan", core::Role::Officer, kUnit, "$argon2id$stub", true});
    BOOST_REQUIRE(user.ok());
    officer = *user;
  }
  sync::central::ServerOptions secureOptions() const {
    auto options = centralOptions(centralDb.dsn);
    options.tls = pki.serverFiles();
    return options;
  }
  client::AgentOptions agentConfig() const {
    auto options = agentOptions(dsn, "https://127.0.0.1:" + std::to_string(server.port()), kUnit);
    options.client = pki.clientFor(kUnit);
    return options;
  }
  std::int64_t addPerson() {
    core::Person p;
    p.latin = {"KARIMOV", "ALISHER", ""};
    p.cyrillic = {"Каримов", "Алишер", ""};
    p.birthDate = *core::CivilDate::parse("1990-03-15");
    p.sex = core::Sex::Male;
    p.status = core::PersonStatus::Foreigner;
    p.citizenship = "KAZ";
    p.documents.push_back({core::DocumentKind::Passport, "", "N12345678", "KAZ", "MVD RK",
                           *core::CivilDate::parse("2020-01-10"), *core::CivilDate::parse("2030-01-09")});
    p.visas.push_back({"EV0012345", core::VisaKind::EVisa, core::VisaEntries::Single,
                       *core::CivilDate::parse("2026-11-01"), *core::CivilDate::parse("2026-11-30"), {}});
    auto added = persons.add(p, {officer, "person.add", clock.now()});
    BOOST_REQUIRE_MESSAGE(added.ok(), (added.ok() ? "" : added.error().code));
    return added->id;
  }
  // An e-visa extension (no biometrics) opened with a document scan of `size` bytes.
  std::string openCaseWithScan(std::size_t size) {
    const std::string scan = "\xFF\xD8\xFF\xE0" + randomBytes(size - 4);
    const std::string sha = storage::BlobStore::putIn(database().session(), scan);
    core::OpenCaseRequest request{"", addPerson(), core::Channel::Counter,
                                  core::EVisaExtensionPayload{"EV0012345", *core::CivilDate::parse("2026-12-20")},
                                  core::CaseCapture{sha, {{"right-thumb", 72, ""}}}};
    auto opened = service.open(request, officer);
    BOOST_REQUIRE_MESSAGE(opened.ok(), (opened.ok() ? "" : opened.error().code));
    return sha;
  }

  storage::PgUnitRepository units{database()};
  storage::PgUserRepository users{database()};
  storage::PgPersonRepository persons{database()};
  storage::PgCaseRepository cases{database()};
  storage::PgReferenceDataRepository reference{database()};
  DayClock clock;
  core::CaseService service{cases, persons, reference, clock};
  core::User officer;
  Pki pki;
  CentralDb centralDb;
  sync::central::CentralServer server;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(document_scan_sync, ScanSyncFixture)

BOOST_AUTO_TEST_CASE(a_case_snapshot_references_its_document_scan) {
  const std::string body = R"({"id":"x","document_scan_sha256":")" + std::string(64, 'b') +
                           R"(","payload":{"visa_number":"EV1"}})";
  const auto refs = sync::protocol::blobsReferencedBy(body);
  BOOST_REQUIRE(refs.size() == 1u);
  BOOST_TEST(refs.front() == std::string(64, 'b'));
  BOOST_TEST(sync::protocol::blobsReferencedBy(R"({"document_scan_sha256":null})").empty());
}

BOOST_AUTO_TEST_CASE(the_scan_reaches_the_centre_before_its_case) {
  const std::string sha = openCaseWithScan(60000);
  client::SyncAgent agent(agentConfig());
  const auto drained = agent.drainOnce();
  BOOST_REQUIRE_MESSAGE(drained.ok(), (drained.ok() ? "" : drained.error().code + ": " + drained.error().detail));
  BOOST_TEST(drained->blobsUploaded == 1);
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM blobs WHERE sha256 = '" + sha + "'") == 1);
  BOOST_TEST(centralDb.scalar("SELECT plain_size FROM blobs WHERE sha256 = '" + sha + "'") == 60000);
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM cases WHERE body->>'document_scan_sha256' = '" + sha +
                              "' AND body->'finger_quality'->0->>'finger' = 'right-thumb'") == 1);
  BOOST_TEST(unsentIn(database()) == 0);
}

BOOST_AUTO_TEST_CASE(the_centre_refuses_a_snapshot_naming_a_scan_it_does_not_hold) {
  const std::string id = randomUuid();
  const std::string absent(64, 'd');
  {
    soci::transaction tx(database().session());
    storage::Outbox::append(database().session(), "case", id, "submit",
                            R"({"id":")" + id + R"(","unit":")" + kUnit +
                                R"(","state":"submitted","version":1,"document_scan_sha256":")" + absent +
                                R"(","payload":{"visa_number":"EV1"}})");
    tx.commit();
  }
  client::SyncAgent agent(agentConfig());
  const auto drained = agent.drainOnce();
  BOOST_REQUIRE(!drained.ok());  // the unit lacks the blob: nothing is pushed without it
  BOOST_TEST(drained.error().code == "storage.blob_not_found");
  BOOST_TEST(centralDb.cases() == 0);
  BOOST_TEST(unsentIn(database()) == 1);
}

BOOST_AUTO_TEST_SUITE_END()
