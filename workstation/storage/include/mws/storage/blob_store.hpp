#pragma once
// Content-addressed blobs of the unit database (migration 0005): photos, fingerprints and
// document images, each stored once under the SHA-256 of its bytes (64 lower-case hex
// digits). Cases reference blobs by that hash; the sync agent reads them by hash to upload
// them to the centre before it pushes the cases.
//
// Encryption at rest (DESIGN §5, migration 0007): `blobs.bytes` holds each blob sealed with
// XChaCha20-Poly1305 under the installation's key (kept outside the database, see
// mws/security/key_file.hpp), a random nonce per blob and the hash as associated data, so a
// dump reveals no biometric and a row cannot be swapped or altered unnoticed. The hash and
// `size` stay those of the clear bytes (the centre verifies the hash); get/read open the
// seal behind this interface. Rows written before 0007 (sealed = false) are read as they
// are and sealed when the same bytes are put again.

#include <array>
#include <chrono>
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

// The installation's 32-byte blob key.
struct BlobKey {
  std::array<unsigned char, 32> bytes{};
};

class BlobStore {
 public:
  // With the key installed for this process (installKey); without one every call fails
  // with storage.blob_key_missing (and putIn throws).
  explicit BlobStore(Database& db);
  BlobStore(Database& db, const BlobKey& key) : m_db(db), m_key(key) {}

  // The key the executable loaded at start-up, for stores made without an explicit key.
  static void installKey(const BlobKey& key);
  // That key, or nothing before installKey (other stores sealing at rest reuse it).
  static std::optional<BlobKey> sharedKey();

  // The SHA-256 of `bytes`, as 64 lower-case hex digits.
  static std::string sha256Of(std::string_view bytes);

  // Stores `bytes` (once; storing the same bytes again changes nothing) and returns their
  // hash. putIn writes inside the caller's open transaction, e.g. that of the case.
  core::Result<std::string> put(std::string_view bytes);
  static std::string putIn(soci::session& sql, std::string_view bytes);
  static std::string putIn(soci::session& sql, const BlobKey& key, std::string_view bytes);

  // The whole blob; storage.blob_not_found (param sha256) when it is not held,
  // storage.blob_corrupt when its seal does not open (altered bytes or another key).
  core::Result<std::string> get(const std::string& sha256);
  // Up to `length` bytes from `offset`, for chunked uploads; storage.blob_not_found.
  core::Result<std::string> read(const std::string& sha256, std::int64_t offset,
                                 std::int64_t length);
  // The blob's size, or nothing when it is not held.
  core::Result<std::optional<std::int64_t>> size(const std::string& sha256);
  core::Result<bool> has(const std::string& sha256);

  // Sealing to the centre (issue 9, migration 0010). `centreKey` is the centre's X25519
  // public key as 64 hex digits (the hello's seal_public_key). Stores, in one transaction,
  // a libsodium sealed box of the blob for that key (only the centre's secret key opens
  // it) beside the readable copy, with the time, and returns the sealed size (size + 48).
  // Nothing happens to a blob already sealed to that key. storage.blob_not_found,
  // storage.blob_corrupt, storage.blob_sealed_elsewhere (sealed to another centre key:
  // param centre_key), storage.bad_centre_key.
  core::Result<std::int64_t> sealForCentre(const std::string& sha256, const std::string& centreKey);
  // Up to `length` bytes of the sealed form from `offset`, for the upload; storage.blob_not_found
  // unless the blob is sealed to `centreKey`.
  core::Result<std::string> readSealed(const std::string& sha256, const std::string& centreKey,
                                       std::int64_t offset, std::int64_t length);
  // The retention policy: drops the readable copy of every blob sealed for the centre at
  // or before `cutoff`; from then on get/read answer storage.blob_sent (the workstation
  // cannot read back what it sent) and only the sealed box stays. Returns how many.
  core::Result<std::int64_t> dropReadableSentBefore(std::chrono::system_clock::time_point cutoff);
  // A sealed box of `plain` for the public key `centreKey` (hex): what sealForCentre stores.
  static core::Result<std::string> sealTo(const std::string& centreKey, std::string_view plain);

 private:
  core::Result<std::string> open(const std::string& sha256);

  Database& m_db;
  std::optional<BlobKey> m_key;
};

}  // namespace mws::storage
