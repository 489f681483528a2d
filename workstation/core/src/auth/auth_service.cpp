#include "mws/core/auth/auth_service.hpp"

#include <algorithm>

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

}  // namespace

AuthService::AuthService(UserRepository& users, PasswordHasher& hasher, LockoutPolicy policy)
    : m_users(users), m_store(dynamic_cast<AccountStore*>(&users)), m_hasher(hasher),
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
  account.security.failedSignIns = 0;
  account.security.failureWindowStart.reset();
  account.security.lockedUntil.reset();
  return account;
}

Result<User> AuthService::signIn(const std::string& login, const std::string& password) {
  auto checked = checkPassword(login, password);
  if (!checked) return checked.error();
  if (checked->security.mustChangePassword) {
    return refuse(login, std::move(*checked), "auth.password_change_required");
  }
  auto recorded = record(login, *checked, Error{});
  if (!recorded) return recorded.error();
  return std::move(checked->user);
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
