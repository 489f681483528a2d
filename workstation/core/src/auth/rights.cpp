#include "mws/core/auth/rights.hpp"

#include <utility>

namespace mws::core {
namespace {

constexpr std::array<std::pair<Right, std::string_view>, kAllRights.size()> kRightNames{{
    {Right::CaseOpen, "case.open"},
    {Right::CaseEdit, "case.edit"},
    {Right::CaseSubmit, "case.submit"},
    {Right::CaseReview, "case.review"},
    {Right::CaseDecide, "case.decide"},
    {Right::CaseIssue, "case.issue"},
    {Right::CaseCancel, "case.cancel"},
    {Right::PersonCreate, "person.create"},
    {Right::PersonView, "person.view"},
    {Right::PersonSearch, "person.search"},
    {Right::Export, "export"},
    {Right::UserManage, "user.manage"},
    {Right::AuditVerify, "audit.verify"},
    {Right::CaseView, "case.view"},
    {Right::SyncRun, "sync.run"},
    {Right::DeviceManage, "device.manage"},
    {Right::UnitManage, "unit.manage"},
}};

constexpr Right kOfficerRights[] = {
    Right::CaseOpen,     Right::CaseEdit,   Right::CaseSubmit,   Right::CaseIssue,
    Right::CaseCancel,   Right::PersonCreate, Right::PersonView, Right::PersonSearch,
    Right::Export,       Right::CaseView,
};
constexpr Right kSupervisorOnlyRights[] = {Right::CaseReview, Right::CaseDecide};
constexpr Right kUnitAdminRights[] = {Right::UserManage, Right::AuditVerify, Right::SyncRun,
                                      Right::DeviceManage, Right::UnitManage};
constexpr Right kItRights[] = {Right::AuditVerify, Right::SyncRun, Right::DeviceManage,
                               Right::UnitManage};

template <typename List>
bool listed(const List& rights, Right right) {
  for (Right r : rights) {
    if (r == right) return true;
  }
  return false;
}

}  // namespace

std::string_view toString(Right right) {
  for (const auto& [value, name] : kRightNames) {
    if (value == right) return name;
  }
  return "unknown";
}

std::optional<Right> parseRight(std::string_view text) {
  for (const auto& [value, name] : kRightNames) {
    if (name == text) return value;
  }
  return std::nullopt;
}

bool roleHas(Role role, Right right) {
  switch (role) {
    case Role::Officer:
      return listed(kOfficerRights, right);
    case Role::Supervisor:
      return listed(kOfficerRights, right) || listed(kSupervisorOnlyRights, right);
    case Role::UnitAdmin:
      return listed(kUnitAdminRights, right);
    case Role::It:
      return listed(kItRights, right);
  }
  return false;
}

Status authorize(const User& user, Right right, const std::string& unitCode) {
  if (!user.active) return makeError("auth.account_disabled");
  const bool hasRight = roleHas(user.role, right);
  if (hasRight && !user.unitCode.empty() && user.unitCode == unitCode) return success();
  const std::string role(toString(user.role));
  const std::string name(toString(right));
  std::string detail = hasRight ? "the " + role + " of unit " + user.unitCode +
                                      " may not " + name + " in unit " + unitCode
                                : "the role " + role + " lacks the right " + name;
  return makeError("auth.forbidden", std::move(detail))
      .with("right", name)
      .with("role", role)
      .with("unit", unitCode)
      .with("user_unit", user.unitCode);
}

}  // namespace mws::core
