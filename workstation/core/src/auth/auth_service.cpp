#include "mws/core/auth/auth_service.hpp"

#include <algorithm>
#include <iterator>

#include "mws/core/auth/input_checks.hpp"
#include "mws/core/auth/rights.hpp"

namespace mws::core {
namespace {

using TimePoint = std::chrono::system_clock::time_point;

Error lockedError(TimePoint until, TimePoint now) {
  auto minutes = std::chrono::ceil<std::chrono::minutes>(until - now).count();
  return makeError("auth.locked").with("minutes", std::to_string(std::max<long long>(minutes, 1)));
}

bool isLocked(const AccountSecurity& security, TimePoint now) {
  return security.lockedUntil && *security.lockedUntil > now;
}

// Counts one more failure within the policy's window; locks when the count reaches the limit.
void countFailure(AccountSecurity& security, const LockoutPolicy& policy, TimePoint now) {
  const bool windowOpen =
      security.failureWindowStart && now - *security.failureWindowStart < policy.window;
  if (!windowOpen) {
    security.failedSignIns = 0;
    security.failureWindowStart = now;
  }
  ++security.failedSignIns;
  if (security.failedSignIns >= policy.maxFailures) security.lockedUntil = now + policy.lockFor;
}

void clearFailures(AccountSecurity& security) {
  security.failedSignIns = 0;
  security.failureWindowStart.reset();
  security.lockedUntil.reset();
}

constexpr std::size_t kMaxTemplateBytes = 1 << 20;

bool isFingerName(const std::string& name) {
  static const char* const names[] = {"right-thumb", "right-index", "right-middle", "right-ring",
                                      "right-little", "left-thumb", "left-index", "left-middle",
                                      "left-ring", "left-little"};
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

}  // namespace

AuthService::AuthService(UserRepository& users, PasswordHasher& hasher, LockoutPolicy policy)
    : m_users(users), m_store(dynamic_cast<AccountStore*>(&users)),
      m_fingers(dynamic_cast<AccountFingerStore*>(&users)), m_hasher(hasher),
      m_policy(policy), m_clock([] { return std::chrono::system_clock::now(); }) {}

Status AuthService::record(const std::string& login, std::optional<Checked> account,
                           const Error& outcome) {
  SignInEvent event{m_clock(), login, std::nullopt, {}, outcome.code.empty() ? "ok" : outcome.code};
  if (account) {
    event.user = std::move(account->user);
    event.security = account->security;
  }
  return m_store->recordSignIn(event);
}

// Records the refusal and returns it (or the database's error when recording failed).
Error AuthService::refuse(const std::string& login, std::optional<Checked> account,
                          std::string code) {
  Error refusal = makeError(std::move(code));
  if (account && refusal.code == "auth.locked") {
    refusal = lockedError(*account->security.lockedUntil, m_clock());
  }
  auto recorded = record(login, std::move(account), refusal);
  if (!recorded) return recorded.error();
  return refusal;
}

Result<AuthService::Checked> AuthService::checkPassword(const std::string& login,
                                                        const std::string& password) {
  if (!m_store) return makeError("auth.store_missing");
  auto found = m_users.findByLogin(login);
  if (!found) return found.error();
  if (!found->has_value()) return refuse(login, std::nullopt, "auth.bad_credentials");
  auto security = m_store->security((*found)->id);
  if (!security) return security.error();
  Checked account{std::move(**found), *security};
  const auto now = m_clock();
  if (isLocked(account.security, now)) return refuse(login, std::move(account), "auth.locked");
  if (!m_hasher.verify(account.user.passwordHash, password)) {
    countFailure(account.security, m_policy, now);
    const bool lockedNow = isLocked(account.security, now);
    return refuse(login, std::move(account), lockedNow ? "auth.locked" : "auth.bad_credentials");
  }
  if (!account.user.active) return refuse(login, std::move(account), "auth.account_disabled");
  return account;
}

// A right password clears the failures, except when a finger must follow: then only the
// finger's match does, so that retyping the password cannot reset the count of mismatches.
Result<User> AuthService::signIn(const std::string& login, const std::string& password) {
  auto checked = checkPassword(login, password);
  if (!checked) return checked.error();
  if (checked->security.mustChangePassword) {
    clearFailures(checked->security);
    return refuse(login, std::move(*checked), "auth.password_change_required");
  }
  if (m_fingers) {
    auto required = m_fingers->fingerRequired(checked->user.id);
    if (!required) return required.error();
    if (*required) {
      m_fingerDue[login] = m_clock() + kFingerWindow;
      return refuse(login, std::move(*checked), "auth.finger_required");
    }
  }
  clearFailures(checked->security);
  auto recorded = record(login, *checked, Error{});
  if (!recorded) return recorded.error();
  return std::move(checked->user);
}

void FingerAttempt::run(FingerVerifier& verifier, const FingerPrompt& prompt) {
  m_verdict.emplace(verifier.verify(m_stored, prompt));
}

bool AuthService::fingerPending(const std::string& login) {
  auto due = m_fingerDue.find(login);
  if (due == m_fingerDue.end()) return false;
  if (m_clock() < due->second) return true;
  m_fingerDue.erase(due);
  return false;
}

Result<AuthService::Checked> AuthService::loadAccount(const std::string& login) {
  auto found = m_users.findByLogin(login);
  if (!found) return found.error();
  if (!found->has_value()) return makeError("user.unknown").with("login", login);
  auto security = m_store->security((*found)->id);
  if (!security) return security.error();
  return Checked{std::move(**found), *security};
}

Result<FingerAttempt> AuthService::beginFinger(const std::string& login) {
  if (!m_store || !m_fingers || !fingerPending(login)) return makeError("auth.finger_not_pending");
  auto account = loadAccount(login);
  if (!account) return account.error();
  auto stored = m_fingers->finger(account->user.id);
  if (!stored) return stored.error();
  if (!stored->has_value()) return makeError("auth.finger_not_enrolled").with("login", login);
  FingerAttempt attempt;
  attempt.m_login = login;
  attempt.m_stored = std::move(**stored);
  return attempt;
}

Result<User> AuthService::finishFinger(const FingerAttempt& attempt) {
  const std::string& login = attempt.m_login;
  if (!m_store || !m_fingers || !fingerPending(login)) return makeError("auth.finger_not_pending");
  if (!attempt.m_verdict) return makeError("auth.finger_not_scanned");
  auto account = loadAccount(login);
  if (!account) return account.error();
  const auto now = m_clock();
  if (isLocked(account->security, now)) {
    m_fingerDue.erase(login);
    return refuse(login, std::move(*account), "auth.locked");
  }
  if (!account->user.active) {
    m_fingerDue.erase(login);
    return refuse(login, std::move(*account), "auth.account_disabled");
  }
  const auto& verdict = *attempt.m_verdict;
  if (!verdict) {
    auto recorded = record(login, std::move(*account), verdict.error());
    if (!recorded) return recorded.error();
    return verdict.error();
  }
  if (!verdict->match) {
    countFailure(account->security, m_policy, now);
    const bool lockedNow = isLocked(account->security, now);
    if (lockedNow) m_fingerDue.erase(login);
    return refuse(login, std::move(*account), lockedNow ? "auth.locked" : "auth.finger_mismatch");
  }
  m_fingerDue.erase(login);
  clearFailures(account->security);
  auto recorded = record(login, *account, Error{});
  if (!recorded) return recorded.error();
  return std::move(account->user);
}

Result<User> AuthService::completeWithFinger(const std::string& login, FingerVerifier& verifier,
                                             const FingerPrompt& prompt) {
  auto attempt = beginFinger(login);
  if (!attempt) return attempt.error();
  attempt->run(verifier, prompt);
  return finishFinger(*attempt);
}

Status AuthService::enrolFinger(const std::string& login, const EnrolledFinger& finger,
                                const AccountActor& actor) {
  if (!m_store || !m_fingers) return makeError("auth.store_missing");
  if (auto allowed = authorizeOn(login, actor); !allowed) return allowed.error();
  if (!isFingerName(finger.finger)) return makeError("auth.finger_name").with("finger", finger.finger);
  if (finger.data.empty()) return makeError("auth.finger_template_empty");
  if (finger.data.size() > kMaxTemplateBytes) {
    return makeError("auth.finger_template_size").with("max", std::to_string(kMaxTemplateBytes));
  }
  if (auto valid = checkText(finger.driver, "driver", 64); !valid || finger.driver.empty()) {
    return makeError("auth.finger_driver");
  }
  return m_fingers->enrolFinger(login, finger, actor);
}

Status AuthService::setFingerRequired(const std::string& login, bool required,
                                      const AccountActor& actor) {
  if (!m_store || !m_fingers) return makeError("auth.store_missing");
  if (auto allowed = authorizeOn(login, actor); !allowed) return allowed.error();
  return m_fingers->setFingerRequired(login, required, actor);
}

Result<bool> AuthService::fingerRequired(const std::string& login) {
  if (!m_store || !m_fingers) return false;
  auto account = loadAccount(login);
  if (!account) return account.error();
  return m_fingers->fingerRequired(account->user.id);
}

Status AuthService::changePassword(const std::string& login, const std::string& oldPassword,
                                   const std::string& newPassword) {
  if (auto valid = validatePassword(newPassword); !valid) return valid.error();
  if (newPassword == oldPassword) return makeError("user.password_unchanged");
  auto checked = checkPassword(login, oldPassword);
  if (!checked) return checked.error();
  auto hashed = m_hasher.hash(newPassword);
  if (!hashed) return hashed.error();
  return m_store->setPassword(login, *hashed, false, checked->user);
}

// An administrator acting on an existing account needs the right in that account's unit.
Status AuthService::authorizeOn(const std::string& login, const AccountActor& actor) {
  if (!actor) return success();
  auto found = m_users.findByLogin(login);
  if (!found) return found.error();
  if (!found->has_value()) return makeError("user.unknown").with("login", login);
  return authorize(*actor, Right::UserManage, (*found)->unitCode);
}

Status AuthService::resetPassword(const std::string& login, const std::string& newPassword,
                                  bool mustChange, const AccountActor& actor) {
  if (!m_store) return makeError("auth.store_missing");
  if (auto allowed = authorizeOn(login, actor); !allowed) return allowed.error();
  if (auto valid = validatePassword(newPassword); !valid) return valid.error();
  auto hashed = m_hasher.hash(newPassword);
  if (!hashed) return hashed.error();
  return m_store->setPassword(login, *hashed, mustChange, actor);
}

Status AuthService::unlock(const std::string& login, const AccountActor& actor) {
  if (!m_store) return makeError("auth.store_missing");
  if (auto allowed = authorizeOn(login, actor); !allowed) return allowed.error();
  return m_store->unlock(login, actor);
}

Status AuthService::validatePassword(const std::string& password) const {
  if (password.size() < kMinPasswordLength) {
    return makeError("user.password_too_short")
        .with("min", std::to_string(kMinPasswordLength));
  }
  return success();
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

Result<User> AuthService::addUser(const NewUser& request, const AccountActor& actor) {
  if (!m_store) return makeError("auth.store_missing");
  if (actor) {
    if (auto allowed = authorize(*actor, Right::UserManage, request.unitCode); !allowed) {
      return allowed.error();
    }
    if (request.role == Role::It && actor->role != Role::It) {
      return makeError("auth.role_not_grantable").with("role", std::string(toString(request.role)));
    }
  }
  if (auto valid = validateLogin(request.login); !valid) return valid.error();
  if (request.displayName.empty()) return makeError("user.display_name_missing");
  if (auto valid = checkText(request.displayName, "display_name", kMaxFieldBytes); !valid) {
    return valid.error();
  }
  if (request.unitCode.empty()) return makeError("user.unit_missing");
  if (auto valid = validatePassword(request.password); !valid) return valid.error();
  auto hashed = m_hasher.hash(request.password);
  if (!hashed) return hashed.error();
  User user;
  user.login = request.login;
  user.displayName = request.displayName;
  user.role = request.role;
  user.unitCode = request.unitCode;
  user.passwordHash = std::move(*hashed);
  return m_store->addAccount(user, request.mustChangePassword, actor);
}

}  // namespace mws::core
