#pragma once
#include <chrono>
#include <functional>
#include <string>

#include "mws/core/auth/account_store.hpp"
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
  // An initial password handed out by an administrator: changed at first sign-in.
  bool mustChangePassword = false;
};

// How many failed sign-ins within `window` lock an account, and for how long (the lock ends
// `lockFor` after the failure that set it, or when an administrator unlocks).
struct LockoutPolicy {
  int maxFailures = 5;
  std::chrono::seconds window{15 * 60};
  std::chrono::seconds lockFor{15 * 60};
};

// Signs people in and creates accounts. The checks that count live here, below the UI.
class AuthService {
public:
  static constexpr std::size_t kMinPasswordLength = 10;

  using Clock = std::function<std::chrono::system_clock::time_point()>;

  // `users` must also be an AccountStore (PgUserRepository is); otherwise every sign-in is
  // refused with "auth.store_missing" (fail closed: no lockout, no audit, no entry).
  AuthService(UserRepository& users, PasswordHasher& hasher, LockoutPolicy policy = {});

  // "auth.bad_credentials" for an unknown login or a wrong password alike (no hint which),
  // "auth.locked" (with "until") after too many failures, "auth.account_disabled" for a
  // disabled account, "auth.password_change_required" for a right initial password.
  // Every attempt is appended to the audit chain.
  Result<User> signIn(const std::string& login, const std::string& password);

  // The account holder replaces their password (also the way out of a forced change).
  Status changePassword(const std::string& login, const std::string& oldPassword,
                        const std::string& newPassword);
  // An administrator sets a password; `mustChange` makes it an initial one. With an actor,
  // the actor needs Right::UserManage in the account's unit ("auth.forbidden"); without one
  // it is the machine's operator (see AccountActor).
  Status resetPassword(const std::string& login, const std::string& newPassword,
                       bool mustChange, const AccountActor& actor = std::nullopt);
  Status unlock(const std::string& login, const AccountActor& actor = std::nullopt);

  void setClock(Clock clock) { m_clock = std::move(clock); }

  // Validates and stores a new account with its password hashed. With an actor, the actor
  // needs Right::UserManage in the new account's unit, and only IT creates IT accounts
  // ("auth.role_not_grantable").
  Result<User> addUser(const NewUser& request, const AccountActor& actor = std::nullopt);

private:
  struct Checked {
    User user;
    AccountSecurity security;
  };
  Result<Checked> checkPassword(const std::string& login, const std::string& password);
  Error refuse(const std::string& login, std::optional<Checked> account, std::string code);
  Status record(const std::string& login, std::optional<Checked> account, const Error& outcome);
  Status validatePassword(const std::string& password) const;
  Status authorizeOn(const std::string& login, const AccountActor& actor);

  UserRepository& m_users;
  AccountStore* m_store;
  PasswordHasher& m_hasher;
  LockoutPolicy m_policy;
  Clock m_clock;
};

// Validation of a login name: 3–32 characters, lower-case letters, digits, '.', '_', '-'.
Status validateLogin(const std::string& login);

}  // namespace mws::core
