// Rules of visas and work: EVISA_EXT, VISA_EXT, WORK_CONFIRM.
#include <algorithm>

#include "rules_internal.hpp"

namespace mws::core::rules {

namespace {

// Shared by both extensions: `prefix` is "evisa_ext" or "visa_ext".
Status checkNewValidTo(const std::string& prefix, const std::string& rule, const Visa& visa,
                       const CivilDate& newValidTo, int maxDays) {
  const int days = daysBetween(visa.validTo, newValidTo);
  if (days < 1) {
    return refusal(rule, prefix + ".not_later")
        .with("valid_to", visa.validTo.toString())
        .with("new_valid_to", newValidTo.toString());
  }
  if (maxDays > 0 && days > maxDays) {
    return refusal(rule, prefix + ".too_long")
        .with("max_days", std::to_string(maxDays))
        .with("requested_days", std::to_string(days))
        .with("valid_to", visa.validTo.toString())
        .with("latest_valid_to", visa.validTo.addDays(maxDays).toString());
  }
  return success();
}

Status checkStillValid(const std::string& prefix, const std::string& rule, const Visa& visa,
                       const CivilDate& filedOn) {
  if (!visa.isValidOn(filedOn)) {
    return refusal(rule, prefix + ".visa_not_valid")
        .with("valid_from", visa.validFrom.toString())
        .with("valid_to", visa.validTo.toString())
        .with("filed_on", filedOn.toString());
  }
  return success();
}

// Extensions already granted or pending: recorded on the visa, or open cases.
std::vector<std::string> previousExtensions(const Visa& visa, const CaseFacts& facts) {
  std::vector<std::string> ids;
  for (const VisaExtension& extension : visa.extensions) {
    ids.push_back(extension.caseId);
  }
  for (const std::string& id : facts.eVisaExtensionCaseIds) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
      ids.push_back(id);
    }
  }
  return ids;
}

Status checkOnSite(const VisaExtensionPayload& payload) {
  if (!payload.onSite) {
    return success();
  }
  if (!isValidTaxId(payload.organisationTaxId)) {
    return refusal("VISA_EXT-1", "visa_ext.organisation_tax_id").with("tax_id", payload.organisationTaxId);
  }
  if (payload.organisationName.empty()) {
    return refusal("VISA_EXT-1", "visa_ext.organisation_missing");
  }
  if (payload.contractNumber.empty()) {
    return refusal("VISA_EXT-1", "visa_ext.contract_missing");
  }
  return success();
}

}  // namespace

Status checkEVisaExtension(const EVisaExtensionPayload& payload, const RuleContext& context) {
  const Visa* visa = context.person.findVisa(payload.visaNumber);
  if (!visa) {
    return refusal("PERSON-1", "evisa_ext.visa_not_found").with("number", payload.visaNumber);
  }
  if (visa->kind != VisaKind::EVisa) {
    return refusal("EVISA_EXT-3", "evisa_ext.not_evisa").with("number", visa->number);
  }
  auto valid = checkStillValid("evisa_ext", "EVISA_EXT-4", *visa, context.filedOn);
  if (!valid) {
    return valid;
  }
  const ServiceDefinition& def = definitionOf(context, ServiceCode::EVisaExtension);
  const auto previous = previousExtensions(*visa, context.facts);
  if (def.maxExtensions > 0 && previous.size() >= static_cast<std::size_t>(def.maxExtensions)) {
    return refusal("EVISA_EXT-1", "evisa_ext.already_extended")
        .with("previous_case_id", previous.front())
        .with("max_extensions", std::to_string(def.maxExtensions));
  }
  return checkNewValidTo("evisa_ext", "EVISA_EXT-2", *visa, payload.newValidTo, def.maxExtensionDays);
}

Status checkVisaExtension(const VisaExtensionPayload& payload, const RuleContext& context) {
  const Visa* visa = context.person.findVisa(payload.visaNumber);
  if (!visa) {
    return refusal("PERSON-1", "visa_ext.visa_not_found").with("number", payload.visaNumber);
  }
  if (visa->kind == VisaKind::EVisa) {
    return refusal("VISA_EXT-2", "visa_ext.is_evisa").with("number", visa->number);
  }
  auto valid = checkStillValid("visa_ext", "VISA_EXT-3", *visa, context.filedOn);
  if (!valid) {
    return valid;
  }
  auto onSite = checkOnSite(payload);
  if (!onSite) {
    return onSite;
  }
  const int maxDays = definitionOf(context, ServiceCode::VisaExtension).maxExtensionDays;
  return checkNewValidTo("visa_ext", "VISA_EXT-3", *visa, payload.newValidTo, maxDays);
}

Status checkWorkConfirmation(const WorkConfirmationPayload& payload, const RuleContext& context) {
  if (!isValidTaxId(payload.employer.taxId)) {
    return refusal("WORK_CONFIRM-1", "work_confirm.employer_tax_id").with("tax_id", payload.employer.taxId);
  }
  auto employer = cite(validateEmployer(payload.employer), "WORK_CONFIRM-1");
  if (!employer) {
    return employer;
  }
  if (payload.position.empty()) {
    return refusal("WORK_CONFIRM-1", "work_confirm.position_missing");
  }
  auto order = checkPeriodOrder("work_confirm", "WORK_CONFIRM-1", payload.period);
  if (!order) {
    return order;
  }
  return checkLength("work_confirm", "WORK_CONFIRM-2", payload.period,
                     definitionOf(context, ServiceCode::WorkConfirmation).maxPeriodDays);
}

}  // namespace mws::core::rules
