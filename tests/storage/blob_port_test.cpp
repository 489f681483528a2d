// The core's BlobPort over the sealed BlobStore: what goes in comes out, addressed by SHA-256.
#include <boost/test/unit_test.hpp>
#include <soci/soci.h>

#include "mws/storage/blob_port_adapter.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;

namespace {

storage::BlobKey testKey() {
  storage::BlobKey key;
  for (std::size_t i = 0; i < key.bytes.size(); ++i) key.bytes[i] = static_cast<unsigned char>(i * 7 + 1);
  return key;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(blob_port, test::DbFixture)

BOOST_AUTO_TEST_CASE(a_blob_put_through_the_port_comes_back_whole) {
  storage::BlobPortAdapter port(database(), testKey());
  std::string portrait(70000, '\0');
  for (std::size_t i = 0; i < portrait.size(); ++i) portrait[i] = static_cast<char>((i * 131) % 251);
  auto sha = port.put(portrait);
  BOOST_REQUIRE(sha.ok());
  BOOST_TEST(*sha == storage::BlobStore::sha256Of(portrait));
  BOOST_TEST(port.put(portrait).value() == *sha);  // stored once
  long long rows = 0;
  database().session() << "SELECT count(*) FROM blobs", soci::into(rows);
  BOOST_TEST(rows == 1);
  auto back = port.get(*sha);
  BOOST_REQUIRE(back.ok());
  BOOST_TEST((*back == portrait));
}

BOOST_AUTO_TEST_CASE(an_unknown_or_malformed_hash_is_not_found) {
  storage::BlobPortAdapter port(database(), testKey());
  const std::string absent(64, 'a');
  auto missing = port.get(absent);
  BOOST_TEST(missing.error().code == "storage.blob_not_found");
  BOOST_TEST(missing.error().params.at("sha256") == absent);
  BOOST_TEST(port.get("../etc/passwd").error().code == "storage.blob_not_found");
}

BOOST_AUTO_TEST_SUITE_END()
