// Every refusal rule a service form can show, reached in the real window under Xvfb: the
// officer's form for each service, a change that breaks one rule, the reason in words with
// the rule's id and sentence under the form, Enter staying at the form. Table-driven.
//
// Not reachable from a form, so not here: SERVICE-2 (the counter is not the portal), FEE-1
// (the fee table covers every service), ID_CARD-2 and STATELESS_TRAVEL_DOC-1 (the flow does
// not reach the form without photo and prints: flow.photo_missing), STAY_CANCEL-3 and
// STUDENT_REG-1 (their fields are required: the form asks "Fill in" first), ID_CARD-1 (a
// waiver, not a refusal), CASE-* (the case dialog's, tests/ui/review_panel_test.cpp).
#include <boost/test/unit_test.hpp>
#include <wx/checkbox.h>

#include <set>

#include "mws/core/domain/rules.hpp"
#include "mws/presenter/new_case_flow.hpp"
#include "service_desk_ui.hpp"

using namespace mws;
using core::ServiceCode;
using test::Applicant;

namespace {

struct Refusal {
  const char* name;
  presenter::FieldValues change;  // field → text ("[x]" / "[ ]" a check box, a choice's value)
  const char* rule;               // the rule id the words must cite ("" for the form's own)
  const char* words;              // part of the reason in words
};

struct Form {
  ServiceCode service;
  Applicant applicant;
  presenter::FieldValues person;  // typed on the person page (a person new from the document)
  presenter::FieldValues filled;  // makes the form pass every rule
  std::vector<Refusal> refusals;
  const char* today = "2026-11-21";  // the day the case is filed on
  bool passes = true;                // false: the filled form itself is refused (status, dates)
};

presenter::FieldValues address(const std::string& prefix, presenter::FieldValues more = {}) {
  more[prefix + ".region"] = "TK";
  more[prefix + ".district"] = "TK-CHI";
  more[prefix + ".street"] = "Bunyodkor";
  more[prefix + ".house"] = "12";
  return more;
}

struct RefusalDesk : test::DeskFixture {
  std::set<std::string> shownRules;

  void setValue(const std::string& key, const std::string& value) {
    wxWindow* control = flowPanel().control(key);
    BOOST_REQUIRE_MESSAGE(control, "no field " + key);
    if (auto* text = dynamic_cast<wxTextCtrl*>(control)) {
      text->SetValue(wxString::FromUTF8(value.c_str()));
    } else if (auto* box = dynamic_cast<wxCheckBox*>(control)) {
      box->SetValue(value == "[x]" || value == "true");
      wxCommandEvent event(wxEVT_CHECKBOX, box->GetId());
      event.SetEventObject(box);
      event.SetInt(box->GetValue() ? 1 : 0);
      box->GetEventHandler()->ProcessEvent(event);
    } else if (auto* choice = dynamic_cast<wxChoice*>(control)) {
      const auto& fields = presenter::formFields(*flowPanel().flow().state().service);
      auto field = std::find_if(fields.begin(), fields.end(), [&](const auto& f) { return f.key == key; });
      BOOST_REQUIRE(field != fields.end());
      auto at = std::find(field->choices.begin(), field->choices.end(), value);
      BOOST_REQUIRE(at != field->choices.end());
      choice->SetSelection(static_cast<int>(at - field->choices.begin()));
      wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
      event.SetEventObject(choice);
      event.SetInt(choice->GetSelection());
      choice->GetEventHandler()->ProcessEvent(event);
    }
    pump(20);
  }

  std::string valueOf(const std::string& key) {
    auto it = flowPanel().flow().state().form.find(key);
    return it == flowPanel().flow().state().form.end() ? std::string() : it->second;
  }

  // To the service's form for the applicant, by keyboard.
  void openForm(const Form& form) {
    chooseService(form.service);
    readPassport(form.applicant);
    for (const auto& [key, value] : form.person) {
      auto* text = dynamic_cast<wxTextCtrl*>(flowPanel().control(key));
      BOOST_REQUIRE(text);
      text->SetValue(wxString::FromUTF8(value.c_str()));
    }
    keys.key(WXK_RETURN);
    if (form.service == ServiceCode::IdCard || form.service == ServiceCode::StatelessTravelDocument) {
      takeBiometrics("r-" + std::string(core::toString(form.service)));
    }
    BOOST_REQUIRE_MESSAGE(waitStep("form"), "not at the form: " + message());
    for (const auto& [key, value] : form.filled) setValue(key, value);
    if (form.passes) {
      BOOST_REQUIRE_MESSAGE(flowPanel().flow().formCheck().ok(), core::toString(form.service) << ": " << message());
    }
  }

