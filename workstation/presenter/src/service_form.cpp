#include "mws/presenter/service_form.hpp"

#include <map>

#include "service_form_bindings.hpp"

namespace mws::presenter {
namespace {

using namespace core;
using form::Binding;

template <typename P, typename Ref>
void address(std::vector<Binding>& out, const std::string& prefix, Ref ref) {
  out.push_back(form::text<P>(prefix + ".region", [ref](P& p) -> std::string& { return ref(p).region; }));
  out.push_back(form::text<P>(prefix + ".district", [ref](P& p) -> std::string& { return ref(p).district; }));
  out.push_back(form::text<P>(prefix + ".street", [ref](P& p) -> std::string& { return ref(p).street; }));
  out.push_back(form::text<P>(prefix + ".house", [ref](P& p) -> std::string& { return ref(p).house; }));
  out.push_back(form::text<P>(prefix + ".flat", [ref](P& p) -> std::string& { return ref(p).flat; }, false));
}

template <typename P, typename Ref>
void range(std::vector<Binding>& out, const std::string& prefix, Ref ref) {
  out.push_back(form::date<P>(prefix + ".from", [ref](P& p) -> CivilDate& { return ref(p).from; }));
  out.push_back(form::date<P>(prefix + ".to", [ref](P& p) -> CivilDate& { return ref(p).to; }));
}

std::vector<Binding> stayRegistration() {
  using P = StayRegistrationPayload;
  std::vector<Binding> b;
  address<P>(b, "address", [](P& p) -> Address& { return p.address; });
  b.push_back(form::choice<P, HostKind>("host.kind", [](P& p) -> HostKind& { return p.host.kind; },
                                        {"person", "organisation"}, parseHostKind, toString));
  b.push_back(form::text<P>("host.tax_id", [](P& p) -> std::string& { return p.host.taxId; }, false));
  b.push_back(form::number<P>("host.person_id", [](P& p) -> std::int64_t& { return p.host.personId; }, false));
  b.push_back(form::text<P>("host.name", [](P& p) -> std::string& { return p.host.name; }));
  b.push_back(form::flag<P>("host.consent_given", [](P& p) -> bool& { return p.host.consentGiven; }));
  b.push_back(form::text<P>("host.consent_evidence", [](P& p) -> std::string& { return p.host.consentEvidence; }, false));
  range<P>(b, "period", [](P& p) -> DateRange& { return p.period; });
  b.push_back(form::choice<P, StayBasis>("basis", [](P& p) -> StayBasis& { return p.basis; },
                                         {"visa", "residence_permit"}, parseStayBasis, toString));
  b.push_back(form::text<P>("basis_number", [](P& p) -> std::string& { return p.basisNumber; }));
  return b;
}

std::vector<Binding> stayCancellation() {
  using P = StayCancellationPayload;
  std::vector<Binding> b;
  b.push_back(form::text<P>("registration_case_id", [](P& p) -> std::string& { return p.registrationCaseId; }));
  b.push_back(form::choice<P, CancellationRequester>(
      "requester", [](P& p) -> CancellationRequester& { return p.requester; },
      {"registered_person", "owner"}, parseCancellationRequester, toString));
  b.push_back(form::number<P>("requester_person_id", [](P& p) -> std::int64_t& { return p.requesterPersonId; }));
  b.push_back(form::text<P>("requester_document_number",
                            [](P& p) -> std::string& { return p.requesterDocumentNumber; }));
  return b;
}

std::vector<Binding> residenceRegistration() {
  using P = ResidenceRegistrationPayload;
  std::vector<Binding> b;
  address<P>(b, "address", [](P& p) -> Address& { return p.address; });
  b.push_back(form::date<P>("from", [](P& p) -> CivilDate& { return p.from; }));
  b.push_back(form::text<P>("replaces_case_id", [](P& p) -> std::string& { return p.replacesCaseId; }, false));
  return b;
}

std::vector<Binding> eVisaExtension() {
  using P = EVisaExtensionPayload;
  return {form::text<P>("visa_number", [](P& p) -> std::string& { return p.visaNumber; }),
          form::date<P>("new_valid_to", [](P& p) -> CivilDate& { return p.newValidTo; })};
}

std::vector<Binding> visaExtension() {
  using P = VisaExtensionPayload;
  return {form::text<P>("visa_number", [](P& p) -> std::string& { return p.visaNumber; }),
          form::date<P>("new_valid_to", [](P& p) -> CivilDate& { return p.newValidTo; }),
          form::flag<P>("on_site", [](P& p) -> bool& { return p.onSite; }),
          form::text<P>("organisation_tax_id", [](P& p) -> std::string& { return p.organisationTaxId; }, false),
          form::text<P>("organisation_name", [](P& p) -> std::string& { return p.organisationName; }, false),
          form::text<P>("contract_number", [](P& p) -> std::string& { return p.contractNumber; }, false)};
}

std::vector<Binding> workConfirmation() {
  using P = WorkConfirmationPayload;
  std::vector<Binding> b;
  b.push_back(form::text<P>("employer.tax_id", [](P& p) -> std::string& { return p.employer.taxId; }));
  b.push_back(form::text<P>("employer.name", [](P& p) -> std::string& { return p.employer.name; }));
  address<P>(b, "employer.address", [](P& p) -> Address& { return p.employer.address; });
  b.push_back(form::text<P>("position", [](P& p) -> std::string& { return p.position; }));
  range<P>(b, "period", [](P& p) -> DateRange& { return p.period; });
  return b;
}

std::vector<Binding> studentRegistration() {
  using P = StudentRegistrationPayload;
  std::vector<Binding> b;
  b.push_back(form::text<P>("university.tax_id", [](P& p) -> std::string& { return p.university.taxId; }));
  b.push_back(form::text<P>("university.name", [](P& p) -> std::string& { return p.university.name; }));
  address<P>(b, "university.address", [](P& p) -> Address& { return p.university.address; });
  b.push_back(form::text<P>("enrolment_number", [](P& p) -> std::string& { return p.enrolmentNumber; }));
  b.push_back(form::text<P>("visa_number", [](P& p) -> std::string& { return p.visaNumber; }));
  b.push_back(form::text<P>("dormitory.name", [](P& p) -> std::string& { return p.dormitory.name; }));
  address<P>(b, "dormitory.address", [](P& p) -> Address& { return p.dormitory.address; });
  b.push_back(form::text<P>("dormitory.owner_tax_id", [](P& p) -> std::string& { return p.dormitory.ownerTaxId; }));
  range<P>(b, "registration", [](P& p) -> DateRange& {
    if (!p.registration) p.registration.emplace();
    return *p.registration;
  });
  auto contract = [](P& p) -> DormitoryContract& {
    if (!p.contract) p.contract.emplace();
    return *p.contract;
  };
  b.push_back(form::text<P>("contract.number", [contract](P& p) -> std::string& { return contract(p).number; }));
  b.push_back(form::text<P>("contract.room", [contract](P& p) -> std::string& { return contract(p).room; }, false));
  range<P>(b, "contract.period", [contract](P& p) -> DateRange& { return contract(p).period; });
  return b;
}

std::vector<Binding> idCard() {
  using P = IdCardPayload;
  return {form::choice<P, IdCardReason>("reason", [](P& p) -> IdCardReason& { return p.reason; },
                                        {"first_issuance", "expiry", "loss", "damage", "data_change"},
                                        parseIdCardReason, toString),
          form::flag<P>("urgent", [](P& p) -> bool& { return p.urgent; })};
}

std::vector<Binding> statelessTravelDocument() {
  using P = StatelessTravelDocumentPayload;
  std::vector<Binding> b;
  b.push_back(form::flag<P>("urgent", [](P& p) -> bool& { return p.urgent; }));
  address<P>(b, "address", [](P& p) -> Address& { return p.address; });
  b.push_back(form::text<P>("previous_document_number",
                            [](P& p) -> std::string& { return p.previousDocumentNumber; }, false));
  return b;
}

std::vector<Binding> compatriotInvitation() {
  using P = CompatriotInvitationPayload;
  auto invitee = [](P& p) -> Invitee& {
    if (p.invitees.empty()) p.invitees.emplace_back();
    return p.invitees.front();
  };
  std::vector<Binding> b;
  b.push_back(form::text<P>("invitees[0].latin.surname",
                            [invitee](P& p) -> std::string& { return invitee(p).latin.surname; }));
  b.push_back(form::text<P>("invitees[0].latin.given_name",
                            [invitee](P& p) -> std::string& { return invitee(p).latin.givenName; }));
  b.push_back(form::date<P>("invitees[0].birth_date",
                            [invitee](P& p) -> CivilDate& { return invitee(p).birthDate; }));
  b.push_back(form::text<P>("invitees[0].citizenship",
                            [invitee](P& p) -> std::string& { return invitee(p).citizenship; }));
  b.push_back(form::choice<P, InviteeRelation>(
      "invitees[0].relation", [invitee](P& p) -> InviteeRelation& { return invitee(p).relation; },
      {"compatriot", "spouse", "child", "parent", "sibling"}, parseInviteeRelation, toString));
  range<P>(b, "intended_stay", [](P& p) -> DateRange& { return p.intendedStay; });
  address<P>(b, "host_address", [](P& p) -> Address& { return p.hostAddress; });
  return b;
}

std::vector<Binding> permanentResidence() {
  using P = PermanentResidencePayload;
  std::vector<Binding> b;
  b.push_back(form::choice<P, PermanentResidenceBasis>(
      "basis", [](P& p) -> PermanentResidenceBasis& { return p.basis; },
      {"family", "compatriot", "investment", "employment", "other"}, parsePermanentResidenceBasis,
      toString));
  b.push_back(form::text<P>("basis_reference", [](P& p) -> std::string& { return p.basisReference; }));
  address<P>(b, "address", [](P& p) -> Address& { return p.address; });
  b.push_back(form::date<P>("residing_since", [](P& p) -> CivilDate& { return p.residingSince; }));
  return b;
}

const std::vector<Binding>& bindings(ServiceCode service) {
  static const std::map<ServiceCode, std::vector<Binding>> all{
      {ServiceCode::StayRegistration, stayRegistration()},
      {ServiceCode::StayCancellation, stayCancellation()},
      {ServiceCode::ResidenceRegistration, residenceRegistration()},
      {ServiceCode::EVisaExtension, eVisaExtension()},
      {ServiceCode::VisaExtension, visaExtension()},
      {ServiceCode::WorkConfirmation, workConfirmation()},
      {ServiceCode::StudentRegistration, studentRegistration()},
      {ServiceCode::IdCard, idCard()},
      {ServiceCode::StatelessTravelDocument, statelessTravelDocument()},
      {ServiceCode::CompatriotInvitation, compatriotInvitation()},
      {ServiceCode::PermanentResidence, permanentResidence()},
  };
  return all.at(service);
}

CasePayload emptyPayload(ServiceCode service) {
  switch (service) {
    case ServiceCode::StayRegistration: return StayRegistrationPayload{};
    case ServiceCode::StayCancellation: return StayCancellationPayload{};
    case ServiceCode::ResidenceRegistration: return ResidenceRegistrationPayload{};
    case ServiceCode::EVisaExtension: return EVisaExtensionPayload{};
    case ServiceCode::VisaExtension: return VisaExtensionPayload{};
    case ServiceCode::WorkConfirmation: return WorkConfirmationPayload{};
    case ServiceCode::StudentRegistration: return StudentRegistrationPayload{};
    case ServiceCode::IdCard: return IdCardPayload{};
    case ServiceCode::StatelessTravelDocument: return StatelessTravelDocumentPayload{};
    case ServiceCode::CompatriotInvitation: return CompatriotInvitationPayload{};
    case ServiceCode::PermanentResidence: return PermanentResidencePayload{};
  }
  return StayRegistrationPayload{};
}

std::string_view kindName(FieldKind kind) {
  switch (kind) {
    case FieldKind::Date: return "date";
    case FieldKind::Flag: return "flag";
    case FieldKind::Choice: return "choice";
    case FieldKind::Number: return "number";
    default: return "text";
  }
}

}  // namespace

const std::vector<FormField>& formFields(ServiceCode service) {
  static const std::map<ServiceCode, std::vector<FormField>> all = [] {
    std::map<ServiceCode, std::vector<FormField>> out;
    for (ServiceCode s : kAllServices) {
      for (const Binding& b : bindings(s)) out[s].push_back(b.field);
    }
    return out;
  }();
  return all.at(service);
}

Result<CasePayload> buildPayload(ServiceCode service, const FieldValues& values) {
  CasePayload payload = emptyPayload(service);
  for (const Binding& b : bindings(service)) {
    auto it = values.find(b.field.key);
    if (it == values.end()) continue;
    if (it->second.empty() && b.field.required && b.field.kind != FieldKind::Flag) {
      return makeError("form.field_missing").with("field", b.field.key);
    }
    if (!b.set(payload, it->second)) {
      return makeError("form.field_invalid")
          .with("field", b.field.key)
          .with("kind", std::string(kindName(b.field.kind)));
    }
  }
  return payload;
}

FieldValues fieldValues(const CasePayload& payload) {
  CasePayload copy = payload;  // getters may create an optional part; keep the caller's intact
  FieldValues out;
  for (const Binding& b : bindings(serviceOf(copy))) out[b.field.key] = b.get(copy);
  return out;
}

int requiredFingerprints(ServiceCode service, const ReferenceData& reference) {
  const ServiceDefinition* def = reference.find(service);
  return def ? def->minFingerprints : 0;
}

bool needsBiometrics(ServiceCode service, const ReferenceData& reference) {
  return service == ServiceCode::IdCard || service == ServiceCode::StatelessTravelDocument ||
         requiredFingerprints(service, reference) > 0;
}

void attachBiometrics(CasePayload& payload, const std::string& photoSha256,
                      const std::vector<std::string>& fingerprintSha256) {
  auto attach = [&](Biometrics& b) {
    b.photoSha256 = photoSha256;
    b.fingerprintSha256 = fingerprintSha256;
  };
  if (auto* p = std::get_if<IdCardPayload>(&payload)) attach(p->biometrics);
  if (auto* p = std::get_if<StatelessTravelDocumentPayload>(&payload)) attach(p->biometrics);
}

}  // namespace mws::presenter
