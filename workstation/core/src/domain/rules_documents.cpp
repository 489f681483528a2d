// Rules of documents and status: ID_CARD, STATELESS_TRAVEL_DOC, COMPATRIOT_INVITE,
// PERMANENT_RESIDENCE.
#include <algorithm>

#include "mws/core/domain/person_checks.hpp"
#include "rules_internal.hpp"

namespace mws::core::rules {

namespace {

Status checkInvitee(const Invitee& invitee, std::size_t index, const RuleContext& context) {
  const std::string position = std::to_string(index);
  if (invitee.latin.surname.empty() || invitee.latin.givenName.empty()) {
    return refusal("COMPATRIOT_INVITE-1", "compatriot_invite.invitee_name_missing").with("index", position);
  }
  for (Status field : {checkPersonName(invitee.latin, "latin"),
                       checkDateInRange(invitee.birthDate, "invitees[" + position + "].birth_date")}) {
    if (!field) return Error(field.error()).with("rule", "COMPATRIOT_INVITE-1").with("index", position);
  }
  if (!context.reference.knowsCountry(invitee.citizenship) || invitee.citizenship == kUzbekistanAlpha3) {
    return refusal("COMPATRIOT_INVITE-1", "compatriot_invite.invitee_citizenship")
        .with("index", position)
        .with("citizenship", invitee.citizenship);
  }
  if (invitee.birthDate > context.filedOn) {
    return refusal("COMPATRIOT_INVITE-1", "compatriot_invite.invitee_birth_date")
        .with("index", position)
        .with("birth_date", invitee.birthDate.toString());
  }
  return success();
}

}  // namespace

Result<IdCardPayload> checkIdCard(IdCardPayload payload, const RuleContext& context) {
  const ServiceDefinition& def = definitionOf(context, ServiceCode::IdCard);
  auto biometrics = checkBiometrics(payload.biometrics, def.minFingerprints, "id_card", "ID_CARD-2");
  if (!biometrics) {
    return biometrics.error();
  }
  const bool first = payload.reason == IdCardReason::FirstIssuance;
  const bool holdsCard = context.person.holds(DocumentKind::IdCard);
  if (first && holdsCard) {
    return refusal("ID_CARD-3", "id_card.not_first_issuance");
  }
  if (first && !context.facts.firstIdCardCaseIds.empty()) {
    // A first issuance already pending or issued: the free certificate is granted once.
    return refusal("ID_CARD-3", "id_card.not_first_issuance")
        .with("previous_case_id", context.facts.firstIdCardCaseIds.front());
  }
  if (!first && !holdsCard) {
    return refusal("ID_CARD-3", "id_card.no_previous_card")
        .with("reason", std::string(toString(payload.reason)));
  }
  const bool free = first && def.freeESignatureFrom && *def.freeESignatureFrom <= context.filedOn;
  payload.freeESignature = free;
  payload.oneIdRegistration = free;
  return payload;
}

Status checkStatelessTravelDocument(const StatelessTravelDocumentPayload& payload,
                                    const RuleContext& context) {
  const int required = definitionOf(context, ServiceCode::StatelessTravelDocument).minFingerprints;
  auto biometrics = checkBiometrics(payload.biometrics, required, "stateless_travel_doc",
                                    "STATELESS_TRAVEL_DOC-1");
  return biometrics ? cite(validateAddress(payload.address), "SERVICE-4") : biometrics;
}

Status checkCompatriotInvitation(const CompatriotInvitationPayload& payload,
                                 const RuleContext& context) {
  const bool compatriot = std::any_of(payload.invitees.begin(), payload.invitees.end(), [](const Invitee& i) {
    return i.relation == InviteeRelation::Compatriot;
  });
  if (!compatriot) {
    return refusal("COMPATRIOT_INVITE-1", "compatriot_invite.no_compatriot");
  }
  for (std::size_t i = 0; i < payload.invitees.size(); ++i) {
    auto invitee = checkInvitee(payload.invitees[i], i, context);
    if (!invitee) {
      return invitee;
    }
  }
  auto order = checkPeriodOrder("compatriot_invite", "COMPATRIOT_INVITE-2", payload.intendedStay);
  return order ? cite(validateAddress(payload.hostAddress), "SERVICE-4") : order;
}

Status checkPermanentResidence(const PermanentResidencePayload& payload,
                               const RuleContext& context) {
  if (payload.basisReference.empty()) {
    return refusal("PERMANENT_RESIDENCE-1", "permanent_residence.basis_missing")
        .with("basis", std::string(toString(payload.basis)));
  }
  if (payload.residingSince > context.filedOn) {
    return refusal("PERMANENT_RESIDENCE-1", "permanent_residence.residing_since_future")
        .with("residing_since", payload.residingSince.toString());
  }
  return cite(validateAddress(payload.address), "PERMANENT_RESIDENCE-1");
}

}  // namespace mws::core::rules
