#include "mws/core/domain/rules.hpp"

#include <algorithm>
#include <array>

namespace mws::core {

namespace {

constexpr std::array<RuleInfo, 36> kRules{{
    {"SERVICE-1", "A case filed before its service's effective date is refused."},
    {"SERVICE-2", "Filing through the portal is accepted only from the date reference data sets."},
    {"SERVICE-3", "The applicant's status must be one the service is for."},
    {"SERVICE-4", "The person and the service's fields must be complete and well formed."},
    {"CASE-1", "Four-eyes: whoever opened or submitted a case never reviews or approves it."},
    {"CASE-2", "Only officers and supervisors handle cases; review and decisions are for supervisors."},
    {"CASE-3", "A case is changed only by users of the unit that opened it."},
    {"CASE-4", "Rejecting, returning and cancelling a case need a reason."},
    {"CASE-5", "Only the steps of the case life cycle are allowed."},
    {"FEE-1", "Fees come from the fee table in base calculation units, valued at the case date."},
    {"STAY_REG-1", "A stay registration lies inside the validity of its visa or residence permit."},
    {"STAY_REG-2", "The host (owner, hotel or institution) consents to the stay registration."},
    {"STAY_REG-3", "A stay registration lasts no longer than the reference data allows."},
    {"STAY_CANCEL-1", "Only the owner or the registered person may request a cancellation."},
    {"STAY_CANCEL-2", "Only an issued stay registration in force can be cancelled."},
    {"STAY_CANCEL-3", "The requester's identity document is recorded."},
    {"RESIDENCE_REG-1", "A person has at most one active registration at a place of residence."},
    {"EVISA_EXT-1", "An electronic visa is extended once only."},
    {"EVISA_EXT-2", "An electronic visa is extended by at most the days reference data allows (30)."},
    {"EVISA_EXT-3", "Only a visa of the electronic kind is extended by this service."},
    {"EVISA_EXT-4", "An electronic visa is extended only while it is valid."},
    {"VISA_EXT-1", "An on-site visa extension is paid by the organisation under a contract."},
    {"VISA_EXT-2", "Electronic visas are extended by EVISA_EXT, not by VISA_EXT."},
    {"VISA_EXT-3", "A visa is extended only while valid and by at most the days reference data allows."},
    {"WORK_CONFIRM-1", "A work confirmation names the employer (tax id), the position and the period."},
    {"WORK_CONFIRM-2", "A work confirmation lasts no longer than the reference data allows."},
    {"STUDENT_REG-1", "The student registration and the dormitory contract are created together or not at all."},
    {"STUDENT_REG-2", "The registration lies inside the dormitory contract and the student's visa."},
    {"ID_CARD-1", "At first issuance the e-signature certificate is free and the person is registered in OneID."},
    {"ID_CARD-2", "An ID card application has a photo and the fingerprints reference data requires."},
    {"ID_CARD-3", "A first issuance is only for a citizen who holds no ID card yet."},
    {"STATELESS_TRAVEL_DOC-1", "A travel document application has a photo and the required fingerprints."},
    {"COMPATRIOT_INVITE-1", "An invitation names at least one compatriot; invitees are not Uzbek citizens."},
    {"COMPATRIOT_INVITE-2", "The intended stay has a start and an end in order."},
    {"PERMANENT_RESIDENCE-1", "A permanent residence application states its basis and the address."},
    {"PERSON-1", "The referenced person and documents exist in the unit's registers."},
}};

}  // namespace

std::span<const RuleInfo> ruleCatalogue() { return kRules; }

const RuleInfo* findRule(std::string_view id) {
  auto it = std::find_if(kRules.begin(), kRules.end(),
                         [&](const RuleInfo& rule) { return rule.id == id; });
  return it == kRules.end() ? nullptr : &*it;
}

Error refusal(std::string_view rule, std::string code) {
  return makeError(std::move(code)).with("rule", std::string(rule));
}

}  // namespace mws::core
