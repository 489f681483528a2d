#pragma once
#include <optional>
#include <string>

#include "mws/core/auth/user.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

// Where accounts are kept (PostgreSQL in production).
class UserRepository {
public:
  virtual ~UserRepository() = default;
  virtual Result<std::optional<User>> findByLogin(const std::string& login) = 0;
  // Stores a new account and returns it with its id; "user.exists" when the login is taken,
  // "unit.unknown" when the unit does not exist.
  virtual Result<User> add(const User& user) = 0;
};

}  // namespace mws::core
