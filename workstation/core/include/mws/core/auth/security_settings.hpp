#pragma once
// The sign-in protection an installation configures ([security] in mws.ini): how many failed
// sign-ins lock an account and for how long, and after how many idle minutes an open session
// locks its screen.

#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include "mws/core/auth/auth_service.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

struct SecuritySettings {
  LockoutPolicy lockout;               // security.max_failures, security.lock_minutes
  std::chrono::minutes idleLock{10};   // security.idle_lock_minutes
};

// The value of a configuration key, or nothing when it is not set.
using SettingLookup = std::function<std::optional<std::string>(const std::string& key)>;

// Reads the [security] keys; an unset or empty key keeps its default (5 failures, 15 minutes,
// 10 idle minutes). "config.invalid" (params key, value, min, max) for a value that is not a
// whole number in range: max_failures 1-100, lock_minutes 1-1440, idle_lock_minutes 1-480.
Result<SecuritySettings> readSecuritySettings(const SettingLookup& lookup);

// Locks an open session after `after` without activity (the UI feeds it input events).
class IdleLock {
public:
  using TimePoint = std::chrono::steady_clock::time_point;
  IdleLock(std::chrono::minutes after, TimePoint now) : m_after(after), m_last(now) {}
  void activity(TimePoint now) { m_last = now; }
  bool due(TimePoint now) const { return now - m_last >= m_after; }
  std::chrono::minutes after() const { return m_after; }

private:
  std::chrono::minutes m_after;
  TimePoint m_last;
};

}  // namespace mws::core
