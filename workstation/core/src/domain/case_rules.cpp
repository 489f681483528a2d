#include <algorithm>
#include <cctype>

#include "rules_internal.hpp"

namespace mws::core {

namespace {

bool eligible(ServiceCode service, PersonStatus status) {
  using S = ServiceCode;
  switch (service) {
    case S::ResidenceRegistration:
      return status == PersonStatus::Citizen || status == PersonStatus::PermanentResident;
    case S::IdCard:
    case S::CompatriotInvitation:
      return status == PersonStatus::Citizen;
    case S::StatelessTravelDocument:
      return status == PersonStatus::Stateless;
    default:
      return status == PersonStatus::Foreigner || status == PersonStatus::Stateless;
  }
}

struct Dispatch {
  const RuleContext& context;

  Result<CasePayload> operator()(const IdCardPayload& payload) const {
    auto checked = rules::checkIdCard(payload, context);
    if (!checked) {
      return checked.error();
    }
    return CasePayload(std::move(checked).value());
  }

  template <typename Payload>
  Result<CasePayload> operator()(const Payload& payload) const {
    auto status = check(payload);
    if (!status) {
      return status.error();
    }
    return CasePayload(payload);
  }

  Status check(const StayRegistrationPayload& p) const { return rules::checkStayRegistration(p, context); }
  Status check(const StayCancellationPayload& p) const { return rules::checkStayCancellation(p, context); }
  Status check(const ResidenceRegistrationPayload& p) const {
    return rules::checkResidenceRegistration(p, context);
  }
  Status check(const StudentRegistrationPayload& p) const {
    return rules::checkStudentRegistration(p, context);
  }
  Status check(const EVisaExtensionPayload& p) const { return rules::checkEVisaExtension(p, context); }
  Status check(const VisaExtensionPayload& p) const { return rules::checkVisaExtension(p, context); }
  Status check(const WorkConfirmationPayload& p) const { return rules::checkWorkConfirmation(p, context); }
  Status check(const StatelessTravelDocumentPayload& p) const {
    return rules::checkStatelessTravelDocument(p, context);
  }
  Status check(const CompatriotInvitationPayload& p) const {
    return rules::checkCompatriotInvitation(p, context);
  }
  Status check(const PermanentResidencePayload& p) const {
    return rules::checkPermanentResidence(p, context);
  }
};

bool isSha256Hex(const std::string& text) {
  return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) || (c >= 'a' && c <= 'f');
         });
}

}  // namespace

Result<CasePayload> checkCaseRules(const CasePayload& payload, const RuleContext& context) {
  const ServiceCode service = serviceOf(payload);
  auto available = checkServiceAvailable(context.reference, service, context.channel, context.filedOn);
  if (!available) {
    return available.error();
  }
  if (!eligible(service, context.person.status)) {
    return refusal("SERVICE-3", "service.status_not_eligible")
        .with("service", std::string(toString(service)))
        .with("status", std::string(toString(context.person.status)));
  }
  return std::visit(Dispatch{context}, payload);
}

FeeRequest feeRequestFor(const CasePayload& payload, const CivilDate& filedOn) {
  FeeRequest request{serviceOf(payload), FeeVariant::Standard, filedOn, Payer::Applicant, {}, ""};
  if (const auto* visa = std::get_if<VisaExtensionPayload>(&payload); visa && visa->onSite) {
    request.variant = FeeVariant::OnSite;
    request.payer = Payer::Organisation;
  } else if (const auto* card = std::get_if<IdCardPayload>(&payload)) {
    request.variant = card->urgent ? FeeVariant::Urgent : FeeVariant::Standard;
    if (card->freeESignature) {
      request.waivedItems.insert("e_signature");
      request.waiverRule = "ID_CARD-1";
    }
  } else if (const auto* travel = std::get_if<StatelessTravelDocumentPayload>(&payload)) {
    request.variant = travel->urgent ? FeeVariant::Urgent : FeeVariant::Standard;
  }
  return request;
}

std::vector<CaseEffect> effectsOfIssuing(const Case& issued, const Person& person) {
  std::vector<CaseEffect> effects;
  if (const auto* ext = std::get_if<EVisaExtensionPayload>(&issued.payload)) {
    const Visa* visa = person.findVisa(ext->visaNumber);
    const CivilDate previous = visa ? visa->validTo : ext->newValidTo;
    effects.push_back(ExtendVisaEffect{person.id, ext->visaNumber, {issued.id, previous, ext->newValidTo}});
  } else if (const auto* vext = std::get_if<VisaExtensionPayload>(&issued.payload)) {
    const Visa* visa = person.findVisa(vext->visaNumber);
    const CivilDate previous = visa ? visa->validTo : vext->newValidTo;
    effects.push_back(ExtendVisaEffect{person.id, vext->visaNumber, {issued.id, previous, vext->newValidTo}});
  } else if (const auto* card = std::get_if<IdCardPayload>(&issued.payload)) {
    if (card->oneIdRegistration) {
      effects.push_back(MarkOneIdRegistrationEffect{person.id});
    }
  } else if (std::holds_alternative<PermanentResidencePayload>(issued.payload)) {
    effects.push_back(SetPersonStatusEffect{person.id, PersonStatus::PermanentResident});
  }
  return effects;
}

std::string registrationEndedBy(const Case& issued) {
  if (const auto* cancel = std::get_if<StayCancellationPayload>(&issued.payload)) {
    return cancel->registrationCaseId;
  }
  if (const auto* residence = std::get_if<ResidenceRegistrationPayload>(&issued.payload)) {
    return residence->replacesCaseId;
  }
  return {};
}

namespace rules {

const ServiceDefinition& definitionOf(const RuleContext& context, ServiceCode service) {
  return *context.reference.find(service);  // present: checkServiceAvailable ran first
}

Status checkPeriodOrder(const std::string& prefix, const std::string& rule, const DateRange& period) {
  if (period.to < period.from) {
    return refusal(rule, prefix + ".period_order")
        .with("from", period.from.toString())
        .with("to", period.to.toString());
  }
  return success();
}

Status checkLength(const std::string& prefix, const std::string& rule, const DateRange& period,
                   int maxDays) {
  if (maxDays > 0 && period.lengthDays() > maxDays) {
    return refusal(rule, prefix + ".period_too_long")
        .with("max_days", std::to_string(maxDays))
        .with("requested_days", std::to_string(period.lengthDays()));
  }
  return success();
}

Status cite(Status status, const std::string& rule) {
  if (status) {
    return status;
  }
  Error error = status.error();
  error.params.try_emplace("rule", rule);
  return error;
}

Status checkBiometrics(const Biometrics& biometrics, int minFingerprints, const std::string& prefix,
                       const std::string& rule) {
  if (!isSha256Hex(biometrics.photoSha256)) {
    return refusal(rule, prefix + ".photo_missing");
  }
  const auto valid = std::count_if(biometrics.fingerprintSha256.begin(),
                                   biometrics.fingerprintSha256.end(), isSha256Hex);
  if (valid < minFingerprints || valid != static_cast<long>(biometrics.fingerprintSha256.size())) {
    return refusal(rule, prefix + ".fingerprints_missing")
        .with("required", std::to_string(minFingerprints))
        .with("given", std::to_string(valid));
  }
  return success();
}

}  // namespace rules

}  // namespace mws::core