  void check(const Form& form, const Refusal& refusal) {
    std::map<std::string, std::string> before;
    for (const auto& [key, value] : refusal.change) {
      before[key] = valueOf(key);
      setValue(key, value);
    }
    const std::string shown = message();
    BOOST_TEST_INFO(core::toString(form.service) << " / " << refusal.name << ": " << shown);
    BOOST_TEST(!flowPanel().flow().formCheck().ok());
    if (!flowPanel().flow().formCheck().ok()) {
      const auto& params = flowPanel().flow().formCheck().error().params;
      auto cited = params.find("rule");
      BOOST_TEST((cited == params.end() ? std::string() : cited->second) == std::string(refusal.rule));
    }
    if (*refusal.rule) {
      BOOST_TEST(shown.find(std::string("rule ") + refusal.rule) != std::string::npos);
      // The rule's sentence too, as the catalogue words it.
      BOOST_TEST(shown.find(std::string(core::findRule(refusal.rule)->description)) != std::string::npos);
      shownRules.insert(refusal.rule);
    }
    BOOST_TEST(shown.find(refusal.words) != std::string::npos, refusal.name << ": " << shown);
    BOOST_TEST(shown.find("Something went wrong") == std::string::npos);
    test::saveScreenshot(frame, std::string("r-") + std::string(core::toString(form.service)) + "-" + refusal.name);
    keys.key(WXK_RETURN);  // Enter does not move past a refusal
    BOOST_TEST(step() == "form");
    for (const auto& [key, value] : before) setValue(key, value);
    if (form.passes) BOOST_TEST(flowPanel().flow().formCheck().ok(), message());
  }
};

const presenter::FieldValues kIssued{{"document.issued_on", "2021-01-02"}};
constexpr const char* kNoCase = "00000000-0000-4000-8000-000000000000";

std::vector<Form> forms() {  // the registered person's stay is issued first: the cancellation preselects it
  return {
      {ServiceCode::StayRegistration, Applicant::EVisaForeigner, {},
       address("address", {{"host.tax_id", "301234567"}, {"host.name", "Hotel Chilonzor"},
                           {"host.consent_given", "[x]"}, {"host.consent_evidence", "paper:1"}}),
       {{"outside-visa", {{"period.to", "2027-01-15"}}, "STAY_REG-1", "outside the visa"},
        {"period-order", {{"period.from", "2026-12-05"}, {"period.to", "2026-12-01"}}, "STAY_REG-1", "before the first day"},
        {"no-consent", {{"host.consent_given", "[ ]"}}, "STAY_REG-2", "consent"},
        {"too-long", {{"period.to", "2027-12-01"}}, "STAY_REG-3", "longer than"},
        {"tax-id", {{"host.tax_id", "30123456"}}, "SERVICE-4", "nine digits"},
        {"owner-without-number", {{"host.kind", "person"}}, "SERVICE-4", "fill in \"Owner's person number\""},
        {"no-visa", {{"basis_number", "EV9999999"}}, "PERSON-1", "no visa or permit numbered EV9999999"},
        {"not-a-date", {{"period.to", "2026-12-3x"}}, "", "YYYY-MM-DD"},
        {"empty", {{"host.name", ""}}, "", "Fill in"}}},
      // The registered person's registration in force is offered and preselected (nothing
      // typed); a case number not on record can be typed only for a person with none in force.
      {ServiceCode::StayCancellation, Applicant::EVisaForeigner, {}, {},
       {{"not-entitled", {{"requester", "owner"}}, "STAY_CANCEL-1", "Only the registered person"}}},
      {ServiceCode::StayCancellation, Applicant::VisaForeigner, {}, {},
       {{"no-registration", {{"registration_case_id", kNoCase}}, "STAY_CANCEL-2", "No stay registration"}},
       "2026-11-21", false},
      {ServiceCode::ResidenceRegistration, Applicant::Citizen, kIssued, address("address"),
       {{"replaces-nothing", {{"replaces_case_id", kNoCase}}, "RESIDENCE_REG-1", "not an active residence registration"}}},
      {ServiceCode::ResidenceRegistration, Applicant::EVisaForeigner, {}, address("address"),
       {{"foreigner", {{"address.flat", "4"}}, "SERVICE-3", "not for a person whose status is \"foreigner\""}},
       "2026-11-21", false},
      {ServiceCode::EVisaExtension, Applicant::EVisaForeigner, {}, {},
       {{"too-long", {{"new_valid_to", "2027-03-01"}}, "EVISA_EXT-2", "at most 30 days"},
        {"not-later", {{"new_valid_to", "2026-12-10"}}, "EVISA_EXT-2", "after the visa's last day"},
        {"no-visa", {{"visa_number", "EV9999999"}}, "PERSON-1", "no visa numbered EV9999999"}}},
      {ServiceCode::EVisaExtension, Applicant::VisaForeigner, {}, {{"new_valid_to", "2027-01-20"}},
       {{"ordinary-visa", {{"visa_number", "V5550001"}}, "EVISA_EXT-3", "not an electronic visa"}}, "2026-11-21", false},
      {ServiceCode::EVisaExtension, Applicant::EVisaForeigner, {}, {{"visa_number", "EV0012345"}},
       {{"expired", {{"new_valid_to", "2027-01-15"}}, "EVISA_EXT-4", "only while it is valid"}}, "2026-12-27", false},
      {ServiceCode::VisaExtension, Applicant::VisaForeigner, {}, {},
       {{"on-site-no-payer", {{"on_site", "[x]"}}, "VISA_EXT-1", "organisation pays"},
        {"not-later", {{"new_valid_to", "2026-12-31"}}, "VISA_EXT-3", "after the visa's last day"},
        {"too-long", {{"new_valid_to", "2028-01-31"}}, "VISA_EXT-3", "at most 365 days"}}},
      {ServiceCode::VisaExtension, Applicant::EVisaForeigner, {}, {{"new_valid_to", "2027-01-20"}},
       {{"e-visa", {{"visa_number", "EV0012345"}}, "VISA_EXT-2", "is an electronic visa"}}, "2026-11-21", false},
      {ServiceCode::WorkConfirmation, Applicant::EVisaForeigner, {},
       address("employer.address", {{"employer.tax_id", "302000111"}, {"employer.name", "Textile LLC"},
                                    {"position", "engineer"}, {"period.to", "2027-05-31"}}),
       {{"tax-id", {{"employer.tax_id", "3020"}}, "WORK_CONFIRM-1", "nine digits"},
        {"period-order", {{"period.to", "2026-01-01"}}, "WORK_CONFIRM-1", "before the first day"},
        {"too-long", {{"period.to", "2028-12-31"}}, "WORK_CONFIRM-2", "at most 365 days"}}},
      {ServiceCode::StudentRegistration, Applicant::EVisaForeigner, {},
       address("dormitory.address",
               address("university.address",
                       {{"university.tax_id", "201000222"}, {"university.name", "TSTU"},
                        {"enrolment_number", "ST-2026-17"}, {"dormitory.name", "Dormitory 3"},
                        {"dormitory.owner_tax_id", "201000222"}, {"contract.number", "D-17"},
                        {"contract.period.to", "2027-06-30"}})),
       {{"outside-contract", {{"contract.period.to", "2026-12-01"}}, "STUDENT_REG-2", "outside the dormitory contract"},
        {"outside-visa", {{"registration.to", "2027-01-31"}}, "STUDENT_REG-2", "outside the visa"},
        {"dormitory-tax-id", {{"dormitory.owner_tax_id", "2010"}}, "SERVICE-4", "nine digits"}}},
      {ServiceCode::CompatriotInvitation, Applicant::Citizen, {},
       address("host_address", {{"invitees[0].latin.surname", "Rahimov"}, {"invitees[0].latin.given_name", "Anvar"},
                                {"invitees[0].birth_date", "1970-04-04"}, {"invitees[0].citizenship", "TJK"},
                                {"intended_stay.to", "2027-01-31"}}),
       {{"citizen-invitee", {{"invitees[0].citizenship", "UZB"}}, "COMPATRIOT_INVITE-1", "other than UZB"},
        {"no-compatriot", {{"invitees[0].relation", "spouse"}}, "COMPATRIOT_INVITE-1", "compatriot"},
        {"born-later", {{"invitees[0].birth_date", "2027-01-01"}}, "COMPATRIOT_INVITE-1", "in the future"},
        {"stay-order", {{"intended_stay.to", "2026-12-01"}}, "COMPATRIOT_INVITE-2", "before the first day"}}},
      {ServiceCode::PermanentResidence, Applicant::EVisaForeigner, {},
       address("address", {{"basis_reference", "marriage certificate 123"}, {"residing_since", "2020-05-01"}}),
       {{"residing-later", {{"residing_since", "2027-01-01"}}, "PERMANENT_RESIDENCE-1", "in the future"}}},
      {ServiceCode::IdCard, Applicant::Citizen, {}, {},
       {{"no-card-to-renew", {{"reason", "expiry"}}, "ID_CARD-3", "holds no ID card yet"}}},
      {ServiceCode::StudentRegistration, Applicant::EVisaForeigner, {},
       address("dormitory.address",
               address("university.address",
                       {{"university.tax_id", "201000222"}, {"university.name", "TSTU"}, {"visa_number", "EV0012345"},
                        {"enrolment_number", "ST-2026-17"}, {"dormitory.name", "Dormitory 3"},
                        {"dormitory.owner_tax_id", "201000222"}, {"contract.number", "D-17"},
                        {"registration.to", "2026-12-20"}, {"contract.period.to", "2027-06-30"}})),
       {{"not-yet", {{"contract.room", "12"}}, "SERVICE-1", "provided from 2026-09-01"}}, "2026-08-20", false},
  };
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(service_refusals_window, RefusalDesk)

BOOST_AUTO_TEST_CASE(each_refusal_a_service_form_can_show_is_worded_with_its_rule) {
  // An issued stay registration of the foreigner, for the cancellation's form.
  std::string stay;
  {
    presenter::NewCaseFlow earlier(workstation->services(), officer);
    earlier.chooseService(ServiceCode::StayRegistration);
    BOOST_REQUIRE(earlier.acceptMrzLines(test::FlowFixture::foreignerMrz()).ok());
    BOOST_REQUIRE(earlier.next().ok());
    BOOST_REQUIRE(earlier.next().ok());
    earlier.applyFields(address("address", {{"host.tax_id", "301234567"}, {"host.name", "Hotel Chilonzor"},
                                            {"host.consent_given", "true"}, {"host.consent_evidence", "paper:5"}}));
    BOOST_REQUIRE(earlier.next().ok());
    BOOST_REQUIRE(earlier.next().ok());
    stay = earlier.state().flowId;
    auto* cases = workstation->services().cases;
    BOOST_REQUIRE(cases->takeIntoReview(stay, supervisor).ok());
    BOOST_REQUIRE(cases->approve(stay, supervisor).ok());
    BOOST_REQUIRE(cases->issue(stay, supervisor).ok());
  }
  openFrame();
  signIn("o.aliyev");
  for (const Form& form : forms()) {
    clock.m_today = test::day(form.today);
    openForm(form);
    for (const Refusal& refusal : form.refusals) check(form, refusal);
  }
  clock.m_today = test::day("2026-11-21");
  // A second extension of the same e-visa, once the first is filed (by keyboard, as it goes).
  openForm({ServiceCode::EVisaExtension, Applicant::EVisaForeigner, {}, {}, {}});
  keys.key(WXK_RETURN);
  BOOST_REQUIRE(waitStep("review"));
  keys.key(WXK_RETURN);
  BOOST_REQUIRE_MESSAGE(waitStep("receipt"), message());
  openForm({ServiceCode::EVisaExtension, Applicant::EVisaForeigner, {}, {}, {}, "2026-11-21", false});
  check({ServiceCode::EVisaExtension, Applicant::EVisaForeigner, {}, {}, {}, "2026-11-21", false},
        {"second", {{"new_valid_to", "2027-01-10"}}, "EVISA_EXT-1", "extended once only"});
  // Every rule of the catalogue a service form can break was shown.
  std::set<std::string> formRules;
  for (const core::RuleInfo& rule : core::ruleCatalogue()) formRules.insert(std::string(rule.id));
  for (const char* unreachable : {"SERVICE-2", "FEE-1", "ID_CARD-1", "ID_CARD-2", "STATELESS_TRAVEL_DOC-1", "STAY_CANCEL-3",
                                  "STUDENT_REG-1", "CASE-1", "CASE-2", "CASE-3", "CASE-4", "CASE-5"}) {
    formRules.erase(unreachable);
  }
  for (const std::string& rule : formRules) BOOST_TEST(shownRules.count(rule) == 1u, rule << " was not shown");
}

BOOST_AUTO_TEST_SUITE_END()
