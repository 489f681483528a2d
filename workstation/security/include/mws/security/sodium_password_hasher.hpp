#pragma once
#include <cstddef>
#include <string>

#include "mws/core/ports/password_hasher.hpp"

namespace mws::security {

// argon2id password hashing through libsodium, with OWASP's parameters by default
// (19 MiB memory, 2 iterations, 1 lane). Hashes are PHC strings, so the parameters
// travel with each hash and can be raised later without breaking old accounts.
class SodiumPasswordHasher : public core::PasswordHasher {
public:
  struct Params {
    unsigned long long opsLimit = 2;
    std::size_t memLimitBytes = 19u * 1024u * 1024u;
  };

  SodiumPasswordHasher();
  explicit SodiumPasswordHasher(Params params);

  core::Result<std::string> hash(const std::string& password) override;
  bool verify(const std::string& hash, const std::string& password) override;
  // True when a stored hash was made with weaker parameters than the current ones.
  bool needsRehash(const std::string& hash) const;

private:
  Params m_params;
};

}  // namespace mws::security
