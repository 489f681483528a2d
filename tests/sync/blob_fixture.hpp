#pragma once
// Helpers of the blob tests: random bytes, their SHA-256, and case snapshots that
// reference blobs the way the payload codec writes them (payload.biometrics).

#include <random>
#include <string>
#include <vector>

#include "mws/storage/blob_store.hpp"
#include "sync_fixture.hpp"

namespace mws::sync::test {

// Blobs are sealed at rest: the tests' process holds one random installation key.
inline const bool kBlobKeyInstalled = [] {
  storage::BlobKey key;
  std::random_device device;
  for (auto& b : key.bytes) b = static_cast<unsigned char>(device() & 0xff);
  storage::BlobStore::installKey(key);
  return true;
}();

inline std::string randomBytes(std::size_t size) {
  static std::mt19937_64 random{std::random_device{}()};
  std::string bytes(size, '\0');
  for (auto& c : bytes) c = static_cast<char>(random() & 0xff);
  return bytes;
}

inline std::string sha256Of(const std::string& bytes) {
  return storage::BlobStore::sha256Of(bytes);
}

inline std::string caseWithBlobs(const std::string& id, const std::string& unit,
                                 const std::string& photo, const std::vector<std::string>& prints) {
  std::string list;
  for (const auto& p : prints) list += (list.empty() ? "\"" : ",\"") + p + "\"";
  return R"({"id":")" + id + R"(","unit":")" + unit +
         R"(","service":"ID_CARD","state":"submitted","version":1,"payload":{"biometrics":)"
         R"({"photo_sha256":")" + photo + R"(","fingerprint_sha256":[)" + list + "]}}}";
}

inline long long centralBlobs(const CentralDb& db) {
  return db.scalar("SELECT count(*) FROM blobs");
}

}  // namespace mws::sync::test
