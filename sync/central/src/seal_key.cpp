#include "seal_key.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <soci/soci.h>
#include <sodium.h>

#include <stdexcept>

namespace mws::sync::central::detail {

std::string toHex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(bytes.size() * 2);
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    hex.push_back(kDigits[b >> 4]);
    hex.push_back(kDigits[b & 0x0f]);
  }
  return hex;
}

namespace {

int nibble(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

}  // namespace

std::string fromHex(std::string_view hex) {
  std::string bytes;
  bytes.reserve(hex.size() / 2);
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes.push_back(static_cast<char>((nibble(hex[i]) << 4) | nibble(hex[i + 1])));
  }
  return bytes;
}

std::string sha256Hex(std::string_view bytes) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(bytes.data(), static_cast<unsigned>(bytes.size()));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

std::string SealKey::publicHex() const {
  return toHex(std::string_view(reinterpret_cast<const char*>(publicKey.data()), publicKey.size()));
}

std::optional<std::string> SealKey::open(std::string_view sealed) const {
  if (sealed.size() < crypto_box_SEALBYTES) return std::nullopt;
  std::string plain(sealed.size() - crypto_box_SEALBYTES, '\0');
  if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()),
                           reinterpret_cast<const unsigned char*>(sealed.data()), sealed.size(),
                           publicKey.data(), secretKey.data()) != 0) {
    return std::nullopt;
  }
  return plain;
}

SealKey loadOrCreateSealKey(soci::session& sql) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium cannot be initialised");
  SealKey key;
  randombytes_buf(key.secretKey.data(), key.secretKey.size());
  const std::string fresh = toHex(
      std::string_view(reinterpret_cast<const char*>(key.secretKey.data()), key.secretKey.size()));
  sql << "INSERT INTO seal_key(id, secret) VALUES (1, :s) ON CONFLICT (id) DO NOTHING",
      soci::use(fresh);
  std::string secretHex;
  sql << "SELECT secret FROM seal_key WHERE id = 1", soci::into(secretHex);
  const std::string secret = fromHex(secretHex);
  std::copy(secret.begin(), secret.end(), key.secretKey.begin());
  crypto_scalarmult_base(key.publicKey.data(), key.secretKey.data());
  return key;
}

}  // namespace mws::sync::central::detail
