#include "mws/core/domain/case_service.hpp"

#include <algorithm>

#include "mws/core/auth/input_checks.hpp"
#include "mws/core/auth/rights.hpp"
#include "mws/core/domain/case_lifecycle.hpp"
#include "mws/core/domain/rules.hpp"
#include "mws/core/domain/uuid.hpp"

namespace mws::core {

namespace {

void dropId(std::vector<std::string>& ids, const std::string& ownId) {
  ids.erase(std::remove(ids.begin(), ids.end(), ownId), ids.end());
}

// The right an action needs, checked for the unit the case belongs to before anything else.
Right rightFor(CaseAction action) {
  switch (action) {
    case CaseAction::Open: return Right::CaseOpen;
    case CaseAction::Edit: return Right::CaseEdit;
    case CaseAction::Submit: return Right::CaseSubmit;
    case CaseAction::TakeIntoReview: return Right::CaseReview;
    case CaseAction::Approve:
    case CaseAction::Reject:
    case CaseAction::Return: return Right::CaseDecide;
    case CaseAction::Issue: return Right::CaseIssue;
    case CaseAction::Cancel: return Right::CaseCancel;
  }
  return Right::CaseEdit;
}

// A disabled account is refused by the case rules (CASE-2); the role and the unit by the
// rights table ("auth.forbidden").
Status checkActor(const User& actor, CaseAction action, const std::string& caseUnit) {
  if (!actor.active) {
    return refusal("CASE-2", "case.actor_inactive");
  }
  return authorize(actor, rightFor(action), caseUnit);
}

bool rechecksRules(CaseAction action) {
  return action == CaseAction::Submit || action == CaseAction::Approve || action == CaseAction::Issue;
}

constexpr std::size_t kMaxReasonBytes = 2000;

std::string auditAction(CaseAction action) { return "case." + std::string(toString(action)); }

bool isSha256Hex(const std::string& text) {
  return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

// The capture beside the payload: a blob address or nothing, at most ten fingers with short
// names and a quality between 0 and 100.
Status checkCapture(const CaseCapture& capture) {
  const auto bad = [](std::string field) {
    return makeError("payload.field_invalid", "the case's capture is malformed").with("field", std::move(field));
  };
  if (!capture.documentScanSha256.empty() && !isSha256Hex(capture.documentScanSha256)) {
    return bad("document_scan_sha256");
  }
  if (capture.fingers.size() > 10) return bad("finger_quality");
  for (const FingerQuality& f : capture.fingers) {
    if (f.finger.empty() || f.finger.size() > 32 || f.exception.size() > 32) return bad("finger_quality");
    if (!(f.quality >= 0 && f.quality <= 100)) return bad("finger_quality");
  }
  return success();
}

}  // namespace

CaseService::CaseService(CaseRepository& cases, PersonRepository& persons,
                         ReferenceDataRepository& reference, Clock& clock)
    : m_cases(cases), m_persons(persons), m_reference(reference), m_clock(clock) {}

Result<Case> CaseService::open(const OpenCaseRequest& request, const User& actor) {
  auto allowed = checkActor(actor, CaseAction::Open, actor.unitCode);
  if (!allowed) {
    return allowed.error();
  }
  if (auto valid = checkPayloadInput(request.payload); !valid) {
    return valid.error();
  }
  if (auto valid = checkCapture(request.capture); !valid) {
    return valid.error();
  }
  const std::string id = request.caseId.empty() ? generateUuidV4() : request.caseId;
  if (!isUuidV4(id)) {
    return makeError("case.bad_id").with("case_id", id);
  }
  auto person = loadPerson(request.personId);
  if (!person) {
    return person.error();
  }
  const CivilDate today = m_clock.today();
  auto checked = evaluate(request.payload, *person, today, request.channel, id);
  if (!checked) {
    return checked.error();
  }
  const auto at = m_clock.now();
  Case opened{id, actor.unitCode, person->id, request.channel, today, CaseState::Draft,
              checked->payload, checked->fee, actor.id, 1,
              {CaseEvent{CaseAction::Open, CaseState::Draft, CaseState::Draft, actor.id, actor.role, "", at}},
              request.capture};
  auto created = m_cases.create(opened, AuditContext{actor, auditAction(CaseAction::Open), at});
  if (!created) {
    return created.error();
  }
  return opened;
}

Result<Case> CaseService::edit(const std::string& caseId, const CasePayload& payload, const User& actor) {
  auto subject = loadCase(caseId);
  if (!subject) {
    return subject;
  }
  if (auto allowed = checkActor(actor, CaseAction::Edit, subject->unitCode); !allowed) {
    return allowed.error();
  }
  const auto at = m_clock.now();
  auto event = planTransition(*subject, CaseAction::Edit, actor, "", at);
  if (!event) {
    return event.error();
  }
  if (auto valid = checkPayloadInput(payload); !valid) {
    return valid.error();
  }
  if (serviceOf(payload) != subject->service()) {
    return makeError("case.service_mismatch").with("service", std::string(toString(subject->service())));
  }
  auto person = loadPerson(subject->personId);
  auto checked = person ? evaluate(payload, *person, subject->filedOn, subject->channel, caseId)
                        : Result<Checked>(person.error());
  if (!checked) {
    return checked.error();
  }
  CaseTransition edit{caseId, subject->version, *event};
  auto saved = m_cases.updatePayload(edit, checked->payload, checked->fee,
                                     AuditContext{actor, auditAction(CaseAction::Edit), at});
  if (!saved) {
    return saved.error();
  }
  subject->payload = checked->payload;
  subject->fee = checked->fee;
  subject->history.push_back(*event);
  ++subject->version;
  return subject;
}

Result<Case> CaseService::submit(const std::string& caseId, const User& actor) {
  return transition(caseId, CaseAction::Submit, actor, "");
}
Result<Case> CaseService::takeIntoReview(const std::string& caseId, const User& actor) {
  return transition(caseId, CaseAction::TakeIntoReview, actor, "");
}
Result<Case> CaseService::approve(const std::string& caseId, const User& actor) {
  return transition(caseId, CaseAction::Approve, actor, "");
}
Result<Case> CaseService::reject(const std::string& caseId, const User& actor, const std::string& reason) {
  return transition(caseId, CaseAction::Reject, actor, reason);
}
Result<Case> CaseService::returnForCorrection(const std::string& caseId, const User& actor,
                                              const std::string& reason) {
  return transition(caseId, CaseAction::Return, actor, reason);
}
Result<Case> CaseService::issue(const std::string& caseId, const User& actor) {
  return transition(caseId, CaseAction::Issue, actor, "");
}
Result<Case> CaseService::cancel(const std::string& caseId, const User& actor, const std::string& reason) {
  return transition(caseId, CaseAction::Cancel, actor, reason);
}

Result<Case> CaseService::transition(const std::string& caseId, CaseAction action, const User& actor,
                                     const std::string& reason) {
  if (auto valid = checkText(reason, "reason", kMaxReasonBytes); !valid) {
    return valid.error();
  }
  auto subject = loadCase(caseId);
  if (!subject) {
    return subject;
  }
  if (auto allowed = checkActor(actor, action, subject->unitCode); !allowed) {
    return allowed.error();
  }
  const auto at = m_clock.now();
  auto event = planTransition(*subject, action, actor, reason, at);
  if (!event) {
    return event.error();
  }
  auto person = loadPerson(subject->personId);
  if (!person) {
    return person.error();
  }
  if (rechecksRules(action)) {
    auto checked = evaluate(subject->payload, *person, subject->filedOn, subject->channel, caseId);
    if (!checked) {
      return checked.error();
    }
  }
  auto change = buildChange(*subject, *event, *person);
  auto applied = change ? m_cases.apply(*change, AuditContext{actor, auditAction(action), at})
                        : Status(change.error());
  if (!applied) {
    return applied.error();
  }
  subject->state = event->to;
  subject->history.push_back(*event);
  ++subject->version;
  return subject;
}

Result<CaseChange> CaseService::buildChange(const Case& subject, const CaseEvent& event,
                                            const Person& person) {
  CaseChange change{CaseTransition{subject.id, subject.version, event}, {}, {}};
  if (event.action != CaseAction::Issue) {
    return change;
  }
  Case issued = subject;
  issued.state = CaseState::Issued;
  change.effects = effectsOfIssuing(issued, person);
  const std::string ended = registrationEndedBy(issued);
  if (ended.empty()) {
    return change;
  }
  auto registration = loadCase(ended);
  if (!registration) {
    return registration.error();
  }
  if (registration->state == CaseState::Issued) {
    CaseEvent end{CaseAction::Cancel, CaseState::Issued, CaseState::Cancelled, event.actorId,
                  event.actorRole, "ended_by:" + subject.id, event.at};
    change.linked.push_back(CaseTransition{ended, registration->version, end});
  }
  return change;
}

Result<Case> CaseService::loadCase(const std::string& caseId) {
  auto found = m_cases.load(caseId);
  if (!found) {
    return found.error();
  }
  if (!found->has_value()) {
    return makeError("case.not_found").with("case_id", caseId);
  }
  return std::move(**found);
}

Result<Person> CaseService::loadPerson(std::int64_t personId) {
  auto found = m_persons.findById(personId);
  if (!found) {
    return found.error();
  }
  if (!found->has_value()) {
    return refusal("PERSON-1", "person.not_found").with("person_id", std::to_string(personId));
  }
  return std::move(**found);
}

Result<CaseFacts> CaseService::loadFacts(const CasePayload& payload, const Person& person,
                                         const std::string& ownId) {
  CaseFacts facts;
  if (std::holds_alternative<ResidenceRegistrationPayload>(payload)) {
    auto active = m_cases.findActiveResidenceRegistrations(person.id);
    if (!active) {
      return active.error();
    }
    facts.activeResidenceRegistrationIds = std::move(*active);
    dropId(facts.activeResidenceRegistrationIds, ownId);
  } else if (const auto* ext = std::get_if<EVisaExtensionPayload>(&payload)) {
    auto previous = m_cases.findEVisaExtensions(person.id, ext->visaNumber);
    if (!previous) {
      return previous.error();
    }
    facts.eVisaExtensionCaseIds = std::move(*previous);
    dropId(facts.eVisaExtensionCaseIds, ownId);
  } else if (const auto* card = std::get_if<IdCardPayload>(&payload);
             card && card->reason == IdCardReason::FirstIssuance) {
    auto earlier = m_cases.findFirstIdCardIssuances(person.id);
    if (!earlier) {
      return earlier.error();
    }
    facts.firstIdCardCaseIds = std::move(*earlier);
    dropId(facts.firstIdCardCaseIds, ownId);
  } else if (const auto* cancel = std::get_if<StayCancellationPayload>(&payload)) {
    auto registration = m_cases.load(cancel->registrationCaseId);
    if (!registration) {
      return registration.error();
    }
    facts.relatedCase = std::move(*registration);
  }
  return facts;
}

Result<CaseService::Checked> CaseService::evaluate(const CasePayload& payload, const Person& person,
                                                   const CivilDate& filedOn, Channel channel,
                                                   const std::string& ownId) {
  auto reference = m_reference.load();
  if (!reference) {
    return reference.error();
  }
  auto facts = loadFacts(payload, person, ownId);
  if (!facts) {
    return facts.error();
  }
  auto checked = checkCaseRules(payload, RuleContext{*reference, person, filedOn, channel, std::move(*facts)});
  if (!checked) {
    return checked.error();
  }
  auto fee = computeFee(feeRequestFor(*checked, filedOn), *reference);
  if (!fee) {
    return fee.error();
  }
  return Checked{std::move(*checked), std::move(*fee)};
}

}  // namespace mws::core
