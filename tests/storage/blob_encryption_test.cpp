// Encryption at rest of blobs (issue 9): a dump of the database reveals no biometric, an
// altered or swapped seal is an error value, and the installation key lives in a 0600 file.
#include <boost/test/unit_test.hpp>
#include <soci/soci.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "mws/security/key_file.hpp"
#include "mws/storage/blob_store.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;

namespace {

struct TempDir {
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("mws-key-" + std::to_string(::getpid()) + "-" +
                                std::to_string(std::rand()));
  ~TempDir() { std::filesystem::remove_all(path); }
};

storage::BlobKey keyIn(const std::filesystem::path& file) {
  auto loaded = security::KeyFile::loadOrCreate(file);
  BOOST_REQUIRE_MESSAGE(loaded.ok(), (loaded.ok() ? std::string() : loaded.error().code));
  storage::BlobKey key;
  key.bytes = *loaded;
  return key;
}

struct BlobFixture : test::DbFixture {
  TempDir dir;
  storage::BlobKey key = keyIn(dir.path / "blob.key");
  storage::BlobStore store{database(), key};
  // A portrait stand-in: recognisable text that must never appear in the table.
  std::string portrait = "JFIF portrait of KARIMOVA NODIRA AA1234567 " + std::string(4000, 'x');

  std::string dumpHex() {
    std::string all;
    soci::rowset<std::string> rows =
        (database().session().prepare << "SELECT encode(bytes, 'hex') FROM blobs");
    for (const auto& row : rows) all += row;
    return all;
  }
};

std::string hexOf(const std::string& text) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  for (unsigned char c : text) hex += {kDigits[c >> 4], kDigits[c & 0x0f]};
  return hex;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(blob_encryption, BlobFixture)

BOOST_AUTO_TEST_CASE(a_dump_of_the_blobs_table_holds_no_plaintext) {
  auto sha = store.put(portrait);
  BOOST_REQUIRE(sha.ok());
  BOOST_TEST(*sha == storage::BlobStore::sha256Of(portrait));  // the address is of the clear bytes
  const std::string dump = dumpHex();
  BOOST_TEST(!dump.empty());
  BOOST_TEST(dump.find(hexOf("KARIMOVA")) == std::string::npos);
  BOOST_TEST(dump.find(hexOf("AA1234567")) == std::string::npos);
  BOOST_TEST(dump.find(hexOf("xxxxxxxxxxxxxxxx")) == std::string::npos);

  BOOST_TEST(store.get(*sha).value() == portrait);
  BOOST_TEST(store.size(*sha).value().value() == static_cast<std::int64_t>(portrait.size()));
  BOOST_TEST(store.read(*sha, 5, 8).value() == portrait.substr(5, 8));
}

BOOST_AUTO_TEST_CASE(an_altered_seal_is_an_error_not_garbage) {
  auto sha = store.put(portrait);
  BOOST_REQUIRE(sha.ok());
  database().session() << "UPDATE blobs SET bytes = overlay(bytes PLACING '\\x00'::bytea FROM 100)";
  BOOST_TEST(store.get(*sha).error().code == "storage.blob_corrupt");
  BOOST_TEST(store.read(*sha, 0, 10).error().code == "storage.blob_corrupt");
}

BOOST_AUTO_TEST_CASE(another_installations_key_cannot_open_the_blob) {
  auto sha = store.put(portrait);
  BOOST_REQUIRE(sha.ok());
  TempDir otherDir;
  storage::BlobStore other{database(), keyIn(otherDir.path / "blob.key")};
  BOOST_TEST(other.get(*sha).error().code == "storage.blob_corrupt");
  BOOST_TEST(store.get("0000000000000000000000000000000000000000000000000000000000000000")
                 .error()
                 .code == "storage.blob_not_found");
}

BOOST_AUTO_TEST_CASE(the_key_file_is_private_stable_and_checked) {
  const auto file = dir.path / "blob.key";
  struct stat info {};
  BOOST_REQUIRE(::stat(file.c_str(), &info) == 0);
  BOOST_TEST((info.st_mode & 0777) == 0600u);
  BOOST_TEST(std::filesystem::file_size(file) == security::KeyFile::kSize);
  BOOST_TEST((keyIn(file).bytes == key.bytes));  // loading again gives the same key

  ::chmod(file.c_str(), 0644);
  BOOST_TEST(security::KeyFile::load(file).error().code == "security.key_file_exposed");
  ::chmod(file.c_str(), 0600);
  std::ofstream(file, std::ios::app) << "extra";
  BOOST_TEST(security::KeyFile::load(file).error().code == "security.key_file_invalid");
  BOOST_TEST(security::KeyFile::load(dir.path / "none").error().code == "security.key_missing");
}

BOOST_AUTO_TEST_SUITE_END()
