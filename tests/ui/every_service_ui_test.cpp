// Every service of DESIGN §2 through the real window under Xvfb: the officer files a case of
// each by keyboard (service list, passport on the document reader, person, photo and prints
// where the service takes them, the form, review, submit), in each of the four languages;
// the supervisor approves each in the case dialog from the review page. Screenshots of each
// service's form and review step; officer actions per service go to actions.txt.
#include <boost/test/unit_test.hpp>

#include <map>
#include <set>

#include "service_desk_ui.hpp"

using namespace mws;
using core::ServiceCode;
using test::Applicant;

namespace {

struct Run {
  ServiceCode service;
  Applicant applicant;
  presenter::FieldValues person;  // typed on the person page (a person new from the document)
  presenter::FieldValues form;    // typed on the service form; the rest are the form's defaults
};

const presenter::FieldValues kIssued{{"document.issued_on", "2021-01-02"}};

presenter::FieldValues address(const std::string& prefix, presenter::FieldValues more = {}) {
  more[prefix + ".region"] = "TK";
  more[prefix + ".district"] = "TK-CHI";
  more[prefix + ".street"] = "Bunyodkor";
  more[prefix + ".house"] = "12";
  return more;
}

// Each language files its services; the cancellation follows once its registration is issued.
const std::vector<std::pair<ui::Language, std::vector<Run>>>& runs() {
  static const std::vector<std::pair<ui::Language, std::vector<Run>>> all{
      {ui::Language::En,
       {{ServiceCode::StayRegistration, Applicant::EVisaForeigner, {},
         address("address", {{"host.tax_id", "301234567"}, {"host.name", "Hotel Chilonzor"},
                             {"host.consent_given", "[x]"}, {"host.consent_evidence", "paper:1"}})},
        {ServiceCode::EVisaExtension, Applicant::EVisaForeigner, {}, {}},
        {ServiceCode::WorkConfirmation, Applicant::EVisaForeigner, {},
         address("employer.address", {{"employer.tax_id", "302000111"}, {"employer.name", "Textile LLC"},
                                      {"position", "engineer"}, {"period.to", "2027-05-31"}})}}},
      {ui::Language::Ru,
       {{ServiceCode::VisaExtension, Applicant::VisaForeigner, {}, {}},
        {ServiceCode::StudentRegistration, Applicant::EVisaForeigner, {},
         address("dormitory.address",
                 address("university.address",
                         {{"university.tax_id", "201000222"}, {"university.name", "TSTU"},
                          {"enrolment_number", "ST-2026-17"}, {"dormitory.name", "Dormitory 3"},
                          {"dormitory.owner_tax_id", "201000222"}, {"contract.number", "D-17"},
                          {"contract.period.to", "2027-06-30"}}))},
        {ServiceCode::PermanentResidence, Applicant::EVisaForeigner, {},
         address("address", {{"basis_reference", "marriage certificate 123"}, {"residing_since", "2020-05-01"}})}}},
      {ui::Language::UzLatn,
       {{ServiceCode::ResidenceRegistration, Applicant::Citizen, kIssued, address("address")},
        {ServiceCode::CompatriotInvitation, Applicant::Citizen, {},
         address("host_address", {{"invitees[0].latin.surname", "Rahimov"}, {"invitees[0].latin.given_name", "Anvar"},
                                  {"invitees[0].birth_date", "1970-04-04"}, {"invitees[0].citizenship", "TJK"},
                                  {"intended_stay.to", "2027-01-31"}})},
        {ServiceCode::IdCard, Applicant::Citizen, {}, {}}}},
      {ui::Language::UzCyrl, {{ServiceCode::StatelessTravelDocument, Applicant::Stateless, kIssued, address("address")}}},
  };
  return all;
}

struct EveryServiceDesk : test::DeskFixture {
  std::map<ServiceCode, std::string> filed;  // service → case id

