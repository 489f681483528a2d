// A case's document scan and finger qualities (migration 0013): stored with the case, the
// scan as a blob sealed at rest, both in the case's outbox snapshot; a malformed capture is
// refused before anything is written; a scan the unit does not hold cannot be referenced.
#include <boost/test/unit_test.hpp>
#include <soci/soci.h>

#include "domain_fixture.hpp"
#include "mws/storage/blob_port_adapter.hpp"

using namespace mws;
using test::date;

namespace {

storage::BlobKey scanKey() {
  storage::BlobKey key;
  for (std::size_t i = 0; i < key.bytes.size(); ++i) key.bytes[i] = static_cast<unsigned char>(i * 11 + 3);
  return key;
}

// JPEG's start-of-image and JFIF markers, then the body.
std::string jpegLike(std::size_t size) {
  std::string bytes = "\xFF\xD8\xFF\xE0";
  bytes += std::string("\x00\x10JFIF\x00", 7);
  while (bytes.size() < size) bytes += static_cast<char>((bytes.size() * 37) % 251);
  return bytes;
}

struct ScanFixture : test::DomainFixture {
  storage::BlobPortAdapter blobs{database(), scanKey()};

  core::CaseCapture capture() {
    auto sha = blobs.put(jpegLike(48000));
    BOOST_REQUIRE(sha.ok());
    return {*sha, {{"right-thumb", 87.5, ""}, {"right-index", 0, "bandaged"}, {"left-thumb", 61, ""}}};
  }

  core::Result<core::Case> open(const core::CaseCapture& c) {
    core::EVisaExtensionPayload payload{"EV0012345", date("2026-12-20")};
    return service.open({"", foreigner.id, core::Channel::Counter, payload, c}, officer);
  }

  long long count(const std::string& sql) {
    long long n = 0;
    database().session() << sql, soci::into(n);
    return n;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(case_scan, ScanFixture)

BOOST_AUTO_TEST_CASE(the_scan_and_finger_qualities_come_back_with_the_case) {
  const auto captured = capture();
  auto opened = open(captured);
  BOOST_REQUIRE_MESSAGE(opened.ok(), (opened.ok() ? std::string() : opened.error().code));
  auto loaded = cases.load(opened->id);
  BOOST_REQUIRE(loaded.ok() && loaded->has_value());
  BOOST_TEST(((*loaded)->capture == captured));
  BOOST_TEST((*loaded)->capture.fingers.at(1).exception == "bandaged");
  std::string column;
  database().session() << "SELECT document_scan_sha256 FROM cases WHERE id = :id::uuid", soci::use(opened->id),
      soci::into(column);
  BOOST_TEST(column == captured.documentScanSha256);
}

BOOST_AUTO_TEST_CASE(the_scan_is_sealed_at_rest) {
  const auto captured = capture();
  BOOST_REQUIRE(open(captured).ok());
  std::string hex;
  database().session() << "SELECT encode(bytes, 'hex') FROM blobs WHERE sha256 = :h",
      soci::use(captured.documentScanSha256), soci::into(hex);
  BOOST_REQUIRE(!hex.empty());
  BOOST_TEST(hex.rfind("ffd8ff", 0) != 0);           // no JPEG start-of-image
  BOOST_TEST(hex.find("4a464946") == std::string::npos);  // nor "JFIF" anywhere
  auto back = blobs.get(captured.documentScanSha256);
  BOOST_REQUIRE(back.ok());
  BOOST_TEST(back->rfind("\xFF\xD8\xFF", 0) == 0);  // the port reads the JPEG back
}

BOOST_AUTO_TEST_CASE(the_outbox_snapshot_carries_the_scan_and_the_fingers) {
  const auto captured = capture();
  auto opened = open(captured);
  BOOST_REQUIRE(opened.ok());
  std::string scan, fingers;
  database().session() << "SELECT body->>'document_scan_sha256', body->'finger_quality'->0->>'finger'"
                          " FROM outbox WHERE entity = 'case' AND entity_id = :id ORDER BY seq DESC LIMIT 1",
      soci::use(opened->id), soci::into(scan), soci::into(fingers);
  BOOST_TEST(scan == captured.documentScanSha256);
  BOOST_TEST(fingers == "right-thumb");
}

BOOST_AUTO_TEST_CASE(a_case_without_a_scan_has_none) {
  auto opened = open({});
  BOOST_REQUIRE(opened.ok());
  auto loaded = cases.load(opened->id);
  BOOST_REQUIRE(loaded.ok() && loaded->has_value());
  BOOST_TEST((*loaded)->capture.documentScanSha256.empty());
  BOOST_TEST((*loaded)->capture.fingers.empty());
  BOOST_TEST(count("SELECT count(*) FROM cases WHERE document_scan_sha256 IS NULL") == 1);
}

BOOST_AUTO_TEST_CASE(a_malformed_capture_is_refused_and_nothing_is_written) {
  auto bad = capture();
  bad.documentScanSha256 = "not-a-hash";
  auto refused = open(bad);
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "payload.field_invalid");
  BOOST_TEST(refused.error().params.at("field") == "document_scan_sha256");
  auto tooGood = capture();
  tooGood.fingers.at(0).quality = 140;
  BOOST_TEST(open(tooGood).error().params.at("field") == "finger_quality");
  BOOST_TEST(count("SELECT count(*) FROM cases") == 0);
  BOOST_TEST(count("SELECT count(*) FROM outbox WHERE entity = 'case'") == 0);
}

BOOST_AUTO_TEST_CASE(a_scan_the_unit_does_not_hold_cannot_be_referenced) {
  core::CaseCapture absent{std::string(64, 'c'), {}};
  auto refused = open(absent);
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "case.reference_missing");
  BOOST_TEST(count("SELECT count(*) FROM cases") == 0);
}

BOOST_AUTO_TEST_CASE(an_account_is_found_by_its_id) {
  auto found = users.findById(supervisor.id);
  BOOST_REQUIRE(found.ok() && found->has_value());
  BOOST_TEST((*found)->login == "s.rahimov");
  BOOST_TEST((*found)->displayName == supervisor.displayName);
  auto none = users.findById(999999);
  BOOST_REQUIRE(none.ok());
  BOOST_TEST(!none->has_value());
}

BOOST_AUTO_TEST_SUITE_END()
