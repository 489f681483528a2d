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

// Who changes an account: an administrator's (or the holder's own) account, or nobody: the
// machine's operator working with the database's own credentials (`mws user add` run by
// the installer before any account exists).
using AccountActor = std::optional<User>;

// Where the security state of accounts is kept, next to the accounts themselves
// (PgUserRepository implements both this and UserRepository). Each call stores its change
// and its audit entry in one transaction.
class AccountStore {
public:
  virtual ~AccountStore() = default;
  // "user.unknown" when there is no such account.
  virtual Result<AccountSecurity> security(std::int64_t userId) = 0;
  virtual Status recordSignIn(const SignInEvent& event) = 0;
  // Stores a new account ("user.add" in the audit chain, by `by`) and returns it with its id;
  // the codes of UserRepository::add. `mustChange` marks its password as an initial one.
  virtual Result<User> addAccount(const User& user, bool mustChange, const AccountActor& by) = 0;
  // Replaces the password hash, clears failures and lock, sets the forced-change flag.
  // "user.unknown" when there is no such login.
  virtual Status setPassword(const std::string& login, const std::string& hash, bool mustChange,
                             const AccountActor& by) = 0;
  // Clears failures and lock; "user.unknown" when there is no such login.
  virtual Status unlock(const std::string& login, const AccountActor& by) = 0;
};

}  // namespace mws::core
