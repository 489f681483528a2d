#include "mws/core/auth/security_settings.hpp"

#include <charconv>

namespace mws::core {
namespace {

// Reads one whole number in [min, max]; keeps `value` when the key is unset or empty.
Status readNumber(const SettingLookup& lookup, const std::string& key, long min, long max,
                  long& value) {
  const auto text = lookup(key);
  if (!text || text->empty()) return success();
  long parsed = 0;
  const char* end = text->data() + text->size();
  auto [stop, failure] = std::from_chars(text->data(), end, parsed);
  if (failure != std::errc() || stop != end || parsed < min || parsed > max) {
    return makeError("config.invalid")
        .with("key", key)
        .with("value", text->substr(0, 40))
        .with("min", std::to_string(min))
        .with("max", std::to_string(max));
  }
  value = parsed;
  return success();
}

}  // namespace

Result<SecuritySettings> readSecuritySettings(const SettingLookup& lookup) {
  SecuritySettings settings;
  long failures = settings.lockout.maxFailures;
  long lockMinutes = std::chrono::duration_cast<std::chrono::minutes>(settings.lockout.lockFor).count();
  long idleMinutes = settings.idleLock.count();
  if (auto s = readNumber(lookup, "security.max_failures", 1, 100, failures); !s) return s.error();
  if (auto s = readNumber(lookup, "security.lock_minutes", 1, 1440, lockMinutes); !s) return s.error();
  if (auto s = readNumber(lookup, "security.idle_lock_minutes", 1, 480, idleMinutes); !s) {
    return s.error();
  }
  settings.lockout.maxFailures = static_cast<int>(failures);
  settings.lockout.lockFor = std::chrono::minutes(lockMinutes);
  settings.idleLock = std::chrono::minutes(idleMinutes);
  return settings;
}

}  // namespace mws::core
