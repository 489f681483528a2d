#pragma once
// Internal: the per-service rule functions behind checkCaseRules().

#include "mws/core/domain/case_rules.hpp"
#include "mws/core/domain/rules.hpp"

namespace mws::core::rules {

Status checkStayRegistration(const StayRegistrationPayload& payload, const RuleContext& context);
Status checkStayCancellation(const StayCancellationPayload& payload, const RuleContext& context);
Status checkResidenceRegistration(const ResidenceRegistrationPayload& payload,
                                  const RuleContext& context);
Status checkStudentRegistration(const StudentRegistrationPayload& payload,
                                const RuleContext& context);
Status checkEVisaExtension(const EVisaExtensionPayload& payload, const RuleContext& context);
Status checkVisaExtension(const VisaExtensionPayload& payload, const RuleContext& context);
Status checkWorkConfirmation(const WorkConfirmationPayload& payload, const RuleContext& context);
Result<IdCardPayload> checkIdCard(IdCardPayload payload, const RuleContext& context);
Status checkStatelessTravelDocument(const StatelessTravelDocumentPayload& payload,
                                    const RuleContext& context);
Status checkCompatriotInvitation(const CompatriotInvitationPayload& payload,
                                 const RuleContext& context);
Status checkPermanentResidence(const PermanentResidencePayload& payload,
                               const RuleContext& context);

// Shared helpers.
const ServiceDefinition& definitionOf(const RuleContext& context, ServiceCode service);
// "<prefix>.period_order" (params from, to) when to < from.
Status checkPeriodOrder(const std::string& prefix, const std::string& rule, const DateRange& period);
// "<prefix>.period_too_long" (params max_days, requested_days) when longer than maxDays > 0.
Status checkLength(const std::string& prefix, const std::string& rule, const DateRange& period,
                   int maxDays);
// Re-tags an entity validation error with the rule that required the entity.
Status cite(Status status, const std::string& rule);
// ID_CARD-2 / STATELESS_TRAVEL_DOC-1: a photo and enough fingerprints (SHA-256 hex).
Status checkBiometrics(const Biometrics& biometrics, int minFingerprints, const std::string& prefix,
                       const std::string& rule);

}  // namespace mws::core::rules
