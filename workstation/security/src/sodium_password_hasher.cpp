#include "mws/security/sodium_password_hasher.hpp"

#include <sodium.h>

#include <stdexcept>

namespace mws::security {
namespace {
void initialiseSodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}
}  // namespace

SodiumPasswordHasher::SodiumPasswordHasher() : SodiumPasswordHasher(Params{}) {}

SodiumPasswordHasher::SodiumPasswordHasher(Params params) : m_params(params) {
  initialiseSodium();
}

core::Result<std::string> SodiumPasswordHasher::hash(const std::string& password) {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), m_params.opsLimit,
                            m_params.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return core::makeError("security.hash_failed", "argon2id ran out of memory");
  }
  return std::string(out);
}

bool SodiumPasswordHasher::verify(const std::string& hash, const std::string& password) {
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

bool SodiumPasswordHasher::needsRehash(const std::string& hash) const {
  return crypto_pwhash_str_needs_rehash(hash.c_str(), m_params.opsLimit,
                                        m_params.memLimitBytes) != 0;
}

}  // namespace mws::security
