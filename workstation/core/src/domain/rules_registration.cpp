// Rules of the registrations: STAY_REG, STAY_CANCEL, RESIDENCE_REG, STUDENT_REG.
#include <algorithm>

#include "rules_internal.hpp"

namespace mws::core::rules {

namespace {

// The validity window of the visa or residence permit a stay rests on.
Result<DateRange> basisWindow(const StayRegistrationPayload& payload, const Person& person) {
  if (payload.basis == StayBasis::Visa) {
    if (const Visa* visa = person.findVisa(payload.basisNumber)) {
      return DateRange{visa->validFrom, visa->validTo};
    }
  } else {
    for (const IdentityDocument& document : person.documents) {
      if (document.kind == DocumentKind::ResidencePermit && document.fullNumber() == payload.basisNumber) {
        return DateRange{document.issuedOn, document.expiresOn};
      }
    }
  }
  return refusal("PERSON-1", "stay_reg.basis_not_found")
      .with("basis", std::string(toString(payload.basis)))
      .with("number", payload.basisNumber);
}

Error outside(const std::string& code, const std::string& rule, const DateRange& window,
              const DateRange& period) {
  return refusal(rule, code)
      .with("valid_from", window.from.toString())
      .with("valid_to", window.to.toString())
      .with("from", period.from.toString())
      .with("to", period.to.toString());
}

Status checkStudentParts(const StudentRegistrationPayload& payload) {
  if (!payload.registration || !payload.contract) {
    const std::string missing = !payload.registration && !payload.contract ? "registration,contract"
                                : !payload.registration                    ? "registration"
                                                                           : "contract";
    return refusal("STUDENT_REG-1", "student_reg.incomplete").with("missing", missing);
  }
  if (payload.contract->number.empty()) {
    return refusal("STUDENT_REG-1", "student_reg.contract_number_missing");
  }
  if (payload.enrolmentNumber.empty()) {
    return refusal("SERVICE-4", "student_reg.enrolment_missing");
  }
  auto university = cite(validateUniversity(payload.university), "SERVICE-4");
  return university ? cite(validateDormitory(payload.dormitory), "SERVICE-4") : university;
}

}  // namespace

Status checkStayRegistration(const StayRegistrationPayload& payload, const RuleContext& context) {
  for (Status status : {cite(validateAddress(payload.address), "SERVICE-4"),
                        cite(validateHost(payload.host), "SERVICE-4"),
                        checkPeriodOrder("stay_reg", "STAY_REG-1", payload.period),
                        checkLength("stay_reg", "STAY_REG-3", payload.period,
                                    definitionOf(context, ServiceCode::StayRegistration).maxPeriodDays)}) {
    if (!status) {
      return status;
    }
  }
  auto window = basisWindow(payload, context.person);
  if (!window) {
    return window.error();
  }
  if (!window->contains(payload.period)) {
    return outside("stay_reg.outside_basis_validity", "STAY_REG-1", *window, payload.period);
  }
  return success();
}

Status checkStayCancellation(const StayCancellationPayload& payload, const RuleContext& context) {
  const auto& registration = context.facts.relatedCase;
  if (!registration || registration->id != payload.registrationCaseId) {
    return refusal("STAY_CANCEL-2", "stay_cancel.registration_not_found")
        .with("case_id", payload.registrationCaseId);
  }
  const auto* stay = std::get_if<StayRegistrationPayload>(&registration->payload);
  if (!stay || registration->state != CaseState::Issued || registration->personId != context.person.id) {
    return refusal("STAY_CANCEL-2", "stay_cancel.registration_not_active")
        .with("case_id", registration->id)
        .with("state", std::string(toString(registration->state)));
  }
  const bool entitled =
      payload.requester == CancellationRequester::RegisteredPerson
          ? payload.requesterPersonId == registration->personId
          : stay->host.kind == HostKind::Person && stay->host.personId == payload.requesterPersonId;
  if (!entitled || payload.requesterPersonId <= 0) {
    return refusal("STAY_CANCEL-1", "stay_cancel.requester_not_entitled")
        .with("requester", std::string(toString(payload.requester)));
  }
  if (payload.requesterDocumentNumber.empty()) {
    return refusal("STAY_CANCEL-3", "stay_cancel.requester_identity_missing");
  }
  return success();
}

Status checkResidenceRegistration(const ResidenceRegistrationPayload& payload,
                                  const RuleContext& context) {
  auto address = cite(validateAddress(payload.address), "SERVICE-4");
  if (!address) {
    return address;
  }
  std::vector<std::string> others = context.facts.activeResidenceRegistrationIds;
  if (!payload.replacesCaseId.empty()) {
    auto replaced = std::find(others.begin(), others.end(), payload.replacesCaseId);
    if (replaced == others.end()) {
      return refusal("RESIDENCE_REG-1", "residence_reg.replaced_not_active")
          .with("case_id", payload.replacesCaseId);
    }
    others.erase(replaced);
  }
  if (!others.empty()) {
    return refusal("RESIDENCE_REG-1", "residence_reg.already_registered")
        .with("active_case_id", others.front())
        .with("count", std::to_string(others.size()));
  }
  return success();
}

Status checkStudentRegistration(const StudentRegistrationPayload& payload,
                                const RuleContext& context) {
  auto parts = checkStudentParts(payload);
  if (!parts) {
    return parts;
  }
  const DateRange& registration = *payload.registration;
  const DateRange& contract = payload.contract->period;
  for (Status status : {checkPeriodOrder("student_reg", "STUDENT_REG-2", registration),
                        checkPeriodOrder("student_reg", "STUDENT_REG-2", contract),
                        checkLength("student_reg", "STUDENT_REG-2", registration,
                                    definitionOf(context, ServiceCode::StudentRegistration).maxPeriodDays)}) {
    if (!status) {
      return status;
    }
  }
  if (!contract.contains(registration)) {
    return outside("student_reg.outside_contract", "STUDENT_REG-2", contract, registration);
  }
  const Visa* visa = context.person.findVisa(payload.visaNumber);
  if (!visa) {
    return refusal("PERSON-1", "student_reg.visa_not_found").with("number", payload.visaNumber);
  }
  const DateRange window{visa->validFrom, visa->validTo};
  if (!window.contains(registration)) {
    return outside("student_reg.outside_visa", "STUDENT_REG-2", window, registration);
  }
  return success();
}

}  // namespace mws::core::rules
