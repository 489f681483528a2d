#pragma once
#include <string>

#include "mws/core/result.hpp"

namespace mws::core {

// One-way password hashing (argon2id in production).
class PasswordHasher {
public:
  virtual ~PasswordHasher() = default;
  virtual Result<std::string> hash(const std::string& password) = 0;
  virtual bool verify(const std::string& hash, const std::string& password) = 0;
};

}  // namespace mws::core
