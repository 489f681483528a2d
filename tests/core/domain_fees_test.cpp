#include <boost/test/unit_test.hpp>

#include "mws/core/domain/fees.hpp"
#include "mws/core/domain/reference_data.hpp"

using namespace mws::core;

namespace {
CivilDate d(const char* text) { return CivilDate::parse(text).value(); }
}  // namespace

BOOST_AUTO_TEST_SUITE(domain_fees)

BOOST_AUTO_TEST_CASE(the_seed_knows_every_service_and_the_decree_dates) {
  const ReferenceData data = defaultReferenceData();
  for (ServiceCode service : kAllServices) {
    BOOST_TEST_REQUIRE(data.find(service) != nullptr, toString(service));
    BOOST_TEST((parseServiceCode(toString(service)) == service));
  }
  BOOST_TEST(data.find(ServiceCode::EVisaExtension)->effectiveFrom == d("2026-05-01"));
  BOOST_TEST(data.find(ServiceCode::EVisaExtension)->maxExtensionDays == 30);
  BOOST_TEST(data.find(ServiceCode::EVisaExtension)->maxExtensions == 1);
  BOOST_TEST(data.find(ServiceCode::StudentRegistration)->effectiveFrom == d("2026-09-01"));
  BOOST_TEST(*data.find(ServiceCode::IdCard)->freeESignatureFrom == d("2026-02-01"));
  BOOST_TEST(*data.find(ServiceCode::StayCancellation)->portalFrom == d("2026-09-01"));
  BOOST_TEST(data.countries.size() == 254u);
  BOOST_TEST(data.knowsCountry("UZB"));
  BOOST_TEST(data.knowsCountry("XXA"));
  BOOST_TEST(!data.knowsCountry("ZZZ"));
}

BOOST_AUTO_TEST_CASE(services_are_refused_before_their_effective_date) {
  const ReferenceData data = defaultReferenceData();
  auto early = checkServiceAvailable(data, ServiceCode::EVisaExtension, Channel::Counter, d("2026-04-30"));
  BOOST_TEST(early.error().code == "service.not_yet_effective");
  BOOST_TEST(early.error().params.at("effective_from") == "2026-05-01");
  BOOST_TEST(early.error().params.at("filed_on") == "2026-04-30");
  BOOST_TEST(early.error().params.at("rule") == "SERVICE-1");
  BOOST_TEST(checkServiceAvailable(data, ServiceCode::EVisaExtension, Channel::Counter, d("2026-05-01")).ok());
}

BOOST_AUTO_TEST_CASE(portal_filing_opens_on_its_own_date) {
  const ReferenceData data = defaultReferenceData();
  auto early = checkServiceAvailable(data, ServiceCode::StayCancellation, Channel::Portal, d("2026-08-31"));
  BOOST_TEST(early.error().code == "service.channel_not_available");
  BOOST_TEST(early.error().params.at("available_from") == "2026-09-01");
  BOOST_TEST(checkServiceAvailable(data, ServiceCode::StayCancellation, Channel::Portal, d("2026-09-01")).ok());
  BOOST_TEST(checkServiceAvailable(data, ServiceCode::StayCancellation, Channel::Counter, d("2026-08-31")).ok());
  auto never = checkServiceAvailable(data, ServiceCode::IdCard, Channel::Portal, d("2027-01-01"));
  BOOST_TEST(never.error().params.at("available_from") == "");
}

BOOST_AUTO_TEST_CASE(dates_and_limits_come_from_the_data_passed_in) {
  ReferenceData data = defaultReferenceData();
  data.services.clear();
  auto missing = checkServiceAvailable(data, ServiceCode::StayRegistration, Channel::Counter, d("2026-05-01"));
  BOOST_TEST(missing.error().code == "service.not_in_catalogue");
  data = defaultReferenceData();
  for (auto& def : data.services) def.effectiveFrom = d("2027-01-01");
  BOOST_TEST(checkServiceAvailable(data, ServiceCode::StayRegistration, Channel::Counter, d("2026-12-31"))
                 .error().params.at("effective_from") == "2027-01-01");
}

BOOST_AUTO_TEST_CASE(fees_are_computed_in_bcu_and_som) {
  const ReferenceData data = defaultReferenceData();
  auto fee = computeFee({ServiceCode::IdCard, FeeVariant::Standard, d("2026-03-01"), Payer::Applicant, {}, ""}, data);
  BOOST_TEST_REQUIRE(fee.ok());
  BOOST_TEST(fee->bcuValueSom == 412000);
  BOOST_TEST(fee->lines.size() == 2u);
  BOOST_TEST(fee->totalBcuHundredths == 50);
  BOOST_TEST(fee->totalSom == 206000);
  BOOST_TEST(formatBcu(fee->totalBcuHundredths) == "0.50");
}

BOOST_AUTO_TEST_CASE(waived_items_cost_nothing_and_cite_their_rule) {
  const ReferenceData data = defaultReferenceData();
  auto fee = computeFee({ServiceCode::IdCard, FeeVariant::Urgent, d("2026-03-01"), Payer::Applicant,
                         {"e_signature"}, "ID_CARD-1"}, data);
  BOOST_TEST_REQUIRE(fee.ok());
  BOOST_TEST(fee->totalBcuHundredths == 100);
  BOOST_TEST(fee->totalSom == 412000);
  const FeeLine& esign = fee->lines[1];
  BOOST_TEST(esign.item == "e_signature");
  BOOST_TEST(esign.waived);
  BOOST_TEST(esign.som == 0);
  BOOST_TEST(esign.waiverRule == "ID_CARD-1");
}

BOOST_AUTO_TEST_CASE(the_bcu_value_and_fee_rows_follow_the_case_date) {
  ReferenceData data = defaultReferenceData();
  auto before = computeFee({ServiceCode::WorkConfirmation, FeeVariant::Standard, d("2025-07-31"), Payer::Applicant, {}, ""}, data);
  BOOST_TEST(before->totalSom == 750000);
  data.fees.push_back({ServiceCode::WorkConfirmation, FeeVariant::Standard, "base", 150, d("2026-06-01")});
  auto after = computeFee({ServiceCode::WorkConfirmation, FeeVariant::Standard, d("2026-06-01"), Payer::Applicant, {}, ""}, data);
  BOOST_TEST(after->totalBcuHundredths == 150);
  BOOST_TEST(after->totalSom == 618000);
  auto none = computeFee({ServiceCode::WorkConfirmation, FeeVariant::Urgent, d("2026-06-01"), Payer::Applicant, {}, ""}, data);
  BOOST_TEST(none.error().code == "fee.not_in_table");
  BOOST_TEST(none.error().params.at("variant") == "urgent");
  data.bcuRates.clear();
  BOOST_TEST(computeFee({ServiceCode::WorkConfirmation, FeeVariant::Standard, d("2026-06-01"), Payer::Applicant, {}, ""}, data)
                 .error().code == "fee.no_bcu_value");
}

BOOST_AUTO_TEST_CASE(on_site_visa_extension_is_billed_to_the_organisation) {
  const ReferenceData data = defaultReferenceData();
  auto fee = computeFee({ServiceCode::VisaExtension, FeeVariant::OnSite, d("2026-03-01"), Payer::Organisation, {}, ""}, data);
  BOOST_TEST_REQUIRE(fee.ok());
  BOOST_TEST((fee->payer == Payer::Organisation));
  BOOST_TEST(fee->totalBcuHundredths == 150);
  BOOST_TEST(fee->totalSom == 618000);
}

BOOST_AUTO_TEST_SUITE_END()
