#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "mws/core/auth/user.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

// One sign-in attempt as it is recorded: good or bad, it goes to the audit chain.
struct SignInEvent {
  std::chrono::system_clock::time_point at;
  std::string login;          // as typed (the account may not exist)
  std::optional<User> user;   // the account, when the login exists
  AccountSecurity security;   // the account's state after this attempt (stored with it)
  std::string outcome;        // "ok" or the error code ("auth.bad_credentials", ...)
};

// Where the security state of accounts is kept, next to the accounts themselves
// (PgUserRepository implements both this and UserRepository). Each call stores its change
// and its audit entry in one transaction.
class AccountStore {
public:
  virtual ~AccountStore() = default;
  // "user.unknown" when there is no such account.
  virtual Result<AccountSecurity> security(std::int64_t userId) = 0;
  virtual Status recordSignIn(const SignInEvent& event) = 0;
  // Replaces the password hash, clears failures and lock, sets the forced-change flag.
  // "user.unknown" when there is no such login.
  virtual Status setPassword(const std::string& login, const std::string& hash,
                             bool mustChange) = 0;
  // Clears failures and lock; "user.unknown" when there is no such login.
  virtual Status unlock(const std::string& login) = 0;
};

}  // namespace mws::core
