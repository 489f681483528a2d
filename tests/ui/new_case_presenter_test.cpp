// The new-case flow presenter over the real PostgreSQL repositories (no wx).
#include <boost/test/unit_test.hpp>

#include "flow_fixture.hpp"
#include "mws/core/domain/payload_codec.hpp"
#include "mws/presenter/new_case_flow.hpp"
#include "mws/presenter/person_form.hpp"
#include "mws/storage/pg_queue_repository.hpp"

using namespace mws;
using presenter::FlowStep;

namespace {

std::string joined(const std::vector<std::string>& lines) { return lines[0] + "\n" + lines[1] + "\n"; }

std::string rule(const core::Status& status) {
  if (status.ok()) return "ok";
  auto it = status.error().params.find("rule");
  return it == status.error().params.end() ? status.error().code : it->second;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(new_case_flow, test::FlowFixture)

BOOST_AUTO_TEST_CASE(stay_registration_from_a_wedge_scanned_mrz_is_submitted) {
  presenter::NewCaseFlow flow(services, officer);
  BOOST_TEST(flow.chooseService(core::ServiceCode::StayRegistration).ok());
  BOOST_TEST(toString(flow.step()) == "document");
  BOOST_REQUIRE(flow.acceptMrzText(joined(foreignerMrz())).ok());
  // The passport is on record: one candidate, preselected.
  BOOST_TEST(toString(flow.step()) == "match");
  BOOST_REQUIRE_EQUAL(flow.candidates().size(), 1u);
  BOOST_TEST(flow.state().personId == foreigner.id);
  BOOST_REQUIRE(flow.next().ok());
  BOOST_TEST(toString(flow.step()) == "person");
  BOOST_TEST(flow.state().person.at("cyrillic.surname") == "Каримов");
  BOOST_REQUIRE(flow.next().ok());
  // No biometrics for a stay registration: straight to the form, prefilled from the visa.
  BOOST_TEST(toString(flow.step()) == "form");
  BOOST_TEST(flow.isSkipped(FlowStep::Photo));
  BOOST_TEST(flow.state().form.at("basis_number") == "EV0012345");
  BOOST_TEST(flow.state().form.at("period.from") == "2026-11-21");
  BOOST_TEST(rule(flow.formCheck()) == "SERVICE-4");  // the address is not there yet
  BOOST_TEST(!flow.next().ok());
  test::fillStayForm(flow);
  BOOST_TEST(rule(flow.formCheck()) == "ok");
  BOOST_TEST(flow.feeQuote().has_value());
  BOOST_REQUIRE(flow.next().ok());
  BOOST_TEST(toString(flow.step()) == "review");
  auto submitted = flow.next();
  BOOST_REQUIRE_MESSAGE(submitted.ok(), (submitted.ok() ? std::string() : submitted.error().code));
  BOOST_TEST(toString(flow.step()) == "receipt");
  auto stored = cases.load(flow.state().flowId);
  BOOST_REQUIRE(stored.ok() && stored->has_value());
  BOOST_TEST(core::toString((*stored)->state) == "submitted");
  BOOST_TEST((*stored)->personId == foreigner.id);
  const auto& stay = std::get<core::StayRegistrationPayload>((*stored)->payload);
  BOOST_TEST(stay.host.name == "Hotel Chilonzor");
  // The next flow offers that host with its address; the draft was discarded on submit.
  presenter::NewCaseFlow next(services, officer);
  next.chooseService(core::ServiceCode::StayRegistration);
  const auto hosts = next.recentHosts();
  BOOST_REQUIRE_EQUAL(hosts.size(), 1u);
  BOOST_TEST(hosts.front().at("host.name") == "Hotel Chilonzor");
  BOOST_TEST(hosts.front().at("address.street") == "Bunyodkor");
  BOOST_TEST(hosts.front().count("period.from") == 0u);
}

BOOST_AUTO_TEST_CASE(the_called_ticket_a_case_starts_from_is_served_on_submit) {
  storage::PgQueueRepository queue{database()};
  services.queue = &queue;
  auto issued = queue.issue("TSH-01", core::ServiceCode::StayRegistration, clock.today());
  BOOST_REQUIRE(issued.ok());
  auto called = queue.callNext("TSH-01", std::nullopt, "Counter 3", officer.id);
  BOOST_REQUIRE(called.ok() && called->has_value());
  BOOST_REQUIRE_EQUAL((*called)->id, issued->id);

  presenter::NewCaseFlow flow(services, officer);
  BOOST_REQUIRE(flow.chooseService(core::ServiceCode::StayRegistration, issued->id).ok());
  BOOST_REQUIRE(flow.acceptMrzText(joined(foreignerMrz())).ok());
  BOOST_REQUIRE(flow.next().ok());  // match -> person
  BOOST_REQUIRE(flow.next().ok());  // person -> form
  test::fillStayForm(flow);
  BOOST_REQUIRE(flow.next().ok());  // form -> review
  // Still called while the case is being made.
  BOOST_TEST((queue.find(issued->id)->value().state == core::TicketState::Called));
  auto submitted = flow.next();     // review -> submit
  BOOST_REQUIRE_MESSAGE(submitted.ok(), (submitted.ok() ? std::string() : submitted.error().code));
  BOOST_TEST(toString(flow.step()) == "receipt");
  BOOST_TEST((queue.find(issued->id)->value().state == core::TicketState::Served));
  auto current = queue.current("TSH-01", "Counter 3");
  BOOST_REQUIRE(current.ok());
  BOOST_TEST(!current->has_value());
  services.queue = nullptr;
}

BOOST_AUTO_TEST_CASE(the_form_cites_the_rule_a_stay_registration_breaks) {
  presenter::NewCaseFlow flow(services, officer);
  flow.chooseService(core::ServiceCode::StayRegistration);
  BOOST_REQUIRE(flow.acceptMrzLines(foreignerMrz()).ok());
  BOOST_REQUIRE(flow.next().ok());
  BOOST_REQUIRE(flow.next().ok());
  test::fillStayForm(flow);
  flow.setField("period.to", "2027-01-15");  // past the visa's last day
  BOOST_TEST(rule(flow.formCheck()) == "STAY_REG-1");
  flow.setField("period.to", "2026-12-01");
  flow.setField("host.consent_given", "false");
  BOOST_TEST(rule(flow.formCheck()) == "STAY_REG-2");
  BOOST_TEST(flow.formCheck().error().code == "host.consent_missing");
  flow.setField("host.consent_given", "true");
  flow.setField("period.from", "2026-12-05");  // ends before it starts
  BOOST_TEST(rule(flow.formCheck()) == "STAY_REG-1");
  flow.setField("period.from", "2026-11-3x");
  BOOST_TEST(flow.formCheck().error().code == "form.field_invalid");
  BOOST_TEST(flow.formCheck().error().params.at("field") == "period.from");
  BOOST_TEST(toString(flow.step()) == "form");
  BOOST_TEST(!flow.next().ok());
}

BOOST_AUTO_TEST_CASE(an_unknown_passport_makes_a_new_person_with_both_name_forms) {
  presenter::NewCaseFlow flow(services, officer);
  flow.chooseService(core::ServiceCode::StayRegistration);
  auto mrz = test::passportMrz("TUR", "YILMAZ", "AYSE", "U98765432", "950704", 'F', "310101");
  BOOST_REQUIRE(flow.acceptMrzLines(mrz).ok());
  BOOST_TEST(toString(flow.step()) == "person");  // no candidate: the match step is skipped
  BOOST_TEST(flow.state().person.at("latin.surname") == "Yilmaz");
  BOOST_TEST(flow.state().person.at("cyrillic.surname") == "Йилмаз");
  BOOST_TEST(flow.state().person.at("status") == "foreigner");
  auto refused = flow.next();
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().params.at("field") == "document.issued_on");
  flow.setPersonField("document.issued_on", "2021-01-02");
  flow.setPersonField("visa.number", "V7777");
  flow.setPersonField("visa.kind", "other");
  flow.setPersonField("visa.entries", "single");
  flow.setPersonField("visa.valid_from", "2026-11-01");
  flow.setPersonField("visa.valid_to", "2027-01-31");
  BOOST_REQUIRE(flow.next().ok());
  BOOST_TEST(flow.state().personId > 0);
  auto stored = persons.findByDocumentNumber("U98765432");
  BOOST_REQUIRE(stored.ok() && stored->has_value());
  BOOST_TEST((*stored)->cyrillic.givenName == "Айсе");
  BOOST_TEST(flow.state().form.at("basis_number") == "V7777");
  flow.back();
  BOOST_TEST(toString(flow.step()) == "person");
  flow.back();
  BOOST_TEST(toString(flow.step()) == "document");
}

BOOST_AUTO_TEST_CASE(several_namesakes_wait_for_the_officers_choice) {
  core::Person twin = makeForeigner();
  twin.documents.front().number = "N99999999";
  twin.visas.clear();
  BOOST_REQUIRE(persons.add(twin, {officer, "person.add", clock.now()}).ok());
  presenter::NewCaseFlow flow(services, officer);
  flow.chooseService(core::ServiceCode::StayRegistration);
  // A new passport of the same name and birth date: found by name, not by number.
  auto mrz = test::passportMrz("KAZ", "KARIMOV", "ALISHER", "N55555555", "900315", 'M', "320101");
  BOOST_REQUIRE(flow.acceptMrzLines(mrz).ok());
  BOOST_TEST(toString(flow.step()) == "match");
  BOOST_TEST(flow.candidates().size() == 2u);
  auto refused = flow.next();
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "flow.choose_person");
  BOOST_REQUIRE(flow.choosePerson(foreigner.id).ok());
  BOOST_REQUIRE(flow.next().ok());
  BOOST_TEST(flow.state().person.at("visa.number") == "EV0012345");
}

