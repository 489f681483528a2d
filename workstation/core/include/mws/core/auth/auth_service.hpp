#pragma once
#include <string>

#include "mws/core/auth/user.hpp"
#include "mws/core/ports/password_hasher.hpp"
#include "mws/core/ports/user_repository.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

struct NewUser {
  std::string login;
  std::string displayName;
  Role role = Role::Officer;
  std::string unitCode;
  std::string password;
};

// Signs people in and creates accounts. The checks that count live here, below the UI.
class AuthService {
public:
  static constexpr std::size_t kMinPasswordLength = 10;

  AuthService(UserRepository& users, PasswordHasher& hasher);

  // "auth.bad_credentials" for an unknown login or a wrong password alike (no hint which),
  // "auth.account_disabled" for a disabled account.
  Result<User> signIn(const std::string& login, const std::string& password);

  // Validates and stores a new account with its password hashed.
  Result<User> addUser(const NewUser& request);

private:
  UserRepository& m_users;
  PasswordHasher& m_hasher;
};

// Validation of a login name: 3–32 characters, lower-case letters, digits, '.', '_', '-'.
Status validateLogin(const std::string& login);

}  // namespace mws::core
