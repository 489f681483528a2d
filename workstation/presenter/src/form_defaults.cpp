// What a service form starts with, so that the usual case is confirmed rather than typed.
#include <algorithm>

#include "mws/presenter/service_form.hpp"

namespace mws::presenter {
namespace {

using namespace core;

// The visa valid today that lasts longest (of the kind asked for, when one is).
const Visa* currentVisa(const Person& person, const CivilDate& today, std::optional<VisaKind> kind) {
  const Visa* best = nullptr;
  for (const Visa& visa : person.visas) {
    if (!visa.isValidOn(today) || (kind && visa.kind != *kind)) continue;
    if (!best || best->validTo < visa.validTo) best = &visa;
  }
  return best;
}

// The last day of a period that starts today: the end of the basis, within the service's limit.
CivilDate periodEnd(const CivilDate& today, const CivilDate& basisEnd, int maxDays) {
  CivilDate end = basisEnd;
  if (maxDays > 0) end = std::min(end, today.addDays(maxDays - 1));
  return end;
}

int limit(const ReferenceData& reference, ServiceCode service, int ServiceDefinition::*member) {
  const ServiceDefinition* def = reference.find(service);
  return def ? def->*member : 0;
}

}  // namespace

FieldValues defaultValues(ServiceCode service, const Person& person, const ReferenceData& reference,
                          const CivilDate& today) {
  FieldValues v;
  const std::string day = today.toString();
  switch (service) {
    case ServiceCode::StayRegistration:
      v["host.kind"] = "organisation";
      v["basis"] = "visa";
      v["period.from"] = day;
      if (const Visa* visa = currentVisa(person, today, std::nullopt)) {
        v["basis_number"] = visa->number;
        v["period.to"] = periodEnd(today, visa->validTo,
                                   limit(reference, service, &ServiceDefinition::maxPeriodDays))
                             .toString();
      }
      break;
    case ServiceCode::StayCancellation:
      v["requester"] = "registered_person";
      if (person.id > 0) v["requester_person_id"] = std::to_string(person.id);
      if (!person.documents.empty()) v["requester_document_number"] = person.documents.front().fullNumber();
      break;
    case ServiceCode::ResidenceRegistration: v["from"] = day; break;
    case ServiceCode::EVisaExtension:
    case ServiceCode::VisaExtension: {
      const bool electronic = service == ServiceCode::EVisaExtension;
      if (const Visa* visa = currentVisa(person, today, electronic ? VisaKind::EVisa : VisaKind::Other)) {
        v["visa_number"] = visa->number;
        const int days = limit(reference, service, &ServiceDefinition::maxExtensionDays);
        v["new_valid_to"] = visa->validTo.addDays(days > 0 ? days : 30).toString();
      }
      break;
    }
    case ServiceCode::WorkConfirmation: v["period.from"] = day; break;
    case ServiceCode::StudentRegistration:
      v["registration.from"] = day;
      v["contract.period.from"] = day;
      if (const Visa* visa = currentVisa(person, today, std::nullopt)) {
        v["visa_number"] = visa->number;
        v["registration.to"] = visa->validTo.toString();
      }
      break;
    case ServiceCode::IdCard:
      v["reason"] = person.holds(DocumentKind::IdCard) ? "expiry" : "first_issuance";
      break;
    case ServiceCode::CompatriotInvitation:
      v["invitees[0].relation"] = "compatriot";
      v["intended_stay.from"] = today.addDays(30).toString();
      break;
    case ServiceCode::PermanentResidence: v["basis"] = "family"; break;
    case ServiceCode::StatelessTravelDocument: break;
  }
  return v;
}

}  // namespace mws::presenter
