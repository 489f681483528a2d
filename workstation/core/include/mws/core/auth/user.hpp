#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mws::core {

enum class Role { Officer, Supervisor, UnitAdmin, It };

std::string_view toString(Role role);
std::optional<Role> parseRole(std::string_view text);

// Sign-in protection of one account: failures counted within a window, a lock that ends
// when the window passes or an administrator unlocks, and the forced change of an initial
// password.
struct AccountSecurity {
  int failedSignIns = 0;
  std::optional<std::chrono::system_clock::time_point> failureWindowStart;
  std::optional<std::chrono::system_clock::time_point> lockedUntil;
  bool mustChangePassword = false;
};

// An account of a person who works at a counter, reviews cases or administers machines.
struct User {
  std::int64_t id = 0;
  std::string login;
  std::string displayName;
  Role role = Role::Officer;
  std::string unitCode;      // the migration unit the account belongs to
  std::string passwordHash;  // PHC string (argon2id), never the password
  bool active = true;
};

}  // namespace mws::core
