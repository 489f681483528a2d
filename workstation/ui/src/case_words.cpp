#include "case_words.hpp"

#include <wx/intl.h>

#include <map>

#include "mws/core/domain/rules.hpp"
#include "mws/ui/login_frame.hpp"

namespace mws::ui::words {
namespace {

using Table = std::map<std::string, const char*>;

wxString lookup(const Table& table, const std::string& key) {
  auto it = table.find(key);
  return it == table.end() ? utf8(key) : wxGetTranslation(it->second);
}

const Table& fieldTable() {
  static const Table table{
      {"address", wxTRANSLATE("Address")},
      {"host.kind", wxTRANSLATE("Host")},
      {"host.name", wxTRANSLATE("Host's name")},
      {"host.tax_id", wxTRANSLATE("Host's tax id")},
      {"host.consent", wxTRANSLATE("Host consents")},
      {"host.consent_evidence", wxTRANSLATE("Consent evidence")},
      {"period", wxTRANSLATE("Period")},
      {"basis", wxTRANSLATE("Stay based on")},
      {"basis_number", wxTRANSLATE("Visa or permit number")},
      {"registration_case", wxTRANSLATE("Registration being cancelled")},
      {"requester", wxTRANSLATE("Requested by")},
      {"requester_document", wxTRANSLATE("Requester's document")},
      {"from", wxTRANSLATE("Registered from")},
      {"replaces_case", wxTRANSLATE("Replaces registration")},
      {"visa_number", wxTRANSLATE("Visa number")},
      {"new_valid_to", wxTRANSLATE("New last day of validity")},
      {"on_site", wxTRANSLATE("Served on site")},
      {"organisation.name", wxTRANSLATE("Organisation")},
      {"organisation.tax_id", wxTRANSLATE("Organisation's tax id")},
      {"contract_number", wxTRANSLATE("Contract number")},
      {"employer.name", wxTRANSLATE("Employer")},
      {"employer.tax_id", wxTRANSLATE("Employer's tax id")},
      {"employer.address", wxTRANSLATE("Employer's address")},
      {"position", wxTRANSLATE("Position")},
      {"university.name", wxTRANSLATE("University")},
      {"university.tax_id", wxTRANSLATE("University's tax id")},
      {"enrolment_number", wxTRANSLATE("Enrolment number")},
      {"dormitory.name", wxTRANSLATE("Dormitory")},
      {"dormitory.address", wxTRANSLATE("Dormitory's address")},
      {"registration", wxTRANSLATE("Registration period")},
      {"contract.room", wxTRANSLATE("Room")},
      {"contract.period", wxTRANSLATE("Contract period")},
      {"id_reason", wxTRANSLATE("Reason for the card")},
      {"urgent", wxTRANSLATE("Urgent")},
      {"photo", wxTRANSLATE("Photo taken")},
      {"fingerprints", wxTRANSLATE("Fingerprints")},
      {"free_e_signature", wxTRANSLATE("Free e-signature certificate")},
      {"one_id_registration", wxTRANSLATE("OneID registration")},
      {"previous_document", wxTRANSLATE("Previous document")},
      {"invitees", wxTRANSLATE("Invited persons")},
      {"invitee", wxTRANSLATE("Invited person")},
      {"invitee.relation", wxTRANSLATE("Relation")},
      {"intended_stay", wxTRANSLATE("Intended stay")},
      {"host_address", wxTRANSLATE("Host's address")},
      {"pr_basis", wxTRANSLATE("Basis")},
      {"basis_reference", wxTRANSLATE("Basis document")},
      {"residing_since", wxTRANSLATE("Residing since")},
  };
  return table;
}

const Table& codeTable() {
  static const Table table{
      {"person", wxTRANSLATE("a private owner")},
      {"organisation", wxTRANSLATE("an organisation")},
      {"visa", wxTRANSLATE("visa")},
      {"residence_permit", wxTRANSLATE("residence permit")},
      {"owner", wxTRANSLATE("the owner")},
      {"registered_person", wxTRANSLATE("the registered person")},
      {"first_issuance", wxTRANSLATE("first issuance")},
      {"expiry", wxTRANSLATE("expiry")},
      {"loss", wxTRANSLATE("loss")},
      {"damage", wxTRANSLATE("damage")},
      {"data_change", wxTRANSLATE("change of data")},
      {"compatriot", wxTRANSLATE("compatriot")},
      {"spouse", wxTRANSLATE("spouse")},
      {"child", wxTRANSLATE("child")},
      {"parent", wxTRANSLATE("parent")},
      {"sibling", wxTRANSLATE("brother or sister")},
      {"family", wxTRANSLATE("family")},
      {"investment", wxTRANSLATE("investment")},
      {"employment", wxTRANSLATE("employment")},
      {"other", wxTRANSLATE("other")},
      // fee items of the fee table
      {"base", wxTRANSLATE("state fee")},
      {"e_signature", wxTRANSLATE("e-signature certificate")},
      {"on_site_service", wxTRANSLATE("on-site service")},
  };
  return table;
}

}  // namespace

wxString utf8(const std::string& text) { return wxString::FromUTF8(text.c_str()); }

wxString service(core::ServiceCode code) {
  static const std::map<core::ServiceCode, const char*> names{
      {core::ServiceCode::StayRegistration, wxTRANSLATE("Registration at place of stay")},
      {core::ServiceCode::StayCancellation, wxTRANSLATE("Cancel a stay registration")},
      {core::ServiceCode::ResidenceRegistration, wxTRANSLATE("Registration at place of residence")},
      {core::ServiceCode::EVisaExtension, wxTRANSLATE("E-visa extension")},
      {core::ServiceCode::VisaExtension, wxTRANSLATE("Visa extension")},
      {core::ServiceCode::WorkConfirmation, wxTRANSLATE("Right to work confirmation")},
      {core::ServiceCode::StudentRegistration, wxTRANSLATE("Student registration")},
      {core::ServiceCode::IdCard, wxTRANSLATE("ID card")},
      {core::ServiceCode::StatelessTravelDocument, wxTRANSLATE("Travel document (stateless)")},
      {core::ServiceCode::CompatriotInvitation, wxTRANSLATE("Compatriot invitation")},
      {core::ServiceCode::PermanentResidence, wxTRANSLATE("Permanent residence")},
  };
  return wxGetTranslation(names.at(code));
}

wxString state(core::CaseState code) {
  static const std::map<core::CaseState, const char*> names{
      {core::CaseState::Draft, wxTRANSLATE("draft")},
      {core::CaseState::Submitted, wxTRANSLATE("submitted")},
      {core::CaseState::InReview, wxTRANSLATE("in review")},
      {core::CaseState::Approved, wxTRANSLATE("approved")},
      {core::CaseState::Rejected, wxTRANSLATE("rejected")},
      {core::CaseState::Returned, wxTRANSLATE("returned")},
      {core::CaseState::Issued, wxTRANSLATE("issued")},
      {core::CaseState::Cancelled, wxTRANSLATE("cancelled")},
  };
  return wxGetTranslation(names.at(code));
}

wxString action(core::CaseAction code) {
  static const std::map<core::CaseAction, const char*> names{
      {core::CaseAction::Open, wxTRANSLATE("opened")},
      {core::CaseAction::Edit, wxTRANSLATE("edited")},
      {core::CaseAction::Submit, wxTRANSLATE("submitted")},
      {core::CaseAction::TakeIntoReview, wxTRANSLATE("taken into review")},
      {core::CaseAction::Approve, wxTRANSLATE("approved")},
      {core::CaseAction::Reject, wxTRANSLATE("rejected")},
      {core::CaseAction::Return, wxTRANSLATE("returned for correction")},
      {core::CaseAction::Issue, wxTRANSLATE("issued")},
      {core::CaseAction::Cancel, wxTRANSLATE("cancelled")},
  };
  return wxGetTranslation(names.at(code));
}

wxString role(core::Role code) {
  switch (code) {
    case core::Role::Officer: return _("officer");
    case core::Role::Supervisor: return _("supervisor");
    case core::Role::UnitAdmin: return _("unit administrator");
    case core::Role::It: return _("IT");
  }
  return {};
}

wxString field(const std::string& key) { return lookup(fieldTable(), key); }

wxString code(const std::string&, const std::string& value) { return lookup(codeTable(), value); }

wxString duration(std::chrono::minutes span) {
  const long total = static_cast<long>(span.count());
  if (total < 60) return wxString::Format(_("%ld min"), total);
  if (total < 24 * 60) return wxString::Format(_("%ld h %02ld min"), total / 60, total % 60);
  return wxString::Format(_("%ld d %ld h"), total / (24 * 60), (total / 60) % 24);
}

}  // namespace mws::ui::words
