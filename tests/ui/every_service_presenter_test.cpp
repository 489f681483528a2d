// Every service of DESIGN §2 through the new-case flow presenter to submit, and a
// supervisor approving each (the real repositories; no wx).
#include <boost/test/unit_test.hpp>

#include <set>

#include "flow_fixture.hpp"
#include "mws/presenter/new_case_flow.hpp"

using namespace mws;

namespace {

struct Filled {
  core::ServiceCode service;
  presenter::FieldValues form;
  bool biometrics = false;
};

const presenter::FieldValues kAddress{{"address.region", "TK"},
                                      {"address.district", "TK-CHI"},
                                      {"address.street", "Bunyodkor"},
                                      {"address.house", "12"}};

presenter::FieldValues with(presenter::FieldValues base, const presenter::FieldValues& more) {
  for (const auto& [k, v] : more) base[k] = v;
  return base;
}

struct EveryService : test::FlowFixture {
  // Runs the flow for one applicant (by the MRZ of their passport) and returns the case id.
  std::string submit(const std::vector<std::string>& mrz, const Filled& filled,
                     const presenter::FieldValues& person = {}) {
    presenter::NewCaseFlow flow(services, officer);
    BOOST_REQUIRE(flow.chooseService(filled.service).ok());
    auto read = flow.acceptMrzLines(mrz);
    BOOST_REQUIRE_MESSAGE(read.ok(), (read.ok() ? std::string() : read.error().code));
    if (flow.step() == presenter::FlowStep::Match) BOOST_REQUIRE(flow.next().ok());
    for (const auto& [k, v] : person) flow.setPersonField(k, v);
    auto stored = flow.next();
    BOOST_REQUIRE_MESSAGE(stored.ok(), std::string(core::toString(filled.service)) + " person: " +
                                           (stored.ok() ? "" : stored.error().code));
    if (filled.biometrics) {
      BOOST_REQUIRE(toString(flow.step()) == "photo");
      const std::string jpeg = "\xFF\xD8 portrait for " + std::string(core::toString(filled.service));
      BOOST_REQUIRE(flow.takePortrait(presenter::CapturedPortrait{jpeg, 35, 45}).ok());
      BOOST_REQUIRE(flow.next().ok());
      std::vector<presenter::CapturedFinger> fingers;
      for (int i = 0; i < 10; ++i) fingers.push_back({"f" + std::to_string(i), "template " + std::to_string(i), "", ""});
      BOOST_REQUIRE(flow.takeFingerprints(fingers).ok());
      BOOST_REQUIRE(flow.next().ok());
    }
    BOOST_REQUIRE(toString(flow.step()) == "form");
    for (const auto& [k, v] : filled.form) flow.setField(k, v);
    const auto& check = flow.formCheck();
    BOOST_REQUIRE_MESSAGE(check.ok(), std::string(core::toString(filled.service)) + ": " +
                                          (check.ok() ? "" : check.error().code));
    BOOST_REQUIRE(flow.next().ok());
    auto sent = flow.next();
    BOOST_REQUIRE_MESSAGE(sent.ok(), (sent.ok() ? std::string() : sent.error().code));
    return flow.state().flowId;
  }

