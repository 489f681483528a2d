// The sync agent uploads the blobs a case references before it pushes the case, over
// mutual TLS on loopback, and resumes a blob upload cut short where the centre stopped.
// Each test ends with every case and blob once at the centre and the outbox drained.

#include <boost/test/unit_test.hpp>

#include "blob_fixture.hpp"
#include "fault_proxy.hpp"
#include "mws/sync/central/central_admin.hpp"

namespace client = mws::sync::client;
using client::SyncAgent;
using mws::storage::BlobStore;
using namespace mws::sync::test;

namespace {

constexpr const char* kUnit = "UNIT-A";
constexpr std::size_t kChunk = mws::sync::protocol::kMaxBlobChunkBytes;
constexpr long long kSealBytes = 48;  // a libsodium sealed box: ephemeral key + MAC

struct BlobAgentFixture : mws::test::DbFixture {
  BlobAgentFixture() : server(secureOptions()) {
    const auto started = server.start();
    BOOST_REQUIRE_MESSAGE(started.ok(), (started.ok() ? "" : started.error().detail));
  }
  mws::sync::central::ServerOptions secureOptions() const {
    auto options = centralOptions(centralDb.dsn);
    options.tls = pki.serverFiles();
    return options;
  }
  client::AgentOptions agentConfig(std::uint16_t port) const {
    auto options = agentOptions(dsn, "https://127.0.0.1:" + std::to_string(port), kUnit);
    options.client = pki.clientFor(kUnit);
    return options;
  }
  // A case referencing a photo and two fingerprints of the given sizes, stored locally
  // unless `storeBlobs` is false; returns the blobs' bytes.
  std::vector<std::string> addCaseWithBlobs(std::vector<std::size_t> sizes, bool storeBlobs = true) {
    std::vector<std::string> blobs;
    std::vector<std::string> prints;
    for (const auto size : sizes) blobs.push_back(randomBytes(size));
    for (std::size_t i = 1; i < blobs.size(); ++i) prints.push_back(sha256Of(blobs[i]));
    soci::transaction tx(database().session());
    if (storeBlobs) {
      for (const auto& bytes : blobs) BlobStore::putIn(database().session(), bytes);
    }
    const std::string id = randomUuid();
    mws::storage::Outbox::append(database().session(), "case", id, "submit",
                                 caseWithBlobs(id, kUnit, sha256Of(blobs[0]), prints));
    tx.commit();
    return blobs;
  }
  void requireExactlyOnce(long long cases, long long blobs) {
    BOOST_TEST(centralDb.cases() == cases);
    BOOST_TEST(centralDb.entries() == cases);
    BOOST_TEST(centralBlobs(centralDb) == blobs);
    BOOST_TEST(centralDb.scalar("SELECT count(*) FROM blob_uploads") == 0);
    BOOST_TEST(unsentIn(database()) == 0);
  }

  long long localScalar(const std::string& query) {
    long long value = 0;
    database().session() << query, soci::into(value);
    return value;
  }

