#include "mws/core/auth/auth_service.hpp"

#include <algorithm>

namespace mws::core {

AuthService::AuthService(UserRepository& users, PasswordHasher& hasher)
    : m_users(users), m_hasher(hasher) {}

Result<User> AuthService::signIn(const std::string& login, const std::string& password) {
  auto found = m_users.findByLogin(login);
  if (!found) return found.error();
  if (!found->has_value() || !m_hasher.verify((*found)->passwordHash, password)) {
    return makeError("auth.bad_credentials");
  }
  if (!(*found)->active) return makeError("auth.account_disabled");
  return std::move(**found);
}

Status validateLogin(const std::string& login) {
  if (login.size() < 3 || login.size() > 32) {
    return makeError("user.login_length").with("min", "3").with("max", "32");
  }
  auto allowed = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  };
  if (!std::all_of(login.begin(), login.end(), allowed)) {
    return makeError("user.login_characters");
  }
  return success();
}

Result<User> AuthService::addUser(const NewUser& request) {
  if (auto valid = validateLogin(request.login); !valid) return valid.error();
  if (request.displayName.empty()) return makeError("user.display_name_missing");
  if (request.unitCode.empty()) return makeError("user.unit_missing");
  if (request.password.size() < kMinPasswordLength) {
    return makeError("user.password_too_short")
        .with("min", std::to_string(kMinPasswordLength));
  }
  auto hashed = m_hasher.hash(request.password);
  if (!hashed) return hashed.error();
  User user;
  user.login = request.login;
  user.displayName = request.displayName;
  user.role = request.role;
  user.unitCode = request.unitCode;
  user.passwordHash = std::move(*hashed);
  return m_users.add(user);
}

}  // namespace mws::core
