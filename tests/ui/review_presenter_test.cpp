// The supervisor's review queue and the case view's decisions on the real repositories and
// CaseService, without wx.
#include <boost/test/unit_test.hpp>
#include <soci/soci.h>

#include "case_pages_fixture.hpp"
#include "mws/presenter/case_view_presenter.hpp"
#include "mws/presenter/review_presenter.hpp"

using namespace mws;
using presenter::Decision;

BOOST_FIXTURE_TEST_SUITE(review_presenter, test::CasePagesFixture)

BOOST_AUTO_TEST_CASE(the_queue_lists_submitted_and_in_review_cases_oldest_first) {
  auto first = stayCase(officer);
  auto second = stayCase(officer2);
  BOOST_REQUIRE(service.takeIntoReview(second.id, supervisor).ok());
  stayCase(officer, false);  // a draft waits for nobody
  presenter::ReviewPresenter page(services, supervisor);
  BOOST_REQUIRE(page.refresh().ok());
  BOOST_REQUIRE(page.rows().size() == 2u);
  BOOST_TEST(page.rows()[0].caseId == first.id);
  BOOST_TEST(page.rows()[0].officerId == officer.id);
  BOOST_TEST((page.rows()[0].state == core::CaseState::Submitted));
  BOOST_TEST(page.rows()[1].caseId == second.id);
  BOOST_TEST((page.rows()[1].state == core::CaseState::InReview));
  BOOST_TEST(page.rows()[1].officerId == officer2.id);
  BOOST_TEST(page.rows()[0].personLatin == "KARIMOV ALISHER");
  BOOST_TEST(!page.rows()[0].ownCase);
  BOOST_TEST(page.rows()[0].age.count() >= 0);
}

BOOST_AUTO_TEST_CASE(a_supervisors_own_case_is_marked) {
  auto own = stayCase(supervisor);
  presenter::ReviewPresenter page(services, supervisor);
  BOOST_REQUIRE(page.refresh().ok());
  BOOST_REQUIRE(page.rows().size() == 1u);
  BOOST_TEST(page.rows()[0].caseId == own.id);
  BOOST_TEST(page.rows()[0].ownCase);
}

BOOST_AUTO_TEST_CASE(the_case_view_shows_the_evidence_and_the_rules_met) {
  auto item = stayCase(officer);
  presenter::CaseViewPresenter view(services, supervisor, item.id);
  BOOST_REQUIRE(view.load().ok());
  const auto& evidence = view.evidence();
  BOOST_REQUIRE(evidence.person.has_value());
  BOOST_TEST(evidence.person->latin.surname == "KARIMOV");
  bool host = false;
  for (const auto& field : evidence.fields) host = host || (field.key == "host.name" && field.text == "Hotel Chilonzor");
  BOOST_TEST(host);
  BOOST_TEST(evidence.rules.ran);
  BOOST_TEST(evidence.rules.passed);
  BOOST_TEST((std::find(evidence.rules.ruleIds.begin(), evidence.rules.ruleIds.end(), "STAY_REG-1") !=
              evidence.rules.ruleIds.end()));
  BOOST_TEST(evidence.item.history.size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_supervisor_approves_another_officers_case) {
  auto item = stayCase(officer);
  presenter::CaseViewPresenter view(services, supervisor, item.id);
  BOOST_REQUIRE(view.load().ok());
  BOOST_TEST(view.canDecide(Decision::Approve));
  auto approved = view.decide(Decision::Approve);
  BOOST_REQUIRE_MESSAGE(approved.ok(), (approved.ok() ? "" : approved.error().code));
  BOOST_TEST((view.evidence().item.state == core::CaseState::Approved));
  auto stored = cases.load(item.id);
  BOOST_TEST((stored->value().state == core::CaseState::Approved));
  BOOST_TEST((stored->value().history.back().action == core::CaseAction::Approve));
  BOOST_TEST(stored->value().history.back().actorId == supervisor.id);
}

BOOST_AUTO_TEST_CASE(approving_ones_own_case_is_refused_by_four_eyes) {
  auto own = stayCase(supervisor);
  presenter::CaseViewPresenter view(services, supervisor, own.id);
  BOOST_REQUIRE(view.load().ok());
  auto refused = view.decide(Decision::Approve);
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "case.four_eyes");
  BOOST_TEST(refused.error().params.at("rule") == "CASE-1");
  BOOST_TEST((cases.load(own.id)->value().state == core::CaseState::Submitted));
}

