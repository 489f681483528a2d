#include "flow_words.hpp"

#include <wx/intl.h>

#include <map>

#include "case_words.hpp"
#include "mws/core/domain/rules.hpp"
#include "mws/ui/login_frame.hpp"

namespace mws::ui::flow_words {
namespace {

using Table = std::map<std::string, const char*>;

wxString lookup(const Table& table, const std::string& key) {
  auto it = table.find(key);
  return it == table.end() ? wxString::FromUTF8(key.c_str()) : wxGetTranslation(it->second);
}

wxString param(const core::Error& e, const char* key) {
  auto it = e.params.find(key);
  return it == e.params.end() ? wxString() : wxString::FromUTF8(it->second.c_str());
}

// The last part of a key names the field: "employer.address.street" → "street".
std::string leaf(const std::string& key) {
  const auto dot = key.rfind('.');
  return dot == std::string::npos ? key : key.substr(dot + 1);
}

const Table& fieldTable() {
  static const Table table{
      {"address.region", wxTRANSLATE("Region")}, {"address.district", wxTRANSLATE("District")},
      {"street", wxTRANSLATE("Street")}, {"house", wxTRANSLATE("House")}, {"flat", wxTRANSLATE("Flat")},
      {"region", wxTRANSLATE("Region")}, {"district", wxTRANSLATE("District")},
      {"host.kind", wxTRANSLATE("Host is")}, {"host.tax_id", wxTRANSLATE("Host's tax id")},
      {"host.person_id", wxTRANSLATE("Owner's person number")}, {"host.name", wxTRANSLATE("Host's name")},
      {"host.consent_given", wxTRANSLATE("Host consents")},
      {"host.consent_evidence", wxTRANSLATE("Consent evidence (paper:N or e-rozilik:REF)")},
      {"period.from", wxTRANSLATE("First day")}, {"period.to", wxTRANSLATE("Last day")},
      {"basis", wxTRANSLATE("Based on")}, {"basis_number", wxTRANSLATE("Visa or permit number")},
      {"registration_case_id", wxTRANSLATE("Registration case number")},
      {"requester", wxTRANSLATE("Requested by")}, {"requester_person_id", wxTRANSLATE("Requester's person number")},
      {"requester_document_number", wxTRANSLATE("Requester's document")},
      {"from", wxTRANSLATE("Registered from")}, {"replaces_case_id", wxTRANSLATE("Replaces registration")},
      {"visa_number", wxTRANSLATE("Visa number")}, {"new_valid_to", wxTRANSLATE("New last day")},
      {"on_site", wxTRANSLATE("Served on site")}, {"organisation_tax_id", wxTRANSLATE("Organisation's tax id")},
      {"organisation_name", wxTRANSLATE("Organisation")}, {"contract_number", wxTRANSLATE("Contract number")},
      {"employer.tax_id", wxTRANSLATE("Employer's tax id")}, {"employer.name", wxTRANSLATE("Employer")},
      {"position", wxTRANSLATE("Position")}, {"university.tax_id", wxTRANSLATE("University's tax id")},
      {"university.name", wxTRANSLATE("University")}, {"enrolment_number", wxTRANSLATE("Enrolment number")},
      {"dormitory.name", wxTRANSLATE("Dormitory")}, {"dormitory.owner_tax_id", wxTRANSLATE("Dormitory owner's tax id")},
      {"registration.from", wxTRANSLATE("Registered from")}, {"registration.to", wxTRANSLATE("Registered until")},
      {"contract.number", wxTRANSLATE("Dormitory contract")}, {"contract.room", wxTRANSLATE("Room")},
      {"contract.period.from", wxTRANSLATE("Contract from")}, {"contract.period.to", wxTRANSLATE("Contract until")},
      {"reason", wxTRANSLATE("Reason")}, {"urgent", wxTRANSLATE("Urgent")},
      {"previous_document_number", wxTRANSLATE("Previous document")},
      {"invitees[0].latin.surname", wxTRANSLATE("Invitee's surname")},
      {"invitees[0].latin.given_name", wxTRANSLATE("Invitee's given name")},
      {"invitees[0].birth_date", wxTRANSLATE("Invitee's birth date")},
      {"invitees[0].citizenship", wxTRANSLATE("Invitee's citizenship")},
      {"invitees[0].relation", wxTRANSLATE("Relation")},
      {"intended_stay.from", wxTRANSLATE("Stay from")}, {"intended_stay.to", wxTRANSLATE("Stay until")},
      {"basis_reference", wxTRANSLATE("Basis document")}, {"residing_since", wxTRANSLATE("Residing since")},
      {"latin.surname", wxTRANSLATE("Surname (Latin)")}, {"latin.given_name", wxTRANSLATE("Given name (Latin)")},
      {"latin.patronymic", wxTRANSLATE("Patronymic (Latin)")},
      {"cyrillic.surname", wxTRANSLATE("Surname (Cyrillic)")},
      {"cyrillic.given_name", wxTRANSLATE("Given name (Cyrillic)")},
      {"cyrillic.patronymic", wxTRANSLATE("Patronymic (Cyrillic)")},
      {"birth_date", wxTRANSLATE("Date of birth")}, {"sex", wxTRANSLATE("Sex")},
      {"status", wxTRANSLATE("Status")}, {"citizenship", wxTRANSLATE("Citizenship")},
      {"personal_number", wxTRANSLATE("Personal number (PINFL)")},
      {"document.kind", wxTRANSLATE("Document")}, {"document.series", wxTRANSLATE("Series")},
      {"document.number", wxTRANSLATE("Number")}, {"document.issuing_state", wxTRANSLATE("Issued by (state)")},
      {"document.issued_on", wxTRANSLATE("Issued on")}, {"document.expires_on", wxTRANSLATE("Valid until")},
      {"visa.number", wxTRANSLATE("Visa number")}, {"visa.kind", wxTRANSLATE("Visa kind")},
      {"visa.entries", wxTRANSLATE("Entries")}, {"visa.valid_from", wxTRANSLATE("Visa valid from")},
      {"visa.valid_to", wxTRANSLATE("Visa valid until")},
  };
  return table;
}

const Table& choiceTable() {
  static const Table table{
      {"person", wxTRANSLATE("a private owner")}, {"organisation", wxTRANSLATE("a hotel or organisation")},
      {"visa", wxTRANSLATE("visa")}, {"residence_permit", wxTRANSLATE("residence permit")},
      {"registered_person", wxTRANSLATE("the registered person")}, {"owner", wxTRANSLATE("the owner")},
      {"first_issuance", wxTRANSLATE("first issuance")}, {"expiry", wxTRANSLATE("expiry")},
      {"loss", wxTRANSLATE("loss")}, {"damage", wxTRANSLATE("damage")}, {"data_change", wxTRANSLATE("change of data")},
      {"compatriot", wxTRANSLATE("compatriot")}, {"spouse", wxTRANSLATE("spouse")}, {"child", wxTRANSLATE("child")},
      {"parent", wxTRANSLATE("parent")}, {"sibling", wxTRANSLATE("brother or sister")},
      {"family", wxTRANSLATE("family")}, {"investment", wxTRANSLATE("investment")},
      {"employment", wxTRANSLATE("employment")}, {"other", wxTRANSLATE("other")},
      {"male", wxTRANSLATE("male")}, {"female", wxTRANSLATE("female")},
      {"foreigner", wxTRANSLATE("foreigner")}, {"stateless", wxTRANSLATE("stateless person")},
      {"citizen", wxTRANSLATE("citizen")}, {"permanent_resident", wxTRANSLATE("permanent resident")},
      {"passport", wxTRANSLATE("passport")}, {"id_card", wxTRANSLATE("ID card")},
      {"travel_document", wxTRANSLATE("travel document")},
      {"e_visa", wxTRANSLATE("electronic visa")}, {"single", wxTRANSLATE("single")},
      {"double", wxTRANSLATE("double")}, {"multiple", wxTRANSLATE("multiple")},
      {"true", wxTRANSLATE("yes")}, {"false", wxTRANSLATE("no")},
      {"amputated", wxTRANSLATE("amputated")}, {"bandaged", wxTRANSLATE("bandaged")},
      {"unreadable", wxTRANSLATE("unreadable")},
  };
  return table;
}

bool endsWith(const std::string& text, const char* tail) {
  const std::string t(tail);
  return text.size() >= t.size() && text.compare(text.size() - t.size(), t.size(), t) == 0;
}

// The refusals of the service rules (core/domain/rules_*.cpp), in words the officer can read
// to the applicant; known() adds the rule they cite.
wxString serviceRefusal(const core::Error& e) {
  const std::string& c = e.code;
  if (endsWith(c, ".period_order")) return _("The last day is before the first day.");
  if (endsWith(c, ".period_too_long")) {
    return wxString::Format(_("The period is %s days long; at most %s days are allowed."), param(e, "requested_days"),
                            param(e, "max_days"));
  }
  if (endsWith(c, ".visa_not_found")) return wxString::Format(_("The person holds no visa numbered %s."), param(e, "number"));
  if (endsWith(c, ".visa_not_valid")) {
    return wxString::Format(_("The visa was valid from %s to %s: it is extended only while it is valid."),
                            param(e, "valid_from"), param(e, "valid_to"));
  }
  if (endsWith(c, ".not_later")) {
    return wxString::Format(_("The new last day must be after the visa's last day, %s."), param(e, "valid_to"));
  }
  if (endsWith(c, ".too_long")) {
    return wxString::Format(_("A visa is extended by at most %s days: the new last day is %s at the latest."),
                            param(e, "max_days"), param(e, "latest_valid_to"));
  }
  if (c == "service.status_not_eligible") {
    return wxString::Format(_("This service is not for a person whose status is \"%s\"."), choice(param(e, "status").ToStdString()));
  }
  if (c == "service.not_yet_effective") {
    return wxString::Format(_("This service is provided from %s only."), param(e, "effective_from"));
  }
  if (c == "stay_cancel.registration_not_found") return _("No stay registration with this case number is on record.");
  if (c == "stay_cancel.registration_not_active") {
    return _("This registration is not an issued registration of this person in force, so it cannot be cancelled.");
  }
  if (c == "stay_cancel.requester_not_entitled") {
    return _("Only the registered person, or the private owner who hosts them, may ask to cancel the registration.");
  }
  if (c == "stay_cancel.requester_identity_missing") return _("Note the requester's identity document.");
  if (c == "residence_reg.replaced_not_active") {
    return _("The registration to be replaced is not an active residence registration of this person.");
  }
  if (c == "residence_reg.already_registered") {
    return _("The person already has an active residence registration: put its case number in \"Replaces registration\".");
  }
  if (c == "evisa_ext.already_extended") return _("This electronic visa has been extended already; it is extended once only.");
  if (c == "evisa_ext.not_evisa") {
    return wxString::Format(_("Visa %s is not an electronic visa: choose the service \"%s\"."), param(e, "number"),
                            words::service(core::ServiceCode::VisaExtension));
  }
  if (c == "visa_ext.is_evisa") {
    return wxString::Format(_("Visa %s is an electronic visa: choose the service \"%s\"."), param(e, "number"),
                            words::service(core::ServiceCode::EVisaExtension));
  }
  if (c == "visa_ext.organisation_tax_id") return _("On site the organisation pays: write its tax id (nine digits).");
  if (c == "visa_ext.organisation_missing") return _("On site the organisation pays: write its name.");
  if (c == "visa_ext.contract_missing") return _("On site the organisation pays: write the number of its contract.");
  if (endsWith(c, "tax_id")) return wxString::Format(_("A tax id has nine digits; \"%s\" has not."), param(e, "tax_id"));
  if (c == "work_confirm.position_missing") return _("Write the position the person is employed in.");
  if (c == "student_reg.outside_contract" || c == "student_reg.outside_visa") {
    const wxString what = c == "student_reg.outside_visa" ? _("the visa") : _("the dormitory contract");
    return wxString::Format(_("The registration from %s to %s lies outside %s, from %s to %s."), param(e, "from"),
                            param(e, "to"), what, param(e, "valid_from"), param(e, "valid_to"));
  }
  if (c == "id_card.not_first_issuance") {
    return _("The person holds or has applied for an ID card already: choose the reason of this application.");
  }
  if (c == "id_card.no_previous_card") return _("The person holds no ID card yet: the reason is a first issuance.");
  if (c == "compatriot_invite.no_compatriot") return _("At least one invitee is a compatriot.");
  if (c == "compatriot_invite.invitee_citizenship") {
    return wxString::Format(_("An invitee's citizenship is a country code other than UZB, not \"%s\"."), param(e, "citizenship"));
  }
  if (c == "compatriot_invite.invitee_name_missing") return _("Write the invitee's surname and given name.");
  if (c == "compatriot_invite.invitee_birth_date") return _("The invitee's date of birth is in the future.");
  if (c == "permanent_residence.residing_since_future") {
    return wxString::Format(_("\"Residing since\" (%s) is in the future."), param(e, "residing_since"));
  }
  if (c == "permanent_residence.basis_missing") return _("Name the document the application is based on.");
  return {};
}

// The flow's own refusals and the rules' codes it meets most, with their parameters.
wxString known(const core::Error& e) {
  const std::string& c = e.code;
  if (c == "form.field_missing") return wxString::Format(_("Fill in \"%s\"."), field(e.params.at("field")));
  if (c == "form.field_invalid") {
    return param(e, "kind") == "date"
               ? wxString::Format(_("\"%s\" is not a date: write it as YYYY-MM-DD."), field(e.params.at("field")))
               : wxString::Format(_("\"%s\" is not right; check it."), field(e.params.at("field")));
  }
  if (c == "address.field_missing") return wxString::Format(_("The address has no %s."), field(param(e, "field").ToStdString()).Lower());
  if (c == "host.consent_missing") return _("The host's consent is missing: tick \"Host consents\" and note the evidence.");
  if (c == "host.tax_id") return _("A host organisation's tax id has nine digits.");
  if (c == "host.name_missing") return _("Write the host's name.");
  if (c == "host.person_missing") {
    return wxString::Format(_("A private owner is named by their person number: fill in \"%s\"."), field("host.person_id"));
  }
  if (c == "stay_reg.outside_basis_validity") {
    return wxString::Format(_("The stay from %s to %s lies outside the visa or permit, valid from %s to %s."),
                            param(e, "from"), param(e, "to"), param(e, "valid_from"), param(e, "valid_to"));
  }
  if (c == "stay_reg.period_order") return _("The last day is before the first day.");
  if (c == "stay_reg.period_too_long") return wxString::Format(_("The stay is longer than the %s days allowed."), param(e, "max_days"));
  if (c == "stay_reg.basis_not_found") return wxString::Format(_("The person holds no visa or permit numbered %s."), param(e, "number"));
  if (c == "mrz.check_failed") return wxString::Format(_("A check digit of the MRZ does not match (%s): scan again or type the lines."), param(e, "fields"));
  if (c == "mrz.line_count" || c == "mrz.line_length" || c == "mrz.format" || c == "mrz.character") {
    return _("This is not a complete MRZ: two lines of 44 (passport) or 36, or three of 30 (ID card).");
  }
  if (c == "print.renderer_missing") return _("Receipts cannot be printed on this workstation (no PDF renderer). The case is saved; call IT support.");
  if (c == "flow.choose_person") return _("Several persons match: choose one, or \"New person\".");
  if (c == "flow.photo_missing") return _("The photo has not been taken yet.");
  if (c == "flow.fingerprints_missing") return _("The fingerprints have not been taken yet.");
  if (c == "flow.service_missing") return _("Choose a service.");
  if (c == "person.duplicate_document") return _("Another person already holds this document. Go back and choose that person.");
  if (c == "person.name_missing") return _("Write the person's name.");
  if (c == "document.dates") return _("The document's issue date must be before its expiry date.");
  if (c == "person.citizenship_unknown") return wxString::Format(_("\"%s\" is not a country code (three letters, e.g. KAZ)."), param(e, "citizenship"));
  return serviceRefusal(e);
}

}  // namespace

wxString step(presenter::FlowStep s) {
  using presenter::FlowStep;
  switch (s) {
    case FlowStep::Service: return _("Service");
    case FlowStep::Document: return _("Document");
    case FlowStep::Match: return _("Match");
    case FlowStep::Person: return _("Person");
    case FlowStep::Photo: return _("Photo");
    case FlowStep::Fingerprints: return _("Fingerprints");
    case FlowStep::Form: return _("Details");
    case FlowStep::Review: return _("Review");
    case FlowStep::Receipt: return _("Receipt");
  }
  return {};
}

wxString field(const std::string& key) {
  auto it = fieldTable().find(key);
  if (it != fieldTable().end()) return wxGetTranslation(it->second);
  // "dormitory.address.street": a form with two addresses (student registration) says whose.
  const auto at = key.find(".address.");
  if (at != std::string::npos) {
    auto owner = fieldTable().find(key.substr(0, at) + ".name");
    if (owner != fieldTable().end()) return lookup(fieldTable(), leaf(key)) + " (" + wxGetTranslation(owner->second) + ")";
  }
  return lookup(fieldTable(), leaf(key));
}

wxString choice(const std::string& value) { return lookup(choiceTable(), value); }

wxString error(const core::Error& e) {
  wxString text = known(e);
  if (text.empty()) return words::error(e);
  auto rule = e.params.find("rule");
  if (rule != e.params.end()) {
    text += wxString::Format(_(" [rule %s: %s]"), wxString::FromUTF8(rule->second.c_str()), words::rule(rule->second));
  }
  return text;
}

wxString guidance(const std::string& code) {
  static const Table table{
      {"no_face", wxTRANSLATE("No face: ask the person to sit in front of the camera")},
      {"one_face_only", wxTRANSLATE("Only one person in the picture")},
      {"face_the_camera", wxTRANSLATE("Look straight into the camera")},
      {"straighten_head", wxTRANSLATE("Hold the head straight")},
      {"move_left", wxTRANSLATE("Move a little to the left")}, {"move_right", wxTRANSLATE("Move a little to the right")},
      {"move_closer", wxTRANSLATE("Come closer")}, {"move_back", wxTRANSLATE("Move back a little")},
      {"hold_still", wxTRANSLATE("Hold still")}, {"too_dark", wxTRANSLATE("Too dark: more light")},
      {"too_bright", wxTRANSLATE("Too bright: less light")}, {"even_lighting", wxTRANSLATE("Light the face evenly")},
      {"plain_background", wxTRANSLATE("Plain background behind the head")},
      {"check_colour", wxTRANSLATE("Colours look wrong: check the lighting")},
      {"ready", wxTRANSLATE("Good: hold still, the photo is taken by itself")},
  };
  return lookup(table, code);
}

wxString finger(const std::string& name) {
  static const Table table{
      {"right-thumb", wxTRANSLATE("Right thumb")}, {"right-index", wxTRANSLATE("Right index")},
      {"right-middle", wxTRANSLATE("Right middle")}, {"right-ring", wxTRANSLATE("Right ring")},
      {"right-little", wxTRANSLATE("Right little")}, {"left-thumb", wxTRANSLATE("Left thumb")},
      {"left-index", wxTRANSLATE("Left index")}, {"left-middle", wxTRANSLATE("Left middle")},
      {"left-ring", wxTRANSLATE("Left ring")}, {"left-little", wxTRANSLATE("Left little")},
  };
  return lookup(table, name);
}

wxString fingerStatus(const std::string& status) {
  static const Table table{
      {"pending", wxTRANSLATE("waiting")}, {"skipped", wxTRANSLATE("skipped")},
      {"captured", wxTRANSLATE("taken")}, {"failed", wxTRANSLATE("poor: redo")},
      {"exception", wxTRANSLATE("exception")},
  };
  return lookup(table, status);
}

wxString page(presenter::ShellPage p) {
  using presenter::ShellPage;
  switch (p) {
    case ShellPage::Queue: return _("&Queue");
    case ShellPage::NewCase: return _("&New case");
    case ShellPage::Cases: return _("&Cases");
    case ShellPage::Review: return _("&Review");
    case ShellPage::Dashboard: return _("&Dashboard");
  }
  return {};
}

}  // namespace mws::ui::flow_words
