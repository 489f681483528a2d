// describePayload: the fields of each service's payload as the case dialog lists them.
#include <string>
#include <variant>

#include "mws/presenter/case_view_presenter.hpp"

namespace mws::presenter {
namespace {

using Kind = PayloadField::Kind;

PayloadField make(std::string key, Kind kind) {
  PayloadField field;
  field.key = std::move(key);
  field.kind = kind;
  return field;
}

class Fields {
public:
  void text(std::string key, const std::string& value) {
    if (value.empty()) return;
    PayloadField field = make(std::move(key), Kind::Text);
    field.text = value;
    add(std::move(field));
  }
  template <typename Enum>
  void code(std::string key, Enum value) {
    PayloadField field = make(std::move(key), Kind::Code);
    field.text = std::string(core::toString(value));
    add(std::move(field));
  }
  void date(std::string key, const core::CivilDate& value) {
    PayloadField field = make(std::move(key), Kind::Date);
    field.date = value;
    add(std::move(field));
  }
  void period(std::string key, const core::DateRange& value) {
    PayloadField field = make(std::move(key), Kind::Period);
    field.period = value;
    add(std::move(field));
  }
  void flag(std::string key, bool value) {
    PayloadField field = make(std::move(key), Kind::Flag);
    field.flag = value;
    add(std::move(field));
  }
  void number(std::string key, std::int64_t value) {
    PayloadField field = make(std::move(key), Kind::Number);
    field.number = value;
    add(std::move(field));
  }
  void address(const std::string& key, const core::Address& a) {
    std::string line = a.street;
    if (!a.house.empty()) line += (line.empty() ? "" : " ") + a.house;
    if (!a.flat.empty()) line += "/" + a.flat;
    for (const std::string* part : {&a.district, &a.region}) {
      if (!part->empty()) line += (line.empty() ? "" : ", ") + *part;
    }
    text(key, line);
  }
  void biometrics(const core::Biometrics& b) {
    flag("photo", !b.photoSha256.empty());
    number("fingerprints", static_cast<std::int64_t>(b.fingerprintSha256.size()));
  }
  std::vector<PayloadField> take() { return std::move(m_fields); }

private:
  void add(PayloadField field) { m_fields.push_back(std::move(field)); }
  std::vector<PayloadField> m_fields;
};

void describe(Fields& f, const core::StayRegistrationPayload& p) {
  f.address("address", p.address);
  f.code("host.kind", p.host.kind);
  f.text("host.name", p.host.name);
  f.text("host.tax_id", p.host.taxId);
  f.flag("host.consent", p.host.consentGiven);
  f.text("host.consent_evidence", p.host.consentEvidence);
  f.period("period", p.period);
  f.code("basis", p.basis);
  f.text("basis_number", p.basisNumber);
}
void describe(Fields& f, const core::StayCancellationPayload& p) {
  f.text("registration_case", p.registrationCaseId);
  f.code("requester", p.requester);
  f.text("requester_document", p.requesterDocumentNumber);
}
void describe(Fields& f, const core::ResidenceRegistrationPayload& p) {
  f.address("address", p.address);
  f.date("from", p.from);
  f.text("replaces_case", p.replacesCaseId);
}
void describe(Fields& f, const core::EVisaExtensionPayload& p) {
  f.text("visa_number", p.visaNumber);
  f.date("new_valid_to", p.newValidTo);
}
void describe(Fields& f, const core::VisaExtensionPayload& p) {
  f.text("visa_number", p.visaNumber);
  f.date("new_valid_to", p.newValidTo);
  f.flag("on_site", p.onSite);
  f.text("organisation.name", p.organisationName);
  f.text("organisation.tax_id", p.organisationTaxId);
  f.text("contract_number", p.contractNumber);
}
void describe(Fields& f, const core::WorkConfirmationPayload& p) {
  f.text("employer.name", p.employer.name);
  f.text("employer.tax_id", p.employer.taxId);
  f.address("employer.address", p.employer.address);
  f.text("position", p.position);
  f.period("period", p.period);
}
void describe(Fields& f, const core::StudentRegistrationPayload& p) {
  f.text("university.name", p.university.name);
  f.text("university.tax_id", p.university.taxId);
  f.text("enrolment_number", p.enrolmentNumber);
  f.text("visa_number", p.visaNumber);
  f.text("dormitory.name", p.dormitory.name);
  f.address("dormitory.address", p.dormitory.address);
  if (p.registration) f.period("registration", *p.registration);
  if (p.contract) {
    f.text("contract_number", p.contract->number);
    f.text("contract.room", p.contract->room);
    f.period("contract.period", p.contract->period);
  }
}
void describe(Fields& f, const core::IdCardPayload& p) {
  f.code("id_reason", p.reason);
  f.flag("urgent", p.urgent);
  f.biometrics(p.biometrics);
  f.flag("free_e_signature", p.freeESignature);
  f.flag("one_id_registration", p.oneIdRegistration);
}
void describe(Fields& f, const core::StatelessTravelDocumentPayload& p) {
  f.flag("urgent", p.urgent);
  f.biometrics(p.biometrics);
  f.address("address", p.address);
  f.text("previous_document", p.previousDocumentNumber);
}
void describe(Fields& f, const core::CompatriotInvitationPayload& p) {
  f.number("invitees", static_cast<std::int64_t>(p.invitees.size()));
  for (const auto& invitee : p.invitees) {
    f.text("invitee", invitee.latin.full() + " (" + invitee.citizenship + ", " +
                          invitee.birthDate.toString() + ")");
    f.code("invitee.relation", invitee.relation);
  }
  f.period("intended_stay", p.intendedStay);
  f.address("host_address", p.hostAddress);
}
void describe(Fields& f, const core::PermanentResidencePayload& p) {
  f.code("pr_basis", p.basis);
  f.text("basis_reference", p.basisReference);
  f.address("address", p.address);
  f.date("residing_since", p.residingSince);
}

}  // namespace

std::vector<PayloadField> describePayload(const core::CasePayload& payload) {
  Fields fields;
  std::visit([&](const auto& p) { describe(fields, p); }, payload);
  return fields.take();
}

}  // namespace mws::presenter
