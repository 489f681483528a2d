// Blob uploads end to end on loopback: the CentralClient against a CentralServer on its own
// database. Chunks are appended only at the centre's current length; the SHA-256 is
// verified before a blob is accepted; a case is accepted only when its blobs are held.

#include <boost/test/unit_test.hpp>
#include <thread>

#include "blob_fixture.hpp"
#include "mws/storage/blob_store.hpp"
#include "mws/sync/central/central_admin.hpp"
#include "mws/sync/client/central_client.hpp"

namespace protocol = mws::sync::protocol;
using mws::sync::client::CentralClient;
using namespace mws::sync::test;

namespace {

constexpr std::size_t kChunk = protocol::kMaxBlobChunkBytes;

struct BlobFixture {
  BlobFixture() : server(centralOptions(centralDb.dsn)), client("http://unset") {
    const auto started = server.start();
    BOOST_REQUIRE_MESSAGE(started.ok(), (started.ok() ? "" : started.error().detail));
    client = CentralClient("http://127.0.0.1:" + std::to_string(server.port()));
    const auto hello = client.hello({protocol::kProtocolVersion, "UNIT-A", protocol::wallClockNow()});
    BOOST_REQUIRE(hello.ok());
    centreKey = hello->sealPublicKey;
    BOOST_REQUIRE(protocol::isValidSha256(centreKey));
  }

  // `plain` sealed to the centre's key, as the workstation sends it.
  std::string sealed(const std::string& plain) const {
    auto box = mws::storage::BlobStore::sealTo(centreKey, plain);
    BOOST_REQUIRE(box.ok());
    return *box;
  }

  // Seals `plain` and sends it in chunks from 0 under the name `sha256`; the last reply.
  mws::core::Result<protocol::BlobStatus> upload(const std::string& sha256, const std::string& plain) {
    return uploadAsIs(sha256, sealed(plain));
  }
  // Sends `bytes` as they are.
  mws::core::Result<protocol::BlobStatus> uploadAsIs(const std::string& sha256, const std::string& bytes) {
    mws::core::Result<protocol::BlobStatus> last = mws::core::makeError("nothing sent");
    for (std::size_t offset = 0; offset < bytes.size(); offset += kChunk) {
      last = client.putBlobChunk(sha256, static_cast<std::int64_t>(offset),
                                 static_cast<std::int64_t>(bytes.size()),
                                 std::string_view(bytes).substr(offset, kChunk));
      if (!last) return last;
    }
    return last;
  }

