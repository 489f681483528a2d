#include "mws/core/auth/user.hpp"

#include <array>
#include <utility>

namespace mws::core {
namespace {
constexpr std::array<std::pair<Role, std::string_view>, 4> kRoleNames{{
    {Role::Officer, "officer"},
    {Role::Supervisor, "supervisor"},
    {Role::UnitAdmin, "unit-admin"},
    {Role::It, "it"},
}};
}  // namespace

std::string_view toString(Role role) {
  for (const auto& [value, name] : kRoleNames) {
    if (value == role) return name;
  }
  return "officer";
}

std::optional<Role> parseRole(std::string_view text) {
  for (const auto& [value, name] : kRoleNames) {
    if (name == text) return value;
  }
  return std::nullopt;
}

}  // namespace mws::core
