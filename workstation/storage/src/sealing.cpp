#include "sealing.hpp"

#include <sodium.h>

#include <stdexcept>

namespace mws::storage::sealing {

namespace {

constexpr unsigned char kSealVersion = 1;
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char* bytesOf(std::string_view text) {
  return reinterpret_cast<const unsigned char*>(text.data());
}

}  // namespace

std::string seal(const BlobKey& key, std::string_view associatedData, std::string_view plain) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium cannot be initialised");
  std::string sealed(1 + kNonceBytes + plain.size() + kTagBytes, '\0');
  auto* out = reinterpret_cast<unsigned char*>(sealed.data());
  out[0] = kSealVersion;
  randombytes_buf(out + 1, kNonceBytes);
  unsigned long long length = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(out + 1 + kNonceBytes, &length, bytesOf(plain),
                                             plain.size(), bytesOf(associatedData),
                                             associatedData.size(), nullptr, out + 1,
                                             key.bytes.data());
  return sealed;
}

std::optional<std::string> unseal(const BlobKey& key, std::string_view associatedData,
                                  std::string_view sealed) {
  if (sealed.size() < 1 + kNonceBytes + kTagBytes || bytesOf(sealed)[0] != kSealVersion) {
    return std::nullopt;
  }
  std::string plain(sealed.size() - 1 - kNonceBytes - kTagBytes, '\0');
  unsigned long long length = 0;
  const auto* in = bytesOf(sealed);
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          reinterpret_cast<unsigned char*>(plain.data()), &length, nullptr, in + 1 + kNonceBytes,
          sealed.size() - 1 - kNonceBytes, bytesOf(associatedData), associatedData.size(),
          in + 1, key.bytes.data()) != 0) {
    return std::nullopt;
  }
  return plain;
}

std::string toHex(std::string_view bytes) {
  std::string hex(bytes.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytesOf(bytes), bytes.size());
  hex.pop_back();
  return hex;
}

std::string fromHex(std::string_view hex) {
  std::string bytes(hex.size() / 2, '\0');
  std::size_t length = 0;
  sodium_hex2bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), hex.data(),
                 hex.size(), nullptr, &length, nullptr);
  bytes.resize(length);
  return bytes;
}

}  // namespace mws::storage::sealing
