#pragma once
// Private to mws::central: the centre's X25519 key pair that workstations seal blobs to
// (libsodium sealed boxes). One key for every centre instance on a database: it lives in
// the centre's own database (table seal_key), made by the first instance that starts.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "mws/core/result.hpp"

namespace soci {
class session;
}

namespace mws::sync::central::detail {

struct SealKey {
  std::array<unsigned char, 32> publicKey{};
  std::array<unsigned char, 32> secretKey{};

  std::string publicHex() const;
  // The plain bytes of a sealed box for this key; nothing when it does not open.
  std::optional<std::string> open(std::string_view sealed) const;
};

// Loads the key, making it first when the database has none (safe when several instances
// start at once). Throws on database errors.
SealKey loadOrCreateSealKey(soci::session& sql);

// SHA-256 of `bytes` as 64 lower-case hex digits.
std::string sha256Hex(std::string_view bytes);

std::string toHex(std::string_view bytes);
std::string fromHex(std::string_view hex);

}  // namespace mws::sync::central::detail