  void approve(const std::string& caseId) {
    BOOST_REQUIRE(caseService.takeIntoReview(caseId, supervisor).ok());
    auto approved = caseService.approve(caseId, supervisor);
    BOOST_REQUIRE_MESSAGE(approved.ok(), (approved.ok() ? std::string() : approved.error().code));
    BOOST_TEST(core::toString(approved->state) == "approved");
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(every_service, EveryService)

BOOST_AUTO_TEST_CASE(each_service_is_filed_through_the_flow_and_approved) {
  const auto foreignerLines = foreignerMrz();
  const auto citizenLines = test::passportMrz("UZB", "TOSHMATOV", "BOBUR", "AB7654321", "950101", 'M', "310101");
  const auto statelessLines = test::passportMrz("XXA", "IVANOV", "PETR", "XA1234567", "800202", 'M', "300303");
  const presenter::FieldValues newDocument{{"document.issued_on", "2021-01-02"}};
  const presenter::FieldValues otherVisa{{"visa.number", "V5550001"}, {"visa.kind", "other"},
                                         {"visa.entries", "multiple"}, {"visa.valid_from", "2026-10-01"},
                                         {"visa.valid_to", "2026-12-31"}};
  std::vector<std::pair<std::string, std::string>> filed;  // service, case id
  auto file = [&](const std::vector<std::string>& mrz, const Filled& filled, const presenter::FieldValues& person = {}) {
    filed.emplace_back(std::string(core::toString(filled.service)), submit(mrz, filled, person));
  };

  file(foreignerLines, {core::ServiceCode::StayRegistration,
                        with(kAddress, {{"host.tax_id", "301234567"}, {"host.name", "Hotel Chilonzor"},
                                        {"host.consent_given", "true"}, {"host.consent_evidence", "paper:1"}})});
  file(foreignerLines, {core::ServiceCode::EVisaExtension, {}});
  file(foreignerLines, {core::ServiceCode::VisaExtension, {{"visa_number", "V5550001"}, {"new_valid_to", "2027-01-20"}}},
       otherVisa);
  file(foreignerLines, {core::ServiceCode::WorkConfirmation,
                        {{"employer.tax_id", "302000111"}, {"employer.name", "Textile LLC"},
                         {"employer.address.region", "TK"}, {"employer.address.district", "TK-YUN"},
                         {"employer.address.street", "Amir Temur"}, {"employer.address.house", "5"},
                         {"position", "engineer"}, {"period.to", "2027-05-31"}}});
  file(foreignerLines, {core::ServiceCode::StudentRegistration,
                        {{"university.tax_id", "201000222"}, {"university.name", "TSTU"},
                         {"university.address.region", "TK"}, {"university.address.district", "TK-ALM"},
                         {"university.address.street", "Universitet"}, {"university.address.house", "2"},
                         {"enrolment_number", "ST-2026-17"}, {"dormitory.name", "Dormitory 3"},
                         {"dormitory.address.region", "TK"}, {"dormitory.address.district", "TK-ALM"},
                         {"dormitory.address.street", "Talabalar"}, {"dormitory.address.house", "9"},
                         {"dormitory.owner_tax_id", "201000222"}, {"registration.to", "2026-12-20"},
                         {"contract.number", "D-17"}, {"contract.period.to", "2027-06-30"}}});
  file(foreignerLines, {core::ServiceCode::PermanentResidence,
                        with(kAddress, {{"basis_reference", "marriage certificate 123"}, {"residing_since", "2020-05-01"}})});
  file(citizenLines, {core::ServiceCode::ResidenceRegistration, kAddress}, newDocument);
  file(citizenLines, {core::ServiceCode::CompatriotInvitation,
                      with({{"invitees[0].latin.surname", "Rahimov"}, {"invitees[0].latin.given_name", "Anvar"},
                            {"invitees[0].birth_date", "1970-04-04"}, {"invitees[0].citizenship", "TJK"},
                            {"intended_stay.to", "2027-01-31"}},
                           {{"host_address.region", "TK"}, {"host_address.district", "TK-CHI"},
                            {"host_address.street", "Bunyodkor"}, {"host_address.house", "12"}})});
  file(citizenLines, {core::ServiceCode::IdCard, {}, true});
  file(statelessLines, {core::ServiceCode::StatelessTravelDocument, kAddress, true}, newDocument);

  // A cancellation needs an issued stay registration of the same person.
  const std::string stay = filed.front().second;
  approve(stay);
  BOOST_REQUIRE(caseService.issue(stay, supervisor).ok());
  file(foreignerLines, {core::ServiceCode::StayCancellation, {}});  // the registration is preselected

  std::set<std::string> seen;
  for (const auto& [service, id] : filed) {
    seen.insert(service);
    if (id != stay) approve(id);
  }
  BOOST_TEST(seen.size() == core::kAllServices.size());
}

BOOST_AUTO_TEST_CASE(the_cancellation_form_offers_the_persons_registrations_in_force_newest_preselected) {
  const auto lines = foreignerMrz();
  const Filled stay{core::ServiceCode::StayRegistration,
                    with(kAddress, {{"host.tax_id", "301234567"}, {"host.name", "Hotel Chilonzor"},
                                    {"host.consent_given", "true"}, {"host.consent_evidence", "paper:1"}})};
  const std::string older = submit(lines, stay);
  const std::string newer = submit(lines, stay);
  const std::string notIssued = submit(lines, stay);
  for (const std::string& id : {older, newer, notIssued}) approve(id);
  BOOST_REQUIRE(caseService.issue(older, officer).ok());
  BOOST_REQUIRE(caseService.issue(newer, officer).ok());

  presenter::NewCaseFlow flow(services, officer);
  BOOST_REQUIRE(flow.chooseService(core::ServiceCode::StayCancellation).ok());
  BOOST_REQUIRE(flow.acceptMrzLines(lines).ok());
  if (flow.step() == presenter::FlowStep::Match) BOOST_REQUIRE(flow.next().ok());
  BOOST_REQUIRE(flow.next().ok());
  BOOST_REQUIRE(toString(flow.step()) == "form");
  const auto offered = flow.registrationsInForce();
  BOOST_REQUIRE(offered.size() == 2u);  // the approved one not yet issued is not in force
  BOOST_TEST(offered[0].caseId == newer);
  BOOST_TEST(offered[1].caseId == older);
  BOOST_TEST(offered[0].address.street == "Bunyodkor");
  BOOST_TEST(offered[0].period.to >= clock.today());
  BOOST_TEST(flow.state().form.at("registration_case_id") == newer);  // nothing typed
  BOOST_TEST(flow.formCheck().ok(), (flow.formCheck().ok() ? "" : flow.formCheck().error().code));
  flow.setField("registration_case_id", older);  // the officer picks the other one
  BOOST_TEST(flow.formCheck().ok());
  BOOST_REQUIRE(flow.next().ok());
  BOOST_REQUIRE(flow.next().ok());
  auto stored = cases.load(flow.state().flowId);
  BOOST_REQUIRE(stored.ok() && stored->has_value());
  BOOST_TEST(std::get<core::StayCancellationPayload>((*stored)->payload).registrationCaseId == older);
}

BOOST_AUTO_TEST_CASE(a_person_without_a_registration_in_force_gets_an_empty_field_and_its_words) {
  const auto lines = foreignerMrz();
  presenter::NewCaseFlow flow(services, officer);
  BOOST_REQUIRE(flow.chooseService(core::ServiceCode::StayCancellation).ok());
  BOOST_REQUIRE(flow.acceptMrzLines(lines).ok());
  if (flow.step() == presenter::FlowStep::Match) BOOST_REQUIRE(flow.next().ok());
  BOOST_REQUIRE(flow.next().ok());
  BOOST_TEST(flow.registrationsInForce().empty());
  BOOST_TEST(flow.state().form.at("registration_case_id").empty());
  BOOST_REQUIRE(!flow.formCheck().ok());
  BOOST_TEST(flow.formCheck().error().code == "form.field_missing");
  BOOST_TEST(flow.formCheck().error().params.at("field") == "registration_case_id");
}

BOOST_AUTO_TEST_SUITE_END()
