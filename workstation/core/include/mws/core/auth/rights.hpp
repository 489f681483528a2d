#pragma once
// What each role may do, scoped to the unit the account belongs to. The services call
// authorize() before they act; the UI may hide what a role lacks, but the check that counts
// is this one, below the UI.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "mws/core/auth/user.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

enum class Right {
  CaseOpen,      // open a case for a person
  CaseEdit,      // change the payload of a draft or returned case
  CaseSubmit,    // submit a case for review
  CaseReview,    // take a submitted case into review
  CaseDecide,    // approve, reject or return a case in review
  CaseIssue,     // issue an approved case
  CaseCancel,    // cancel a case (late states stay the supervisor's, by the life cycle)
  PersonCreate,  // record a new person
  PersonView,    // see one person's record
  PersonSearch,  // look persons up by document, personal number or name
  Export,        // take personal data out of the program (a record as JSON, a print)
  UserManage,    // create accounts, set passwords, unlock
  AuditVerify,   // walk the audit chain
  CaseView,      // see a case of the unit (its payload, history, the list of the unit's cases)
  SyncRun,       // push the machine's outbox to the centre by hand, read the sync state
  DeviceManage,  // set up and diagnose the machine's devices, keys and certificate (doctor)
  UnitManage,    // bind the machine to its unit (onboarding: key, request, certificate)
};

inline constexpr std::array<Right, 17> kAllRights{
    Right::CaseOpen,     Right::CaseEdit,   Right::CaseSubmit,   Right::CaseReview,
    Right::CaseDecide,   Right::CaseIssue,  Right::CaseCancel,   Right::PersonCreate,
    Right::PersonView,   Right::PersonSearch, Right::Export,     Right::UserManage,
    Right::AuditVerify,  Right::CaseView,   Right::SyncRun,      Right::DeviceManage,
    Right::UnitManage,
};

// "case.open", "person.view", "user.manage", ... (stable: errors and the audit log quote it).
std::string_view toString(Right right);
std::optional<Right> parseRight(std::string_view text);

// The role table: officers open, view, edit, submit and issue cases and work with persons;
// supervisors also review and decide; unit administrators manage the accounts of their unit,
// verify the audit chain and, with IT, look after the unit's machines (sync, devices,
// onboarding); IT sees no personal data (audit verification and the machine rights only).
bool roleHas(Role role, Right right);

// Success when `user` is active, its role has `right`, and `unitCode` is the user's own unit.
// Otherwise "auth.forbidden" with params right, role, unit (the unit acted on) and
// user_unit; "auth.account_disabled" for a disabled account.
Status authorize(const User& user, Right right, const std::string& unitCode);

}  // namespace mws::core
