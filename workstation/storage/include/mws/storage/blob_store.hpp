#pragma once
// Content-addressed blobs of the unit database (migration 0005): photos, fingerprints and
// document images, each stored once under the SHA-256 of its bytes (64 lower-case hex
// digits). Cases reference blobs by that hash; the sync agent reads them by hash to upload
// them to the centre before it pushes the cases.
//
// NOTE — encryption at rest is NOT done here yet (a separate issue, DESIGN §5): the bytes
// are stored in clear in `blobs.bytes`. When it lands, the hash stays that of the clear
// bytes (the centre verifies it), and put/get/read encrypt and decrypt behind this
// interface, so callers do not change.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "mws/core/result.hpp"
#include "mws/storage/database.hpp"

namespace soci {
class session;
}

namespace mws::storage {

class BlobStore {
 public:
  explicit BlobStore(Database& db) : m_db(db) {}

  // The SHA-256 of `bytes`, as 64 lower-case hex digits.
  static std::string sha256Of(std::string_view bytes);

  // Stores `bytes` (once; storing the same bytes again changes nothing) and returns their
  // hash. putIn writes inside the caller's open transaction, e.g. that of the case.
  core::Result<std::string> put(std::string_view bytes);
  static std::string putIn(soci::session& sql, std::string_view bytes);

  // The whole blob; storage.blob_not_found (param sha256) when it is not held.
  core::Result<std::string> get(const std::string& sha256);
  // Up to `length` bytes from `offset`, for chunked uploads; storage.blob_not_found.
  core::Result<std::string> read(const std::string& sha256, std::int64_t offset,
                                 std::int64_t length);
  // The blob's size, or nothing when it is not held.
  core::Result<std::optional<std::int64_t>> size(const std::string& sha256);
  core::Result<bool> has(const std::string& sha256);

 private:
  Database& m_db;
};

}  // namespace mws::storage
