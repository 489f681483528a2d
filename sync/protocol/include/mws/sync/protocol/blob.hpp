#pragma once
// Blobs: photos, fingerprints and document images, addressed by the SHA-256 of their bytes
// (64 lower-case hex digits). A workstation uploads a blob in chunks at increasing offsets;
// the centre appends a chunk only at its current length, so a broken upload resumes where
// the centre stopped, and it verifies the hash before it accepts the blob.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mws/core/result.hpp"
#include "mws/sync/protocol/protocol.hpp"

namespace mws::sync::protocol {

// GET <prefix><sha256> answers a BlobStatus; PUT <prefix><sha256>?offset=N&total=T with
// the chunk's bytes (application/octet-stream) as the body appends it.
inline constexpr std::string_view kBlobPathPrefix = "/v1/blobs/";

// Largest chunk one PUT may carry, and the default largest blob the centre takes.
inline constexpr std::size_t kMaxBlobChunkBytes = 256 * 1024;
inline constexpr std::int64_t kDefaultMaxBlobBytes = 32LL * 1024 * 1024;

struct BlobStatus {
  int protocolVersion = kProtocolVersion;
  std::string sha256;
  std::int64_t received = 0;  // bytes the centre holds; an upload continues at this offset
  std::int64_t size = 0;      // the declared total, 0 until an upload started
  bool complete = false;      // verified and accepted: nothing more to send
};

// Error codes of the blob endpoints (besides the protocol's own).
namespace codes {
inline constexpr std::string_view kBlobOffset = "blob.offset_mismatch";  // 409, params received
inline constexpr std::string_view kBlobHash = "blob.hash_mismatch";      // 422, parts dropped
inline constexpr std::string_view kBlobTooLarge = "blob.too_large";      // 413, params max
inline constexpr std::string_view kBlobsMissing = "push.blobs_missing";  // 409, params sha256
}  // namespace codes

// 64 lower-case hexadecimal digits.
bool isValidSha256(std::string_view text);

// The blobs a case snapshot (an outbox body) references: document_scan_sha256 (migration
// 0013), payload.biometrics.photo_sha256 and fingerprint_sha256, without duplicates or
// empty strings. Bodies that are not JSON
// objects, or have no biometrics, reference nothing.
std::vector<std::string> blobsReferencedBy(std::string_view caseBody);

std::string encodeBlobStatus(const BlobStatus& status);
// protocol.malformed or protocol.version_mismatch.
core::Result<BlobStatus> decodeBlobStatus(std::string_view json);

}  // namespace mws::sync::protocol
