#include <boost/test/unit_test.hpp>

#include "mws/core/domain/case_rules.hpp"

using namespace mws::core;

namespace {

CivilDate d(const char* text) { return CivilDate::parse(text).value(); }
const std::string kSha(64, 'a');
const Address kAddress{"1726", "1726262", "Amir Temur", "12", "4"};

Person foreigner() {
  Person p;
  p.id = 7;
  p.latin = {"Kim", "Minho", ""};
  p.cyrillic = {"Ким", "Минхо", ""};
  p.status = PersonStatus::Foreigner;
  p.citizenship = "KOR";
  p.visas.push_back({"EV100", VisaKind::EVisa, VisaEntries::Single, d("2026-05-01"), d("2026-05-30"), {}});
  p.visas.push_back({"V200", VisaKind::Other, VisaEntries::Multiple, d("2026-01-01"), d("2026-12-31"), {}});
  p.documents.push_back({DocumentKind::ResidencePermit, "", "RP1", "UZB", "", d("2026-01-01"), d("2027-12-31")});
  return p;
}

Person citizen() {
  Person p;
  p.id = 8;
  p.status = PersonStatus::Citizen;
  p.citizenship = "UZB";
  return p;
}

struct Fixture {
  ReferenceData reference = defaultReferenceData();
  Person person = foreigner();
  CaseFacts facts;
  Channel channel = Channel::Counter;

