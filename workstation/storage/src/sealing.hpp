#pragma once
// Authenticated encryption at rest with the installation's key (XChaCha20-Poly1305, libsodium),
// one format for everything storage seals (blobs, drafts):
//   version (1 byte) || nonce (24) || ciphertext+tag (16)
// The associated data binds a seal to its place (a blob's hash, a draft's row): a sealed
// value copied elsewhere does not open.

#include <optional>
#include <string>
#include <string_view>

#include "mws/storage/blob_store.hpp"

namespace mws::storage::sealing {

std::string seal(const BlobKey& key, std::string_view associatedData, std::string_view plain);
// nullopt when the seal does not open (wrong key, other associated data, altered bytes).
std::optional<std::string> unseal(const BlobKey& key, std::string_view associatedData,
                                  std::string_view sealed);

// Bytes travel to PostgreSQL as hex text (decode/encode in SQL): SOCI binds text, not bytea.
std::string toHex(std::string_view bytes);
std::string fromHex(std::string_view hex);

}  // namespace mws::storage::sealing