  CentralDb centralDb;
  mws::sync::central::CentralServer server;
  CentralClient client;
  std::string centreKey;
};

template <typename T>
std::string serverCode(const mws::core::Result<T>& reply) {
  BOOST_REQUIRE(!reply.ok());
  const auto it = reply.error().params.find("server_code");
  return it == reply.error().params.end() ? reply.error().code : it->second;
}

protocol::PushRequest caseBatch(std::int64_t seq, const std::string& body, const std::string& id) {
  return {protocol::kProtocolVersion, {"UNIT-A", "counter-1"}, {{seq, "case", id, "submit", body}}};
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(blobs, BlobFixture)

BOOST_AUTO_TEST_CASE(a_blob_sent_in_chunks_is_held_once_its_last_byte_arrives) {
  const std::string plain = randomBytes(2 * kChunk + 1000);
  const std::string sha256 = sha256Of(plain);
  const std::string bytes = sealed(plain);
  const auto first = client.putBlobChunk(sha256, 0, static_cast<std::int64_t>(bytes.size()),
                                         std::string_view(bytes).substr(0, kChunk));
  BOOST_REQUIRE_MESSAGE(first.ok(), (first.ok() ? "" : first.error().detail));
  BOOST_TEST(first->received == static_cast<std::int64_t>(kChunk));
  BOOST_TEST(!first->complete);
  const auto midway = client.blobStatus(sha256);
  BOOST_REQUIRE(midway.ok());
  BOOST_TEST(midway->received == static_cast<std::int64_t>(kChunk));
  BOOST_TEST(centralBlobs(centralDb) == 0);

  const auto last = uploadAsIs(sha256, bytes);  // resends chunk 0: refused, see below
  BOOST_TEST(serverCode(last) == "blob.offset_mismatch");
  BOOST_TEST(last.error().params.at("status") == "409");
  BOOST_TEST(last.error().params.at("received") == std::to_string(kChunk));
  for (std::size_t offset = kChunk; offset < bytes.size(); offset += kChunk) {
    BOOST_REQUIRE(client.putBlobChunk(sha256, static_cast<std::int64_t>(offset),
                                      static_cast<std::int64_t>(bytes.size()),
                                      std::string_view(bytes).substr(offset, kChunk)).ok());
  }
  const auto done = client.blobStatus(sha256);
  BOOST_REQUIRE(done.ok());
  BOOST_TEST(done->complete);
  BOOST_TEST(done->size == static_cast<std::int64_t>(bytes.size()));
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM blobs WHERE length(data) = size") == 1);
  BOOST_TEST(centralDb.scalar("SELECT plain_size FROM blobs") == static_cast<long long>(plain.size()));
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM blob_parts") == 0);
  const auto opened = mws::sync::central::openBlob(centralDb.dsn, sha256);
  BOOST_REQUIRE(opened.ok());
  BOOST_TEST((*opened == plain));
}

BOOST_AUTO_TEST_CASE(plain_bytes_or_a_seal_of_other_bytes_are_refused_with_422) {
  const std::string plain = randomBytes(5000);
  const std::string sha256 = sha256Of(plain);
  const auto unsealed = uploadAsIs(sha256, plain);
  BOOST_TEST(serverCode(unsealed) == "blob.hash_mismatch");
  const auto other = uploadAsIs(sha256, sealed(randomBytes(5000)));
  BOOST_TEST(serverCode(other) == "blob.hash_mismatch");
  BOOST_TEST(centralBlobs(centralDb) == 0);
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM blob_uploads") == 0);
  BOOST_TEST(upload(sha256, plain).ok());
  BOOST_TEST(centralBlobs(centralDb) == 1);
}

BOOST_AUTO_TEST_CASE(a_tampered_blob_is_refused_with_422_and_its_parts_are_dropped) {
  const std::string plain = randomBytes(kChunk + 500);
  const std::string sha256 = sha256Of(plain);
  std::string bytes = sealed(plain);
  bytes[kChunk + 10] = static_cast<char>(bytes[kChunk + 10] ^ 0x01);  // one bit flipped
  const auto reply = uploadAsIs(sha256, bytes);
  BOOST_TEST(serverCode(reply) == "blob.hash_mismatch");
  BOOST_TEST(reply.error().params.at("status") == "422");
  BOOST_TEST(centralBlobs(centralDb) == 0);
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM blob_parts") == 0);
  const auto status = client.blobStatus(sha256);
  BOOST_REQUIRE(status.ok());
  BOOST_TEST(status->received == 0);
  BOOST_TEST(!status->complete);
}

BOOST_AUTO_TEST_CASE(a_chunk_beyond_the_declared_size_or_a_bad_name_is_a_400) {
  const std::string bytes = randomBytes(100);
  const auto over = client.putBlobChunk(sha256Of(bytes), 0, 50, bytes);
  BOOST_TEST(serverCode(over) == "protocol.malformed");
  const auto badName = client.putBlobChunk("not-a-hash", 0, 100, bytes);
  BOOST_TEST(badName.error().params.at("status") == "400");
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM blob_uploads") == 0);
}

BOOST_AUTO_TEST_CASE(a_case_whose_blobs_are_missing_is_refused_then_accepted_after_upload) {
  const std::string photo = randomBytes(40000);
  const std::string print = randomBytes(9000);
  const std::string id = randomUuid();
  const auto request = caseBatch(1, caseWithBlobs(id, "UNIT-A", sha256Of(photo), {sha256Of(print)}), id);
  BOOST_REQUIRE(upload(sha256Of(photo), photo).ok());
  const auto refused = client.push(request);
  BOOST_TEST(serverCode(refused) == "push.blobs_missing");
  BOOST_TEST(refused.error().params.at("status") == "409");
  BOOST_TEST(refused.error().params.at("sha256") == sha256Of(print));
  BOOST_TEST(centralDb.entries() == 0);

  BOOST_REQUIRE(upload(sha256Of(print), print).ok());
  const auto accepted = client.push(request);
  BOOST_REQUIRE_MESSAGE(accepted.ok(), (accepted.ok() ? "" : accepted.error().detail));
  BOOST_TEST(accepted->highWater == 1);
  BOOST_TEST(centralDb.cases() == 1);
  BOOST_TEST(centralBlobs(centralDb) == 2);
}

BOOST_AUTO_TEST_CASE(a_blob_already_held_is_complete_at_once_and_stored_once) {
  const std::string bytes = randomBytes(1000);
  BOOST_REQUIRE(upload(sha256Of(bytes), bytes).ok());
  const auto again = upload(sha256Of(bytes), bytes);
  BOOST_REQUIRE(again.ok());
  BOOST_TEST(again->complete);
  BOOST_TEST(centralBlobs(centralDb) == 1);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(blob_limits, BlobFixture)

BOOST_AUTO_TEST_CASE(a_blob_above_the_centres_limit_is_a_413_that_stores_nothing) {
  const std::string bytes = randomBytes(100);
  const auto reply = client.putBlobChunk(sha256Of(bytes), 0, 64LL * 1024 * 1024, bytes);
  BOOST_TEST(serverCode(reply) == "blob.too_large");
  BOOST_TEST(reply.error().params.at("status") == "413");
  BOOST_TEST(centralDb.scalar("SELECT count(*) FROM blob_uploads") == 0);
}

BOOST_AUTO_TEST_CASE(the_same_chunk_sent_to_two_centre_instances_at_once_is_appended_once) {
  mws::sync::central::CentralServer second(centralOptions(centralDb.dsn));
  BOOST_REQUIRE(second.start().ok());
  const std::string bytes = randomBytes(kChunk + 10);
  const std::string sha256 = sha256Of(bytes);
  const auto chunk = std::string_view(bytes).substr(0, kChunk);
  const auto total = static_cast<std::int64_t>(bytes.size());
  mws::core::Result<protocol::BlobStatus> viaSecond = mws::core::makeError("not run");
  std::thread other([&] {
    CentralClient secondClient("http://127.0.0.1:" + std::to_string(second.port()));
    viaSecond = secondClient.putBlobChunk(sha256, 0, total, chunk);
  });
  const auto viaFirst = client.putBlobChunk(sha256, 0, total, chunk);
  other.join();
  BOOST_TEST(viaFirst.ok() != viaSecond.ok());  // one appended, the other was told the offset
  const auto& refused = viaFirst.ok() ? viaSecond : viaFirst;
  BOOST_TEST(serverCode(refused) == "blob.offset_mismatch");
  BOOST_TEST(centralDb.scalar("SELECT received FROM blob_uploads") == static_cast<long long>(kChunk));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(blob_codec)

BOOST_AUTO_TEST_CASE(a_case_references_its_portrait_and_fingerprints_once_each) {
  const std::string a(64, 'a');
  const std::string b(64, 'b');
  const auto refs = protocol::blobsReferencedBy(caseWithBlobs("x", "U", a, {b, b, "", "NOT-HEX"}));
  BOOST_TEST(refs == (std::vector<std::string>{a, b}), boost::test_tools::per_element());
  BOOST_TEST(protocol::blobsReferencedBy(R"({"payload":{"days":30}})").empty());
  BOOST_TEST(protocol::blobsReferencedBy("not json").empty());
}

BOOST_AUTO_TEST_CASE(a_blob_status_survives_encoding_and_a_bad_one_is_malformed) {
  const protocol::BlobStatus status{protocol::kProtocolVersion, std::string(64, 'c'), 10, 20, false};
  const auto decoded = protocol::decodeBlobStatus(protocol::encodeBlobStatus(status));
  BOOST_REQUIRE(decoded.ok());
  BOOST_TEST(decoded->received == 10);
  BOOST_TEST(decoded->size == 20);
  BOOST_TEST(!decoded->complete);
  const auto bad = protocol::decodeBlobStatus(R"({"protocol":1,"sha256":"xyz","received":0,"size":0,"complete":false})");
  BOOST_TEST(bad.error().code == "protocol.malformed");
  const auto other = protocol::decodeBlobStatus(R"({"protocol":2})");
  BOOST_TEST(other.error().code == "protocol.version_mismatch");
}

BOOST_AUTO_TEST_SUITE_END()