BOOST_AUTO_TEST_CASE(reject_and_return_need_a_reason) {
  auto item = stayCase(officer);
  presenter::CaseViewPresenter view(services, supervisor, item.id);
  BOOST_REQUIRE(view.load().ok());
  for (Decision decision : {Decision::Reject, Decision::Return}) {
    auto refused = view.decide(decision, "   ");
    BOOST_REQUIRE(!refused.ok());
    BOOST_TEST(refused.error().code == "case.reason_required");
  }
  BOOST_TEST((cases.load(item.id)->value().state == core::CaseState::Submitted));
  BOOST_REQUIRE(view.decide(Decision::Return, "The host's consent paper is not signed.").ok());
  auto stored = cases.load(item.id);
  BOOST_TEST((stored->value().state == core::CaseState::Returned));
  BOOST_TEST(stored->value().history.back().reason == "The host's consent paper is not signed.");
}

BOOST_AUTO_TEST_CASE(a_rejection_keeps_its_reason) {
  auto item = stayCase(officer);
  presenter::CaseViewPresenter view(services, supervisor2, item.id);
  BOOST_REQUIRE(view.load().ok());
  BOOST_REQUIRE(view.decide(Decision::TakeIntoReview).ok());
  BOOST_TEST((view.evidence().item.state == core::CaseState::InReview));
  BOOST_REQUIRE(view.decide(Decision::Reject, "Forged visa stamp.").ok());
  BOOST_TEST((view.evidence().item.state == core::CaseState::Rejected));
  BOOST_TEST(!view.canDecide(Decision::Approve));
}

BOOST_AUTO_TEST_CASE(an_officer_sees_the_case_but_may_not_decide) {
  auto item = stayCase(officer);
  presenter::CaseViewPresenter view(services, officer2, item.id);
  BOOST_REQUIRE(view.load().ok());
  for (Decision decision : {Decision::TakeIntoReview, Decision::Approve, Decision::Reject, Decision::Return}) {
    BOOST_TEST(!view.canDecide(decision));
  }
  auto receipt = view.receiptData(core::PrintLanguage::Ru, "Nodira Karimova");
  BOOST_TEST(receipt.caseId == item.id);
  BOOST_TEST(receipt.personNameCyrillic == "Каримов Алишер");
  BOOST_TEST(receipt.documentNumber == "N12345678");
  BOOST_TEST(receipt.provisional);
}

BOOST_AUTO_TEST_CASE(an_unknown_case_is_named) {
  presenter::CaseViewPresenter view(services, supervisor, "7b0c1a52-52a1-4c6e-9d1e-0c5d6f3a2b11");
  auto loaded = view.load();
  BOOST_REQUIRE(!loaded.ok());
  BOOST_TEST(loaded.error().code == "case.not_found");
}

BOOST_AUTO_TEST_CASE(the_portrait_and_fingerprints_come_from_the_blob_store) {
  core::Person citizen;
  citizen.latin = {"TOSHMATOV", "BOBUR", ""};
  citizen.cyrillic = {"Тошматов", "Бобур", ""};
  citizen.birthDate = *core::CivilDate::parse("1985-07-14");
  citizen.status = core::PersonStatus::Citizen;
  citizen.citizenship = "UZB";
  citizen.personalNumber = "31407850000011";
  citizen.documents.push_back({core::DocumentKind::Passport, "AB", "1234567", "UZB", "IIV 2603",
                               today().addDays(-900), today().addDays(2000)});
  citizen = addPerson(citizen);
  core::IdCardPayload card;
  card.reason = core::IdCardReason::FirstIssuance;
  card.biometrics.photoSha256 = *blobs.put("portrait bytes (the dialog decodes them)");
  for (int finger = 0; finger < 10; ++finger) {
    card.biometrics.fingerprintSha256.push_back(*blobs.put("finger " + std::to_string(finger)));
  }
  auto opened = service.open({"", citizen.id, core::Channel::Counter, card}, officer);
  BOOST_REQUIRE_MESSAGE(opened.ok(), (opened.ok() ? "" : opened.error().code));
  presenter::CaseViewPresenter view(services, supervisor, opened->id);
  BOOST_REQUIRE(view.load().ok());
  BOOST_TEST(view.evidence().portrait == "portrait bytes (the dialog decodes them)");
  BOOST_TEST(view.evidence().fingerprintsReferenced == 10);
  BOOST_TEST(view.evidence().fingerprintsHeld == 10);
  BOOST_TEST(view.evidence().rules.passed);
}