  Result<CasePayload> check(const CasePayload& payload, const char* filedOn = "2026-05-10") {
    return checkCaseRules(payload, RuleContext{reference, person, d(filedOn), channel, facts});
  }
};

void requireRefusal(const Result<CasePayload>& result, const std::string& code, const std::string& rule) {
  BOOST_TEST_REQUIRE(!result.ok(), "expected " << code);
  BOOST_TEST(result.error().code == code);
  BOOST_TEST(result.error().params.at("rule") == rule);
}

StayRegistrationPayload stay() {
  return {kAddress, Host{HostKind::Organisation, 0, "301234567", "Hotel", true, "paper:1"},
          {d("2026-05-10"), d("2026-05-20")}, StayBasis::Visa, "EV100"};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(domain_rules)

BOOST_FIXTURE_TEST_CASE(stay_registration_inside_the_visa_with_consent, Fixture) {
  BOOST_TEST(check(stay()).ok());
  auto longer = stay();
  longer.period.to = d("2026-05-31");
  auto refused = check(longer);
  requireRefusal(refused, "stay_reg.outside_basis_validity", "STAY_REG-1");
  BOOST_TEST(refused.error().params.at("valid_to") == "2026-05-30");
  auto noConsent = stay();
  noConsent.host.consentGiven = false;
  requireRefusal(check(noConsent), "host.consent_missing", "STAY_REG-2");
  auto permit = stay();
  permit.basis = StayBasis::ResidencePermit;
  permit.basisNumber = "RP1";
  permit.period = {d("2026-06-01"), d("2027-05-31")};
  BOOST_TEST(check(permit).ok());
  permit.period.to = d("2027-06-01");
  requireRefusal(check(permit), "stay_reg.period_too_long", "STAY_REG-3");
  permit.period.to = d("2027-05-31");
  permit.basisNumber = "RP9";
  requireRefusal(check(permit), "stay_reg.basis_not_found", "PERSON-1");
  auto backwards = stay();
  backwards.period = {d("2026-05-20"), d("2026-05-10")};
  requireRefusal(check(backwards), "stay_reg.period_order", "STAY_REG-1");
}

BOOST_FIXTURE_TEST_CASE(stay_registration_is_for_foreigners_only, Fixture) {
  person = citizen();
  auto refused = check(stay());
  requireRefusal(refused, "service.status_not_eligible", "SERVICE-3");
  BOOST_TEST(refused.error().params.at("status") == "citizen");
}

BOOST_FIXTURE_TEST_CASE(evisa_extension_once_by_at_most_30_days, Fixture) {
  BOOST_TEST(check(EVisaExtensionPayload{"EV100", d("2026-06-29")}).ok());
  auto tooLong = check(EVisaExtensionPayload{"EV100", d("2026-06-30")});
  requireRefusal(tooLong, "evisa_ext.too_long", "EVISA_EXT-2");
  BOOST_TEST(tooLong.error().params.at("max_days") == "30");
  BOOST_TEST(tooLong.error().params.at("requested_days") == "31");
  BOOST_TEST(tooLong.error().params.at("latest_valid_to") == "2026-06-29");
  requireRefusal(check(EVisaExtensionPayload{"EV100", d("2026-05-30")}), "evisa_ext.not_later", "EVISA_EXT-2");
  facts.eVisaExtensionCaseIds = {"prev-case"};
  auto twice = check(EVisaExtensionPayload{"EV100", d("2026-06-10")});
  requireRefusal(twice, "evisa_ext.already_extended", "EVISA_EXT-1");
  BOOST_TEST(twice.error().params.at("previous_case_id") == "prev-case");
  facts = {};
  person.visas[0].extensions.push_back({"granted", d("2026-05-30"), d("2026-06-10")});
  requireRefusal(check(EVisaExtensionPayload{"EV100", d("2026-06-20")}), "evisa_ext.already_extended", "EVISA_EXT-1");
}

BOOST_FIXTURE_TEST_CASE(evisa_extension_only_for_valid_evisas_from_may_2026, Fixture) {
  requireRefusal(check(EVisaExtensionPayload{"V200", d("2027-01-10")}), "evisa_ext.not_evisa", "EVISA_EXT-3");
  auto expired = check(EVisaExtensionPayload{"EV100", d("2026-06-10")}, "2026-05-31");
  requireRefusal(expired, "evisa_ext.visa_not_valid", "EVISA_EXT-4");
  BOOST_TEST(expired.error().params.at("valid_to") == "2026-05-30");
  auto early = check(EVisaExtensionPayload{"EV100", d("2026-05-20")}, "2026-04-30");
  requireRefusal(early, "service.not_yet_effective", "SERVICE-1");
  BOOST_TEST(early.error().params.at("effective_from") == "2026-05-01");
  reference.services[3].maxExtensionDays = 10;  // limits are data
  BOOST_TEST((reference.services[3].service == ServiceCode::EVisaExtension));
  requireRefusal(check(EVisaExtensionPayload{"EV100", d("2026-06-10")}), "evisa_ext.too_long", "EVISA_EXT-2");
}

BOOST_FIXTURE_TEST_CASE(visa_extension_on_site_is_paid_by_the_organisation, Fixture) {
  VisaExtensionPayload ext{"V200", d("2027-03-31"), true, "201234567", "TATU", "C-17"};
  auto ok = check(ext);
  BOOST_TEST_REQUIRE(ok.ok());
  const FeeRequest fee = feeRequestFor(*ok, d("2026-05-10"));
  BOOST_TEST((fee.payer == Payer::Organisation));
  BOOST_TEST((fee.variant == FeeVariant::OnSite));
  ext.contractNumber.clear();
  requireRefusal(check(ext), "visa_ext.contract_missing", "VISA_EXT-1");
  ext.organisationTaxId = "12";
  requireRefusal(check(ext), "visa_ext.organisation_tax_id", "VISA_EXT-1");
  requireRefusal(check(VisaExtensionPayload{"EV100", d("2026-06-10"), false, "", "", ""}),
                 "visa_ext.is_evisa", "VISA_EXT-2");
  requireRefusal(check(VisaExtensionPayload{"V200", d("2028-01-10"), false, "", "", ""}),
                 "visa_ext.too_long", "VISA_EXT-3");
  BOOST_TEST((feeRequestFor(VisaExtensionPayload{}, d("2026-05-10")).payer == Payer::Applicant));
}

BOOST_FIXTURE_TEST_CASE(work_confirmation_needs_employer_position_and_period, Fixture) {
  WorkConfirmationPayload work{{"301234567", "Artel", kAddress}, "Engineer", {d("2026-06-01"), d("2027-05-31")}};
  BOOST_TEST(check(work).ok());
  work.employer.taxId = "30123456";
  auto badTax = check(work);
  requireRefusal(badTax, "work_confirm.employer_tax_id", "WORK_CONFIRM-1");
  BOOST_TEST(badTax.error().params.at("tax_id") == "30123456");
  work.employer.taxId = "301234567";
  work.position.clear();
  requireRefusal(check(work), "work_confirm.position_missing", "WORK_CONFIRM-1");
  work.position = "Engineer";
  work.period.to = d("2026-05-01");
  requireRefusal(check(work), "work_confirm.period_order", "WORK_CONFIRM-1");
  work.period.to = d("2027-06-01");
  requireRefusal(check(work), "work_confirm.period_too_long", "WORK_CONFIRM-2");
}

BOOST_FIXTURE_TEST_CASE(student_registration_and_contract_both_or_neither, Fixture) {
  person.visas[1].validTo = d("2027-08-31");
  StudentRegistrationPayload student{{"201234567", "TATU", kAddress}, "S-1", "V200",
                                     {"Dorm 3", kAddress, "201234567"},
                                     DateRange{d("2026-09-01"), d("2027-06-30")},
                                     DormitoryContract{"DC-9", "310", {d("2026-09-01"), d("2027-06-30")}}};
  BOOST_TEST(check(student, "2026-09-01").ok());
  requireRefusal(check(student, "2026-08-31"), "service.not_yet_effective", "SERVICE-1");
  auto noContract = student;
  noContract.contract.reset();
  auto refused = check(noContract, "2026-09-01");
  requireRefusal(refused, "student_reg.incomplete", "STUDENT_REG-1");
  BOOST_TEST(refused.error().params.at("missing") == "contract");
  auto noRegistration = student;
  noRegistration.registration.reset();
  BOOST_TEST(check(noRegistration, "2026-09-01").error().params.at("missing") == "registration");
  auto outside = student;
  outside.registration->to = d("2027-07-31");
  requireRefusal(check(outside, "2026-09-01"), "student_reg.outside_contract", "STUDENT_REG-2");
  person.visas[1].validTo = d("2027-01-31");
  requireRefusal(check(student, "2026-09-01"), "student_reg.outside_visa", "STUDENT_REG-2");
}

BOOST_FIXTURE_TEST_CASE(one_active_residence_registration_per_person, Fixture) {
  person = citizen();
  ResidenceRegistrationPayload residence{kAddress, d("2026-05-10"), ""};
  BOOST_TEST(check(residence).ok());
  facts.activeResidenceRegistrationIds = {"old-reg"};
  auto refused = check(residence);
  requireRefusal(refused, "residence_reg.already_registered", "RESIDENCE_REG-1");
  BOOST_TEST(refused.error().params.at("active_case_id") == "old-reg");
  residence.replacesCaseId = "old-reg";
  BOOST_TEST(check(residence).ok());
  residence.replacesCaseId = "other";
  requireRefusal(check(residence), "residence_reg.replaced_not_active", "RESIDENCE_REG-1");
  person = foreigner();
  requireRefusal(check(residence), "service.status_not_eligible", "SERVICE-3");
}

BOOST_FIXTURE_TEST_CASE(id_card_first_issuance_has_a_free_signature_and_oneid, Fixture) {
  person = citizen();
  IdCardPayload card{IdCardReason::FirstIssuance, false, {kSha, {kSha, kSha}}, false, false};
  auto first = check(card, "2026-02-01");
  BOOST_TEST_REQUIRE(first.ok());
  const auto& decided = std::get<IdCardPayload>(*first);
  BOOST_TEST(decided.freeESignature);
  BOOST_TEST(decided.oneIdRegistration);
  const FeeRequest fee = feeRequestFor(*first, d("2026-02-01"));
  BOOST_TEST(fee.waivedItems.contains("e_signature"));
  BOOST_TEST(fee.waiverRule == "ID_CARD-1");
  auto before = std::get<IdCardPayload>(*check(card, "2026-01-31"));
  BOOST_TEST(!before.freeESignature);
  BOOST_TEST(!before.oneIdRegistration);
  person.documents.push_back({DocumentKind::IdCard, "AD", "1", "UZB", "", d("2020-01-01"), d("2030-01-01")});
  requireRefusal(check(card), "id_card.not_first_issuance", "ID_CARD-3");
  card.reason = IdCardReason::Expiry;
  card.freeESignature = true;  // the officer cannot grant it
  BOOST_TEST(!std::get<IdCardPayload>(*check(card)).freeESignature);
}

BOOST_FIXTURE_TEST_CASE(id_card_needs_photo_and_fingerprints, Fixture) {
  person = citizen();
  IdCardPayload card{IdCardReason::FirstIssuance, false, {"", {kSha, kSha}}, false, false};
  requireRefusal(check(card), "id_card.photo_missing", "ID_CARD-2");
  card.biometrics = {kSha, {kSha}};
  auto few = check(card);
  requireRefusal(few, "id_card.fingerprints_missing", "ID_CARD-2");
  BOOST_TEST(few.error().params.at("required") == "2");
  card.reason = IdCardReason::Loss;
  card.biometrics = {kSha, {kSha, kSha}};
  requireRefusal(check(card), "id_card.no_previous_card", "ID_CARD-3");
}

BOOST_FIXTURE_TEST_CASE(stateless_travel_document_and_portal_date, Fixture) {
  person.status = PersonStatus::Stateless;
  person.citizenship = "XXA";
  StatelessTravelDocumentPayload doc{true, {kSha, {kSha, kSha}}, kAddress, ""};
  BOOST_TEST(check(doc).ok());
  BOOST_TEST((feeRequestFor(doc, d("2026-05-10")).variant == FeeVariant::Urgent));
  channel = Channel::Portal;
  auto early = check(doc, "2026-08-31");
  requireRefusal(early, "service.channel_not_available", "SERVICE-2");
  BOOST_TEST(early.error().params.at("available_from") == "2026-09-01");
  BOOST_TEST(check(doc, "2026-09-01").ok());
  channel = Channel::Counter;
  doc.biometrics.fingerprintSha256 = {"zz"};
  requireRefusal(check(doc), "stateless_travel_doc.fingerprints_missing", "STATELESS_TRAVEL_DOC-1");
  person = foreigner();
  requireRefusal(check(StatelessTravelDocumentPayload{false, {kSha, {kSha, kSha}}, kAddress, ""}),
                 "service.status_not_eligible", "SERVICE-3");
}

BOOST_FIXTURE_TEST_CASE(compatriot_invitation_rules, Fixture) {
  person = citizen();
  CompatriotInvitationPayload invite{
      {{{"Rahimov", "Anvar", ""}, d("1980-01-01"), "KAZ", InviteeRelation::Compatriot},
       {{"Rahimova", "Lola", ""}, d("2010-01-01"), "KAZ", InviteeRelation::Child}},
      {d("2026-06-01"), d("2026-08-31")}, kAddress};
  BOOST_TEST(check(invite).ok());
  auto family = invite;
  family.invitees.erase(family.invitees.begin());
  requireRefusal(check(family), "compatriot_invite.no_compatriot", "COMPATRIOT_INVITE-1");
  auto uzbek = invite;
  uzbek.invitees[1].citizenship = "UZB";
  auto refused = check(uzbek);
  requireRefusal(refused, "compatriot_invite.invitee_citizenship", "COMPATRIOT_INVITE-1");
  BOOST_TEST(refused.error().params.at("index") == "1");
  auto backwards = invite;
  backwards.intendedStay = {d("2026-08-31"), d("2026-06-01")};
  requireRefusal(check(backwards), "compatriot_invite.period_order", "COMPATRIOT_INVITE-2");
}

BOOST_FIXTURE_TEST_CASE(permanent_residence_rules, Fixture) {
  PermanentResidencePayload residence{PermanentResidenceBasis::Family, "MC-12", kAddress, d("2020-01-01")};
  BOOST_TEST(check(residence).ok());
  residence.basisReference.clear();
  requireRefusal(check(residence), "permanent_residence.basis_missing", "PERMANENT_RESIDENCE-1");
  residence.basisReference = "MC-12";
  residence.address.street.clear();
  auto refused = check(residence);
  requireRefusal(refused, "address.field_missing", "PERMANENT_RESIDENCE-1");
  BOOST_TEST(refused.error().params.at("field") == "street");
}

BOOST_AUTO_TEST_CASE(issuing_brings_its_effects) {
  Person person = foreigner();
  Case ext;
  ext.id = "c1";
  ext.payload = EVisaExtensionPayload{"EV100", d("2026-06-20")};
  auto effects = effectsOfIssuing(ext, person);
  BOOST_TEST_REQUIRE(effects.size() == 1u);
  const auto& extend = std::get<ExtendVisaEffect>(effects[0]);
  BOOST_TEST(extend.extension.previousValidTo == d("2026-05-30"));
  BOOST_TEST(extend.extension.newValidTo == d("2026-06-20"));
  BOOST_TEST(extend.extension.caseId == "c1");
  Case card;
  card.payload = IdCardPayload{IdCardReason::FirstIssuance, false, {}, true, true};
  BOOST_TEST(std::holds_alternative<MarkOneIdRegistrationEffect>(effectsOfIssuing(card, person).at(0)));
  Case cancel;
  cancel.payload = StayCancellationPayload{"reg-1", CancellationRequester::Owner, 5, "AA1"};
  BOOST_TEST(registrationEndedBy(cancel) == "reg-1");
  BOOST_TEST(effectsOfIssuing(cancel, person).empty());
}

BOOST_AUTO_TEST_SUITE_END()
