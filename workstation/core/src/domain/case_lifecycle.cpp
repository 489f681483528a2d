#include "mws/core/domain/case_lifecycle.hpp"

#include <optional>

#include "mws/core/domain/rules.hpp"

namespace mws::core {

namespace {

struct Step {
  CaseAction action;
  CaseState from;
  CaseState to;
  bool supervisorOnly = false;
  bool reasonRequired = false;
  bool fourEyes = false;          // the submitter may not do it
  bool registrationOnly = false;  // only for registration services
};

constexpr Step kSteps[] = {
    {CaseAction::Edit, CaseState::Draft, CaseState::Draft},
    {CaseAction::Edit, CaseState::Returned, CaseState::Returned},
    {CaseAction::Submit, CaseState::Draft, CaseState::Submitted},
    {CaseAction::Submit, CaseState::Returned, CaseState::Submitted},
    {CaseAction::TakeIntoReview, CaseState::Submitted, CaseState::InReview, true, false, true},
    {CaseAction::Approve, CaseState::InReview, CaseState::Approved, true, false, true},
    {CaseAction::Reject, CaseState::InReview, CaseState::Rejected, true, true},
    {CaseAction::Return, CaseState::InReview, CaseState::Returned, true, true},
    {CaseAction::Issue, CaseState::Approved, CaseState::Issued},
    {CaseAction::Cancel, CaseState::Draft, CaseState::Cancelled, false, true},
    {CaseAction::Cancel, CaseState::Submitted, CaseState::Cancelled, false, true},
    {CaseAction::Cancel, CaseState::Returned, CaseState::Cancelled, false, true},
    {CaseAction::Cancel, CaseState::InReview, CaseState::Cancelled, true, true},
    {CaseAction::Cancel, CaseState::Approved, CaseState::Cancelled, true, true},
    {CaseAction::Cancel, CaseState::Issued, CaseState::Cancelled, true, true, false, true},
};

std::optional<Step> findStep(CaseAction action, CaseState from, ServiceCode service) {
  for (const Step& step : kSteps) {
    if (step.action == action && step.from == from &&
        (!step.registrationOnly || isRegistrationService(service))) {
      return step;
    }
  }
  return std::nullopt;
}

Status checkActor(const Case& subject, const User& actor) {
  if (!actor.active) {
    return refusal("CASE-2", "case.actor_inactive");
  }
  if (actor.role != Role::Officer && actor.role != Role::Supervisor) {
    return refusal("CASE-2", "case.role_not_allowed").with("role", std::string(toString(actor.role)));
  }
  if (actor.unitCode != subject.unitCode) {
    return refusal("CASE-3", "case.wrong_unit")
        .with("case_unit", subject.unitCode)
        .with("actor_unit", actor.unitCode);
  }
  return success();
}

Status checkStep(const Step& step, const Case& subject, const User& actor,
                 const std::string& reason) {
  const std::string action(toString(step.action));
  if (step.supervisorOnly && actor.role != Role::Supervisor) {
    return refusal("CASE-2", "case.supervisor_required").with("action", action);
  }
  if (step.fourEyes && submittersOf(subject).contains(actor.id)) {
    return refusal("CASE-1", "case.four_eyes").with("action", action);
  }
  if (step.reasonRequired && reason.find_first_not_of(" \t\r\n") == std::string::npos) {
    return refusal("CASE-4", "case.reason_required").with("action", action);
  }
  return success();
}

}  // namespace

std::set<std::int64_t> submittersOf(const Case& subject) {
  std::set<std::int64_t> ids{subject.openedBy};
  for (const CaseEvent& event : subject.history) {
    if (event.action == CaseAction::Open || event.action == CaseAction::Submit) {
      ids.insert(event.actorId);
    }
  }
  return ids;
}

Result<CaseEvent> planTransition(const Case& subject, CaseAction action, const User& actor,
                                 const std::string& reason,
                                 std::chrono::system_clock::time_point at) {
  auto allowed = checkActor(subject, actor);
  if (!allowed) {
    return allowed.error();
  }
  const auto step = findStep(action, subject.state, subject.service());
  if (!step) {
    return refusal("CASE-5", "case.illegal_transition")
        .with("from", std::string(toString(subject.state)))
        .with("action", std::string(toString(action)));
  }
  auto permitted = checkStep(*step, subject, actor, reason);
  if (!permitted) {
    return permitted.error();
  }
  return CaseEvent{action, step->from, step->to, actor.id, actor.role, reason, at};
}

}  // namespace mws::core