  // One case by keyboard from the service list to the receipt; returns the officer's actions.
  int file(const Run& run, const std::string& shot) {
    keys.actions = 0;
    chooseService(run.service);
    readPassport(run.applicant);
    test::saveScreenshot(frame, shot + "-person");
    fill(presenter::personFields(), run.person);
    keys.key(WXK_RETURN);
    const bool biometric = run.service == ServiceCode::IdCard || run.service == ServiceCode::StatelessTravelDocument;
    if (biometric) takeBiometrics(shot);
    BOOST_REQUIRE_MESSAGE(waitStep("form"), "not at the form: " + message());
    fill(presenter::formFields(run.service), run.form);
    pump(100);
    test::saveScreenshot(frame, shot + "-form");
    BOOST_TEST(flowPanel().flow().formCheck().ok(), shot << ": " << message());
    keys.key(WXK_RETURN);
    BOOST_REQUIRE_MESSAGE(waitStep("review"), shot + " stays at the form: " + message());
    test::saveScreenshot(frame, shot + "-review");
    keys.key(WXK_RETURN);
    BOOST_REQUIRE_MESSAGE(waitStep("receipt"), shot + " was not submitted: " + message());
    test::saveScreenshot(frame, shot + "-receipt");
    const std::string id = flowPanel().flow().state().flowId;
    auto stored = workstation->services().caseRepository->load(id);
    BOOST_REQUIRE(stored.ok() && stored->has_value());
    BOOST_TEST(core::toString((*stored)->state) == "submitted");
    BOOST_TEST(((*stored)->service() == run.service));
    filed[run.service] = id;
    return keys.actions;
  }

  std::string stateOf(const std::string& id) {
    auto stored = workstation->services().caseRepository->load(id);
    return stored.ok() && stored->has_value() ? std::string(core::toString((*stored)->state)) : "missing";
  }
};

std::string shotName(int n, ui::Language language, ServiceCode service) {
  char prefix[16];
  std::snprintf(prefix, sizeof prefix, "s%02d", n);
  return std::string(prefix) + "-" + ui::catalogueName(language) + "-" + std::string(core::toString(service));
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(every_service_window, EveryServiceDesk)

BOOST_AUTO_TEST_CASE(each_service_is_filed_by_keyboard_in_each_language_and_approved_in_the_case_dialog) {
  openFrame();
  int n = 0;
  for (const auto& [language, services] : runs()) {
    signInAs("o.aliyev", language);
    BOOST_TEST((frame->currentPage() == presenter::ShellPage::NewCase));
    for (const Run& run : services) {
      const std::string shot = shotName(++n, language, run.service);
      const int actions = file(run, shot);
      recordActions(std::string(core::toString(run.service)) + " (" + ui::catalogueName(language) +
                        "), all keys and clicks", actions);
    }
  }
  // The supervisor (in the last language) approves the ten cases in the case dialog.
  signInAs("s.rahimov", ui::Language::UzCyrl);
  BOOST_TEST(approveWaitingCases("s-approve") == 10);
  for (const auto& [service, id] : filed) BOOST_TEST(stateOf(id) == "approved", core::toString(service));

  // The registration is issued with the case dialog's Issue button, and the registered person
  // asks for it to be cancelled: the form offers the person's issued registration, preselected.
  const std::string stay = filed.at(ServiceCode::StayRegistration);
  BOOST_REQUIRE(issueInCaseDialog(stay, supervisor, "s-issue-stay"));
  BOOST_REQUIRE_EQUAL(stateOf(stay), "issued");
  signInAs("o.aliyev", ui::Language::UzCyrl);
  const Run cancel{ServiceCode::StayCancellation, Applicant::EVisaForeigner, {}, {}};
  const std::string shot = shotName(++n, ui::Language::UzCyrl, ServiceCode::StayCancellation);
  recordActions("STAY_CANCEL (uz@cyrillic), all keys and clicks", file(cancel, shot));
  BOOST_TEST(flowPanel().flow().state().form.at("registration_case_id") == stay);
  signInAs("s.rahimov", ui::Language::Ru);
  BOOST_TEST(approveWaitingCases("s-approve-cancel") == 1);
  BOOST_TEST(stateOf(filed.at(ServiceCode::StayCancellation)) == "approved");

  std::set<ServiceCode> seen;
  for (const auto& [service, id] : filed) seen.insert(service);
  BOOST_TEST(seen.size() == core::kAllServices.size());
}

BOOST_AUTO_TEST_SUITE_END()