  Pki pki;
  CentralDb centralDb;
  mws::sync::central::CentralServer server;
};

std::string detailOf(const mws::core::Result<client::DrainResult>& r) {
  return r.ok() ? std::string() : r.error().code + ": " + r.error().detail;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(blob_agent, BlobAgentFixture)

BOOST_AUTO_TEST_CASE(the_agent_uploads_a_cases_blobs_before_the_case) {
  addCaseWithBlobs({300000, 20000, 20000});
  addCaseWithBlobs({50000, 20000});
  addCases(database(), 5, kUnit);
  SyncAgent agent(agentConfig(server.port()));
  const auto drained = agent.drainOnce();
  BOOST_REQUIRE_MESSAGE(drained.ok(), detailOf(drained));
  BOOST_TEST(drained->blobsUploaded == 5);
  BOOST_TEST(drained->blobBytesSent == 410000 + 5 * kSealBytes);  // sent sealed
  BOOST_TEST(drained->pushed == 7);
  requireExactlyOnce(7, 5);
}

BOOST_AUTO_TEST_CASE(an_upload_cut_mid_blob_resumes_at_the_centres_offset) {
  const auto blobs = addCaseWithBlobs({4 * kChunk});  // four chunks
  // One kept-alive connection carries the hello, the status and the chunks: chunks 0 and 1
  // pass, chunk 2 is cut about 64 KiB into it.
  FaultProxy proxy(server.port(), CutAt::Request, 2 * kChunk + 64 * 1024, 1);
  SyncAgent agent(agentConfig(proxy.port()));
  const auto cut = agent.drainOnce();
  BOOST_TEST_REQUIRE(!cut.ok());
  BOOST_TEST(cut.error().code == "sync.unreachable");
  BOOST_TEST(proxy.cutsMade() == 1);
  BOOST_TEST(centralDb.cases() == 0);
  BOOST_TEST(centralDb.scalar("SELECT received FROM blob_uploads") == 2 * static_cast<long long>(kChunk));
  const auto sentBefore = agent.status().blobBytesSent;

  const auto resumed = agent.drainOnce();
  BOOST_REQUIRE_MESSAGE(resumed.ok(), detailOf(resumed));
  const auto resent = agent.status().blobBytesSent - sentBefore;
  BOOST_TEST(resent == 2 * static_cast<std::int64_t>(kChunk) + kSealBytes);
  BOOST_TEST(resent < static_cast<std::int64_t>(blobs[0].size()));
  requireExactlyOnce(1, 1);
  BOOST_TEST(centralDb.scalar("SELECT plain_size FROM blobs") == static_cast<long long>(blobs[0].size()));
  BOOST_TEST(centralDb.scalar("SELECT size FROM blobs") == static_cast<long long>(blobs[0].size()) + kSealBytes);
}

BOOST_AUTO_TEST_CASE(a_sent_blob_stays_readable_for_the_retention_period) {
  const auto blobs = addCaseWithBlobs({30000, 15000});
  SyncAgent agent(agentConfig(server.port()));  // the default: kept readable for 24 hours
  BOOST_REQUIRE(agent.drainOnce().ok());
  requireExactlyOnce(1, 2);
  BlobStore store(database());
  const auto local = store.get(sha256Of(blobs[0]));
  BOOST_REQUIRE(local.ok());
  BOOST_TEST((*local == blobs[0]));
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM blobs") == 2);
}

BOOST_AUTO_TEST_CASE(a_sent_blob_is_sealed_to_the_centre_the_workstation_cannot_read_it_back_the_centre_can) {
  const auto blobs = addCaseWithBlobs({60000, 15000});
  BlobStore store(database());
  BOOST_REQUIRE(store.get(sha256Of(blobs[0])).ok());  // readable here before it is sent
  auto options = agentConfig(server.port());
  options.keepSentBlobs = std::chrono::seconds(0);  // retention over at once
  SyncAgent agent(options);
  const auto drained = agent.drainOnce();
  BOOST_REQUIRE_MESSAGE(drained.ok(), detailOf(drained));
  requireExactlyOnce(1, 2);
  BOOST_TEST(localScalar("SELECT count(*) FROM blobs WHERE bytes IS NULL") == 2);
  for (const auto& plain : blobs) {
    const std::string sha256 = sha256Of(plain);
    const auto local = store.get(sha256);
    BOOST_REQUIRE(!local.ok());
    BOOST_TEST(local.error().code == "storage.blob_sent");
    BOOST_TEST(store.read(sha256, 0, 100).error().code == "storage.blob_sent");
    // What the unit database keeps is the sealed box the centre received, byte for byte.

    long long localLength = 0;
    std::string localHex;
    database().session() << "SELECT length(centre_bytes), encode(centre_bytes, 'hex') FROM blobs"
                            " WHERE sha256 = :h",
        soci::use(sha256), soci::into(localLength), soci::into(localHex);
    BOOST_TEST(localLength == static_cast<long long>(plain.size()) + kSealBytes);
    BOOST_TEST(centralDb.scalar("SELECT count(*) FROM blobs WHERE sha256 = '" + sha256 +
                                "' AND encode(data, 'hex') = '" + localHex + "'") == 1);
    const auto opened = mws::sync::central::openBlob(centralDb.dsn, sha256);
    BOOST_REQUIRE_MESSAGE(opened.ok(), (opened.ok() ? "" : opened.error().detail));
    BOOST_TEST((*opened == plain));
  }
}

BOOST_AUTO_TEST_CASE(a_case_whose_blob_the_unit_lacks_waits_until_the_blob_is_stored) {
  const auto blobs = addCaseWithBlobs({30000, 10000}, false);
  BlobStore store(database());
  BOOST_REQUIRE(store.put(blobs[1]).ok());  // the fingerprint only
  SyncAgent agent(agentConfig(server.port()));
  const auto refused = agent.drainOnce();
  BOOST_TEST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "storage.blob_not_found");
  BOOST_TEST(toString(agent.status().state) == "refused");
  BOOST_TEST(centralDb.cases() == 0);
  BOOST_TEST(unsentIn(database()) == 1);

  BOOST_REQUIRE(store.put(blobs[0]).ok());
  const auto drained = agent.drainOnce();
  BOOST_REQUIRE_MESSAGE(drained.ok(), detailOf(drained));
  requireExactlyOnce(1, 2);
}

BOOST_AUTO_TEST_CASE(the_local_blob_store_returns_what_was_put_under_its_hash) {
  BlobStore store(database());
  const std::string bytes = randomBytes(70000);
  const auto sha256 = store.put(bytes);
  BOOST_REQUIRE(sha256.ok());
  BOOST_TEST(*sha256 == sha256Of(bytes));
  BOOST_TEST(store.put(bytes).ok());  // a second put changes nothing
  BOOST_TEST(*store.has(*sha256));
  BOOST_TEST(*store.get(*sha256) == bytes);
  BOOST_TEST(*store.read(*sha256, 100, 50) == bytes.substr(100, 50));
  BOOST_TEST(!*store.has(std::string(64, 'a')));
  BOOST_TEST(store.get(std::string(64, 'a')).error().code == "storage.blob_not_found");
}

BOOST_AUTO_TEST_SUITE_END()
