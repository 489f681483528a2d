#include "case_factory.hpp"

#include <array>

#include "mws/core/domain/fees.hpp"

namespace mws::demo {

namespace {

using core::CaseState;
using core::ServiceCode;

// Relative frequency of the services, in the order of core::kAllServices.
constexpr int kServiceWeights[] = {26, 6, 14, 7, 7, 9, 6, 14, 2, 4, 5};
constexpr std::array<CaseState, 8> kStates{
    CaseState::Draft,    CaseState::Submitted, CaseState::InReview, CaseState::Approved,
    CaseState::Rejected, CaseState::Returned,  CaseState::Issued,   CaseState::Cancelled};
constexpr int kStateWeights[] = {6, 9, 8, 7, 6, 5, 52, 7};

std::uint32_t bitOf(ServiceCode service) {
  return 1u << static_cast<unsigned>(service);
}

// Services a person may have more than one case of (others once: one residence
// registration in force, one e-visa extension, ...).
bool repeatable(ServiceCode service) {
  return service == ServiceCode::StayRegistration || service == ServiceCode::WorkConfirmation ||
         service == ServiceCode::StatelessTravelDocument ||
         service == ServiceCode::CompatriotInvitation;
}

core::Error generatorError(const core::Error& refused, ServiceCode service) {
  auto rule = refused.params.find("rule");
  return core::makeError("demo.generator",
                         std::string(core::toString(service)) + " refused: " + refused.code + " (" +
                             (rule == refused.params.end() ? "" : rule->second) + ")");
}

// Issuing a cancellation moves the registration from issued to cancelled in the same
// change, by the same actor, as CaseService::buildChange does.
void endRegistration(core::Case& registration, const core::Case& cancellation) {
  const core::CaseEvent& issue = cancellation.history.back();
  registration.history.push_back({core::CaseAction::Cancel, CaseState::Issued, CaseState::Cancelled,
                                  issue.actorId, issue.actorRole, "ended_by:" + cancellation.id,
                                  issue.at});
  registration.state = CaseState::Cancelled;
  ++registration.version;
}

void applyEffects(const core::Case& issued, DemoPerson& applicant) {
  core::Person& person = applicant.person;
  for (const core::CaseEffect& effect : core::effectsOfIssuing(issued, person)) {
    if (const auto* extend = std::get_if<core::ExtendVisaEffect>(&effect)) {
      if (core::Visa* visa = person.findVisa(extend->visaNumber)) {
        visa->validTo = extend->extension.newValidTo;
        visa->extensions.push_back(extend->extension);
      }
    } else if (std::holds_alternative<core::MarkOneIdRegistrationEffect>(effect)) {
      person.oneIdRegistrationPending = true;
    } else if (const auto* status = std::get_if<core::SetPersonStatusEffect>(&effect)) {
      person.status = status->status;
      applicant.settled = true;
    }
  }
}

}  // namespace

core::Result<std::vector<core::Case>> CaseFactory::make(std::vector<DemoPerson>& persons,
                                                        std::int64_t count,
                                                        std::int64_t firstOrdinal,
                                                        Random& rng) const {
  Batch batch{persons, {}, {}};
  for (std::size_t i = 0; i < persons.size(); ++i) {
    switch (persons[i].person.status) {
      case core::PersonStatus::Citizen:
        batch.groups.citizens.push_back(i);
        break;
      case core::PersonStatus::Foreigner:
        batch.groups.foreigners.push_back(i);
        break;
      case core::PersonStatus::Stateless:
        batch.groups.stateless.push_back(i);
        break;
      case core::PersonStatus::PermanentResident:
        batch.groups.residents.push_back(i);
        break;
    }
  }
  while (static_cast<std::int64_t>(batch.cases.size()) < count) {
    const std::int64_t ordinal = firstOrdinal + static_cast<std::int64_t>(batch.cases.size());
    ServiceCode service = ordinal < 11 ? core::kAllServices[static_cast<std::size_t>(ordinal)]
                                       : core::kAllServices[rng.weighted(kServiceWeights)];
    const CaseState target = ordinal < 8 ? kStates[static_cast<std::size_t>(ordinal)]
                                         : kStates[rng.weighted(kStateWeights)];
    const bool room = count - static_cast<std::int64_t>(batch.cases.size()) >= 2;
    auto added =
        service == ServiceCode::StayCancellation && room
            ? addCancellation(batch, target, rng)
            : addCase(batch,
                      service == ServiceCode::StayCancellation ? ServiceCode::StayRegistration
                                                               : service,
                      target, rng);
    if (!added) return added.error();
  }
  return std::move(batch.cases);
}

core::Status CaseFactory::addCase(Batch& batch, ServiceCode service, CaseState target,
                                  Random& rng) const {
  const UnitStaff& unit = rng.pick(m_world.units);
  std::optional<Choice> choice = findApplicant(batch, service, unit, rng);
  for (ServiceCode fallback :
       {ServiceCode::WorkConfirmation, ServiceCode::CompatriotInvitation,
        ServiceCode::StayRegistration, ServiceCode::StatelessTravelDocument}) {
    if (choice) break;
    service = fallback;
    choice = findApplicant(batch, service, unit, rng);
  }
  if (!choice) return core::makeError("demo.generator", "no person in the batch can apply");
  auto filed = fileCase(batch.persons[choice->person], choice->draft, unit, {}, target, rng);
  if (!filed) return filed.error();
  batch.cases.push_back(std::move(*filed));
  return core::success();
}

std::optional<CaseFactory::Choice> CaseFactory::findApplicant(Batch& batch, ServiceCode service,
                                                              const UnitStaff& unit,
                                                              Random& rng) const {
  const Groups& g = batch.groups;
  std::vector<const std::vector<std::size_t>*> groups;
  switch (service) {
    case ServiceCode::ResidenceRegistration:
      groups = {&g.citizens, &g.residents};
      break;
    case ServiceCode::IdCard:
    case ServiceCode::CompatriotInvitation:
      groups = {&g.citizens};
      break;
    case ServiceCode::StatelessTravelDocument:
      groups = {&g.stateless};
      break;
    default:
      groups = {&g.foreigners, &g.stateless};
      break;
  }
  std::size_t total = 0;
  for (const auto* group : groups) total += group->size();
  for (int attempt = 0; total > 0 && attempt < 24; ++attempt) {
    std::size_t at = rng.index(total);
    std::size_t g0 = 0;
    while (at >= groups[g0]->size()) at -= groups[g0++]->size();
    const std::size_t index = (*groups[g0])[at];
    DemoPerson& candidate = batch.persons[index];
    const bool used = (candidate.usedServices & bitOf(service)) != 0;
    if (candidate.settled || (used && !(attempt >= 16 && repeatable(service)))) continue;
    auto draft = m_payloads.make(service, candidate.person, unit, owner(batch, rng), rng);
    if (draft) return Choice{index, std::move(*draft)};
  }
  return std::nullopt;
}

core::Result<core::Case> CaseFactory::fileCase(DemoPerson& applicant, const CaseDraft& draft,
                                               const UnitStaff& unit, const core::CaseFacts& facts,
                                               CaseState target, Random& rng) const {
  const ServiceCode service = core::serviceOf(draft.payload);
  core::RuleContext context{m_world.reference, applicant.person, draft.filedOn, draft.channel,
                            facts};
  auto checked = core::checkCaseRules(draft.payload, context);
  if (!checked) return generatorError(checked.error(), service);
  auto fee = core::computeFee(core::feeRequestFor(*checked, draft.filedOn), m_world.reference);
  if (!fee) return generatorError(fee.error(), service);
  core::Case c;
  c.id = caseId(applicant);
  c.personId = applicant.person.id;
  c.channel = draft.channel;
  c.filedOn = draft.filedOn;
  c.payload = std::move(*checked);
  c.fee = std::move(*fee);
  CaseHistory history(c, unit, rng);
  if (auto driven = history.driveTo(target); !driven) return driven.error();
  if (c.state == CaseState::Issued) applyEffects(c, applicant);
  applicant.usedServices |= bitOf(service);
  return c;
}

// A stay registration, issued, and its cancellation on request of the owner or the
// registered person; issuing the cancellation ends the registration (as CaseService does).
core::Status CaseFactory::addCancellation(Batch& batch, CaseState target, Random& rng) const {
  const UnitStaff& unit = rng.pick(m_world.units);
  for (int attempt = 0; attempt < 24; ++attempt) {
    auto choice = findApplicant(batch, ServiceCode::StayCancellation, unit, rng);
    if (!choice) break;
    DemoPerson& applicant = batch.persons[choice->person];
    const CaseDraft& stay = choice->draft;
    const auto& period = std::get<core::StayRegistrationPayload>(stay.payload).period;
    auto filed = m_payloads.fileWithin(ServiceCode::StayCancellation, stay.filedOn.addDays(1),
                                       period.to, rng);
    if (!filed) continue;
    auto registration = fileCase(applicant, stay, unit, {}, CaseState::Issued, rng);
    if (!registration) return registration.error();
    CaseDraft draft{cancellationOf(*registration, batch, applicant, rng), *filed,
                    core::Channel::Counter};
    core::CaseFacts facts;
    facts.relatedCase = *registration;
    auto cancellation = fileCase(applicant, draft, unit, facts, target, rng);
    if (!cancellation) return cancellation.error();
    if (cancellation->state == CaseState::Issued) endRegistration(*registration, *cancellation);
    batch.cases.push_back(std::move(*registration));
    batch.cases.push_back(std::move(*cancellation));
    return core::success();
  }
  return addCase(batch, ServiceCode::StayRegistration, target, rng);
}

core::StayCancellationPayload CaseFactory::cancellationOf(const core::Case& registration,
                                                          const Batch& batch,
                                                          const DemoPerson& applicant,
                                                          Random& rng) const {
  const auto& stay = std::get<core::StayRegistrationPayload>(registration.payload);
  core::StayCancellationPayload p;
  p.registrationCaseId = registration.id;
  p.requester = core::CancellationRequester::RegisteredPerson;
  p.requesterPersonId = applicant.person.id;
  p.requesterDocumentNumber = applicant.person.documents.front().fullNumber();
  if (stay.host.kind == core::HostKind::Person && rng.chance(50)) {
    for (const DemoPerson& candidate : batch.persons) {
      if (candidate.person.id != stay.host.personId || candidate.person.documents.empty()) continue;
      p.requester = core::CancellationRequester::Owner;
      p.requesterPersonId = candidate.person.id;
      p.requesterDocumentNumber = candidate.person.documents.front().fullNumber();
    }
  }
  return p;
}

const core::Person* CaseFactory::owner(const Batch& batch, Random& rng) const {
  if (batch.groups.citizens.empty()) return nullptr;
  return &batch.persons[rng.pick(batch.groups.citizens)].person;
}

std::string CaseFactory::caseId(DemoPerson& applicant) const {
  const auto key = static_cast<std::uint64_t>(applicant.person.id) * 4096 + applicant.caseCount++;
  return uuidFromBits(mix64(m_seed, key), mix64(key ^ 0x5DEECE66Dull, m_seed));
}

}  // namespace mws::demo
