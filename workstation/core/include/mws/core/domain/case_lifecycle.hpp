#pragma once
// The life cycle of a case and who may move it (rules CASE-1..CASE-5).

#include <chrono>
#include <set>
#include <string>

#include "mws/core/auth/user.hpp"
#include "mws/core/domain/case.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

// Checks that `actor` may apply `action` to `subject` now and returns the event to record.
// Refusals (params["rule"] names the rule):
//  "case.actor_inactive"       CASE-2 the account is disabled
//  "case.role_not_allowed"     CASE-2 (params role) unit admins and IT do not handle cases
//  "case.wrong_unit"           CASE-3 (params case_unit, actor_unit)
//  "case.illegal_transition"   CASE-5 (params from, action)
//  "case.supervisor_required"  CASE-2 (params action)
//  "case.four_eyes"            CASE-1 (params action) the submitter reviews or approves
//  "case.reason_required"      CASE-4 (params action) reject, return, cancel
Result<CaseEvent> planTransition(const Case& subject, CaseAction action, const User& actor,
                                 const std::string& reason,
                                 std::chrono::system_clock::time_point at);

// Everyone who opened or submitted the case at any time: none of them may approve it.
std::set<std::int64_t> submittersOf(const Case& subject);

}  // namespace mws::core