BOOST_AUTO_TEST_CASE(a_bad_check_digit_is_named_and_nothing_moves) {
  presenter::NewCaseFlow flow(services, officer);
  flow.chooseService(core::ServiceCode::StayRegistration);
  auto mrz = foreignerMrz();
  mrz[1][9] = mrz[1][9] == '0' ? '1' : '0';
  auto refused = flow.acceptMrzLines(mrz);
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "mrz.check_failed");
  BOOST_TEST(refused.error().params.at("fields").find("document_number") != std::string::npos);
  BOOST_TEST(toString(flow.step()) == "document");
  BOOST_TEST(!flow.acceptMrzText("hello\nworld").ok());
}

BOOST_AUTO_TEST_CASE(biometric_services_take_photo_and_fingerprints) {
  presenter::NewCaseFlow flow(services, officer);
  flow.chooseService(core::ServiceCode::IdCard);
  BOOST_TEST(!flow.isSkipped(FlowStep::Photo));
  BOOST_TEST(!flow.isSkipped(FlowStep::Fingerprints));
  flow.chooseService(core::ServiceCode::EVisaExtension);
  BOOST_TEST(flow.isSkipped(FlowStep::Photo));
}

BOOST_AUTO_TEST_CASE(a_flow_state_survives_its_draft_form) {
  presenter::NewCaseFlow flow(services, officer);
  flow.chooseService(core::ServiceCode::StayRegistration);
  BOOST_REQUIRE(flow.acceptMrzLines(foreignerMrz()).ok());
  BOOST_REQUIRE(flow.next().ok());
  BOOST_REQUIRE(flow.next().ok());
  test::fillStayForm(flow);
  flow.setField("host.name", "Hotel \"Chilonzor\"\nannexe");
  flow.setField("period.to", "2026-12-0");  // half typed
  flow.setField("period.to", "2026-12-01");
  BOOST_REQUIRE(presenter::decodeFlowState(presenter::encodeFlowState(flow.state())).ok());  // with a payload
  flow.setField("period.to", "2026-12-0");
  const std::string json = presenter::encodeFlowState(flow.state());
  auto decoded = presenter::decodeFlowState(json);
  BOOST_REQUIRE(decoded.ok());
  BOOST_TEST((*decoded == flow.state()));
  BOOST_TEST(!presenter::decodeFlowState("{\"v\":2}").ok());
  BOOST_TEST(!presenter::decodeFlowState("not json").ok());
  // Reopened, the flow is where it was with the rules' verdict on the texts.
  presenter::NewCaseFlow reopened(services, officer, *decoded);
  BOOST_TEST(toString(reopened.step()) == "form");
  BOOST_TEST(reopened.formCheck().error().params.at("field") == "period.to");
}