BOOST_AUTO_TEST_CASE(an_officer_issues_an_approved_case_from_the_case_view) {
  auto item = stayCase(officer);
  presenter::CaseViewPresenter view(services, officer2, item.id);
  BOOST_REQUIRE(view.load().ok());
  BOOST_TEST(!view.canDecide(Decision::Issue));  // submitted: nothing to hand over yet
  BOOST_REQUIRE(service.takeIntoReview(item.id, supervisor).ok());
  BOOST_REQUIRE(service.approve(item.id, supervisor).ok());
  BOOST_REQUIRE(view.load().ok());
  BOOST_TEST(view.canDecide(Decision::Issue));
  for (Decision decision : {Decision::TakeIntoReview, Decision::Approve, Decision::Reject, Decision::Return}) {
    BOOST_TEST(!view.canDecide(decision));
  }
  auto issued = view.decide(Decision::Issue);
  BOOST_REQUIRE_MESSAGE(issued.ok(), (issued.ok() ? "" : issued.error().code));
  BOOST_TEST((view.evidence().item.state == core::CaseState::Issued));
  BOOST_TEST(!view.canDecide(Decision::Issue));
  auto stored = cases.load(item.id);
  BOOST_TEST((stored->value().state == core::CaseState::Issued));
  BOOST_TEST((stored->value().history.back().action == core::CaseAction::Issue));
  BOOST_TEST(stored->value().history.back().actorId == officer2.id);
  // Issued, the receipt becomes the certificate.
  BOOST_TEST((view.receiptData(core::PrintLanguage::En, "Nodira Karimova").kind == core::ReceiptData::Kind::Certificate));
}

BOOST_AUTO_TEST_CASE(issuing_a_draft_is_refused_by_the_life_cycle) {
  auto draft = stayCase(officer, false);
  presenter::CaseViewPresenter view(services, officer, draft.id);
  BOOST_REQUIRE(view.load().ok());
  BOOST_TEST(!view.canDecide(Decision::Issue));
  auto refused = view.decide(Decision::Issue);  // the view hides it; CaseService refuses it anyway
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "case.illegal_transition");
  BOOST_TEST(refused.error().params.at("from") == "draft");
  BOOST_TEST(refused.error().params.at("action") == "issue");
  BOOST_TEST((cases.load(draft.id)->value().state == core::CaseState::Draft));
}

BOOST_AUTO_TEST_CASE(a_role_without_the_issue_right_is_refused) {
  auto item = stayCase(officer);
  BOOST_REQUIRE(service.takeIntoReview(item.id, supervisor).ok());
  BOOST_REQUIRE(service.approve(item.id, supervisor).ok());
  const core::User admin = addUser("a.nazarov", "Aziz Nazarov", core::Role::UnitAdmin);
  presenter::CaseViewPresenter view(services, admin, item.id);
  // A unit administrator sees no case (no case.view), so no person either...
  auto opened = view.load();
  BOOST_REQUIRE(!opened.ok());
  BOOST_TEST(opened.error().code == "auth.forbidden");
  BOOST_TEST(opened.error().params.at("right") == "case.view");
  BOOST_TEST(!view.canDecide(Decision::Issue));
  // ...and cannot issue it either.
  auto refused = view.decide(Decision::Issue);
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "auth.forbidden");
  BOOST_TEST(refused.error().params.at("right") == "case.issue");
  BOOST_TEST((cases.load(item.id)->value().state == core::CaseState::Approved));
}

BOOST_AUTO_TEST_CASE(opening_a_case_is_an_audited_person_view_for_its_unit_only) {
  auto item = stayCase(officer);
  auto views = [&] {
    long long n = 0;
    database().session() << "SELECT count(*) FROM audit_log WHERE action = 'person.view' AND "
                            "actor_id = :a AND entity_id = :p",
        soci::use(supervisor.id), soci::use(std::to_string(item.personId)), soci::into(n);
    return n;
  };
  const long long before = views();
  presenter::CaseViewPresenter view(services, supervisor, item.id);
  BOOST_REQUIRE(view.load().ok());
  BOOST_REQUIRE(view.evidence().person.has_value());
  BOOST_TEST(views() == before + 1);
  // The same supervisor's account moved to another unit sees neither the case nor the person.
  core::User elsewhere = supervisor;
  elsewhere.unitCode = "SAM-01";
  presenter::CaseViewPresenter foreign(services, elsewhere, item.id);
  auto refused = foreign.load();
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "auth.forbidden");
  BOOST_TEST(views() == before + 1);
}

BOOST_AUTO_TEST_SUITE_END()
