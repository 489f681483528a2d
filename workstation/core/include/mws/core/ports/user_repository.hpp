#pragma once
#include <cstdint>
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
  // The account with this id (inactive ones too: a case's history names who acted).
  virtual Result<std::optional<User>> findById(std::int64_t id) = 0;
  // Stores a new account and returns it with its id; "user.exists" when the login is taken,
  // "unit.unknown" when the unit does not exist.
  virtual Result<User> add(const User& user) = 0;
};

}  // namespace mws::core