BOOST_AUTO_TEST_CASE(wedge_text_is_split_into_mrz_lines) {
  auto lines = foreignerMrz();
  BOOST_TEST(presenter::splitMrzText(" " + lines[0] + "\r\n\r\n" + lines[1] + "\n") == lines);
  BOOST_TEST(presenter::splitMrzText(lines[0] + lines[1]) == lines);
  BOOST_TEST(presenter::looksLikeCompleteMrz(lines));
  BOOST_TEST(!presenter::looksLikeCompleteMrz({lines[0]}));
}

BOOST_AUTO_TEST_CASE(every_service_has_a_form_that_round_trips) {
  for (core::ServiceCode service : core::kAllServices) {
    const auto& fields = presenter::formFields(service);
    BOOST_TEST(!fields.empty(), core::toString(service));
    auto empty = presenter::buildPayload(service, {});
    BOOST_REQUIRE(empty.ok());
    auto values = presenter::fieldValues(*empty);
    BOOST_TEST(values.size() == fields.size(), core::toString(service));
    auto again = presenter::buildPayload(service, values);
    if (!again.ok()) {
      // A required text left empty is refused, never taken as given.
      BOOST_TEST(again.error().code == "form.field_missing");
      continue;
    }
    BOOST_TEST(core::encodePayload(*again) == core::encodePayload(*empty));
  }
}

BOOST_AUTO_TEST_SUITE_END()
