#pragma once
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "mws/core/auth/account_store.hpp"
#include "mws/core/auth/user.hpp"
#include "mws/core/ports/finger_verifier.hpp"
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

// A sign-in waiting for its finger (the second factor): AuthService::beginFinger makes it
// after a right password, run() scans the finger on a worker thread, finishFinger decides.
// Only the AuthService reads the scanner's answer, so a caller cannot make one up.
class FingerAttempt {
public:
  const std::string& login() const { return m_login; }
  // The finger to place ("right-index" …), for the screen.
  const std::string& finger() const { return m_stored.finger; }
  // Blocks while the finger is scanned: call from a worker, never from the GUI thread.
  void run(FingerVerifier& verifier, const FingerPrompt& prompt = {});
  bool ran() const { return m_verdict.has_value(); }

private:
  friend class AuthService;
  std::string m_login;
  EnrolledFinger m_stored;
  std::optional<Result<FingerVerdict>> m_verdict;
};

// Signs people in and creates accounts. The checks that count live here, below the UI.
class AuthService {
public:
  static constexpr std::size_t kMinPasswordLength = 10;

  using Clock = std::function<std::chrono::system_clock::time_point()>;

  // `users` must also be an AccountStore (PgUserRepository is); otherwise every sign-in is
  // refused with "auth.store_missing" (fail closed: no lockout, no audit, no entry). When
  // `users` is also an AccountFingerStore (PgUserRepository is), the accounts that require
  // their finger get it asked for: no caller can forget the second factor.
  AuthService(UserRepository& users, PasswordHasher& hasher, LockoutPolicy policy = {});

  // "auth.bad_credentials" for an unknown login or a wrong password alike (no hint which),
  // "auth.locked" (with "until") after too many failures, "auth.account_disabled" for a
  // disabled account, "auth.password_change_required" for a right initial password.
  // "auth.finger_required" for a right password of an account that requires its finger:
  // nobody is signed in yet, the finger must follow within kFingerWindow (beginFinger …
  // finishFinger, or completeWithFinger). Every attempt is appended to the audit chain.
  Result<User> signIn(const std::string& login, const std::string& password);

  // The second factor. A finger alone never signs in: it must follow a right password.
  // "auth.finger_not_pending" without a right password within kFingerWindow,
  // "auth.finger_not_enrolled" when the account has no finger. Reads the database: call
  // on the thread that owns it (the GUI thread), then run() the attempt on a worker.
  Result<FingerAttempt> beginFinger(const std::string& login);
  // The user on a match. "auth.finger_mismatch" counts as a failed sign-in (and may lock:
  // "auth.locked"); the scanner's "fingerprint.*" codes (timeout, cancelled) are recorded
  // but not counted; "auth.finger_not_scanned" when run() was not called. The attempt
  // stays open after a mismatch or a scanner error until it locks or the window passes.
  Result<User> finishFinger(const FingerAttempt& attempt);
  // beginFinger, run and finishFinger on the calling thread (the command line).
  Result<User> completeWithFinger(const std::string& login, FingerVerifier& verifier,
                                  const FingerPrompt& prompt = {});
  static constexpr std::chrono::seconds kFingerWindow{120};

  // An administrator (Right::UserManage in the account's unit, or the machine's operator)
  // enrols the account's finger, replacing an earlier one; "auth.finger_template_empty",
  // "auth.finger_template_size" (param max), "auth.finger_name".
  Status enrolFinger(const std::string& login, const EnrolledFinger& finger,
                     const AccountActor& actor = std::nullopt);
  // Turns the second factor on or off; "auth.finger_not_enrolled" to turn it on without a finger.
  Status setFingerRequired(const std::string& login, bool required,
                           const AccountActor& actor = std::nullopt);
  // Whether the account asks for its finger (false when the store keeps no fingers).
  Result<bool> fingerRequired(const std::string& login);

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
  Result<Checked> loadAccount(const std::string& login);
  bool fingerPending(const std::string& login);

  UserRepository& m_users;
  AccountStore* m_store;
  AccountFingerStore* m_fingers;  // null: the accounts have no fingers (no second factor)
  PasswordHasher& m_hasher;
  LockoutPolicy m_policy;
  Clock m_clock;
  std::map<std::string, std::chrono::system_clock::time_point> m_fingerDue;  // login -> deadline
};

// Validation of a login name: 3–32 characters, lower-case letters, digits, '.', '_', '-'.
Status validateLogin(const std::string& login);

}  // namespace mws::core
