#include <boost/test/unit_test.hpp>

#include "mws/core/domain/address.hpp"
#include "mws/core/domain/organisation.hpp"
#include "mws/core/domain/person.hpp"

using namespace mws::core;

namespace {

CivilDate d(const char* text) { return CivilDate::parse(text).value(); }

const std::set<std::string> kCountries{"UZB", "RUS", "KOR", "XXA"};

Person citizen() {
  Person person;
  person.latin = {"Karimov", "Aziz", "Baxtiyorovich"};
  person.cyrillic = {"Каримов", "Азиз", "Бахтиёрович"};
  person.birthDate = d("1990-06-15");
  person.sex = Sex::Male;
  person.status = PersonStatus::Citizen;
  person.citizenship = "UZB";
  person.personalNumber = "31506901234567";
  return person;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(domain_person)

BOOST_AUTO_TEST_CASE(accepts_a_complete_citizen) {
  BOOST_TEST(validatePerson(citizen(), kCountries, d("2026-05-01")).ok());
}

BOOST_AUTO_TEST_CASE(checks_the_personal_number_format) {
  BOOST_TEST(validatePersonalNumber("31506901234567").ok());
  BOOST_TEST(validatePersonalNumber("61502081234567").ok());
  BOOST_TEST(validatePersonalNumber("3150690123456").error().code == "person.personal_number_format");
  BOOST_TEST(validatePersonalNumber("315069012345678").error().code == "person.personal_number_format");
  BOOST_TEST(validatePersonalNumber("3150690123456A").error().code == "person.personal_number_format");
  BOOST_TEST(validatePersonalNumber("71506901234567").error().code == "person.personal_number_format");
  BOOST_TEST(validatePersonalNumber("33102901234567").error().params.at("personal_number") ==
             "33102901234567");  // 31 February
}

BOOST_AUTO_TEST_CASE(the_personal_number_must_match_birth_date_and_sex) {
  Person person = citizen();
  person.sex = Sex::Female;
  auto status = validatePerson(person, kCountries, d("2026-05-01"));
  BOOST_TEST(status.error().code == "person.personal_number_mismatch");
  BOOST_TEST(status.error().params.at("birth_date") == "1990-06-15");
  person = citizen();
  person.birthDate = d("1990-06-16");
  BOOST_TEST(validatePerson(person, kCountries, d("2026-05-01")).error().code ==
             "person.personal_number_mismatch");
  person.personalNumber.reset();
  BOOST_TEST(validatePerson(person, kCountries, d("2026-05-01")).ok());
}

BOOST_AUTO_TEST_CASE(refuses_missing_names_future_birth_and_unknown_country) {
  Person person = citizen();
  person.cyrillic = {};
  BOOST_TEST(validatePerson(person, kCountries, d("2026-05-01")).error().params.at("form") ==
             "cyrillic");
  person = citizen();
  person.personalNumber.reset();
  person.birthDate = d("2026-05-02");
  BOOST_TEST(validatePerson(person, kCountries, d("2026-05-01")).error().code ==
             "person.birth_date_future");
  person = citizen();
  person.citizenship = "ZZZ";
  BOOST_TEST(validatePerson(person, kCountries, d("2026-05-01")).error().code ==
             "person.citizenship_unknown");
}

BOOST_AUTO_TEST_CASE(status_must_agree_with_citizenship) {
  Person person = citizen();
  person.status = PersonStatus::Foreigner;
  auto status = validatePerson(person, kCountries, d("2026-05-01"));
  BOOST_TEST(status.error().code == "person.status_citizenship");
  BOOST_TEST(status.error().params.at("status") == "foreigner");
  person.status = PersonStatus::Stateless;
  person.citizenship = "XXA";
  BOOST_TEST(validatePerson(person, kCountries, d("2026-05-01")).ok());
  person.status = PersonStatus::Citizen;
  BOOST_TEST(validatePerson(person, kCountries, d("2026-05-01")).error().code ==
             "person.status_citizenship");
}

BOOST_AUTO_TEST_CASE(validates_documents_and_visas_of_the_person) {
  Person person = citizen();
  person.documents.push_back({DocumentKind::Passport, "FA", "1234567", "UZB", "26001",
                              d("2020-01-10"), d("2030-01-09")});
  BOOST_TEST(validatePerson(person, kCountries, d("2026-05-01")).ok());
  person.documents[0].number = "12 34";
  BOOST_TEST(validatePerson(person, kCountries, d("2026-05-01")).error().code ==
             "document.number_format");
  person.documents[0].number = "1234567";
  person.documents[0].issuingState = "XYZ";
  BOOST_TEST(validatePerson(person, kCountries, d("2026-05-01")).error().params.at("country") ==
             "XYZ");
  person.documents[0].issuingState = "UZB";
  person.documents[0].expiresOn = d("2019-01-01");
  BOOST_TEST(validatePerson(person, kCountries, d("2026-05-01")).error().code == "document.dates");
  person.documents.clear();
  person.visas.push_back({"", VisaKind::EVisa, VisaEntries::Single, d("2026-05-01"), d("2026-05-30"), {}});
  BOOST_TEST(validatePerson(person, kCountries, d("2026-05-01")).error().code == "visa.number_missing");
}

BOOST_AUTO_TEST_CASE(documents_know_their_validity) {
  IdentityDocument document{DocumentKind::IdCard, "AD", "1234567", "UZB", "", d("2020-01-10"),
                            d("2030-01-09")};
  BOOST_TEST(document.isValidOn(d("2030-01-09")));
  BOOST_TEST(!document.isValidOn(d("2030-01-10")));
  BOOST_TEST(document.fullNumber() == "AD1234567");
}

BOOST_AUTO_TEST_CASE(fills_a_missing_name_form_by_transliteration) {
  Person person = citizen();
  person.cyrillic = {};
  completeNameForms(person);
  BOOST_TEST(person.cyrillic.surname == "Каримов");
  BOOST_TEST(person.cyrillic.patronymic == "Бахтиёрович");
  person.latin = {};
  completeNameForms(person);
  BOOST_TEST(person.latin.full() == "Karimov Aziz Baxtiyorovich");
  BOOST_TEST(personNameKey(person) == "KARIMOV AZIZ BAXTIYOROVICH");
}

BOOST_AUTO_TEST_CASE(checks_tax_ids_hosts_and_addresses) {
  BOOST_TEST(isValidTaxId("123456789"));
  BOOST_TEST(!isValidTaxId("12345678"));
  BOOST_TEST(!isValidTaxId("12345678X"));
  Host hotel{HostKind::Organisation, 0, "301234567", "Hotel Uzbekistan", true, "paper:17"};
  BOOST_TEST(validateHost(hotel).ok());
  hotel.taxId = "3012";
  BOOST_TEST(validateHost(hotel).error().code == "host.tax_id");
  hotel.taxId = "301234567";
  hotel.consentGiven = false;
  BOOST_TEST(validateHost(hotel).error().params.at("rule") == "STAY_REG-2");
  Host owner{HostKind::Person, 0, "", "", true, "e-rozilik:9"};
  BOOST_TEST(validateHost(owner).error().code == "host.person_missing");
  Address address{"1726", "1726262", "Amir Temur", "", ""};
  BOOST_TEST(validateAddress(address).error().params.at("field") == "house");
  address.house = "12";
  BOOST_TEST(validateAddress(address).ok());
  Employer employer{"123456789", "", address};
  BOOST_TEST(validateEmployer(employer).error().code == "employer.name_missing");
  Dormitory dormitory{"Dorm 3", address, "12345"};
  BOOST_TEST(validateDormitory(dormitory).error().code == "dormitory.tax_id");
}

BOOST_AUTO_TEST_CASE(enumerations_round_trip_through_their_names) {
  for (auto status : {PersonStatus::Citizen, PersonStatus::Foreigner, PersonStatus::Stateless,
                      PersonStatus::PermanentResident}) {
    BOOST_TEST((parsePersonStatus(toString(status)) == status));
  }
  for (auto kind : {DocumentKind::Passport, DocumentKind::IdCard, DocumentKind::TravelDocument,
                    DocumentKind::ResidencePermit}) {
    BOOST_TEST((parseDocumentKind(toString(kind)) == kind));
  }
  BOOST_TEST((parseVisaKind("e_visa") == VisaKind::EVisa));
  BOOST_TEST(!parseSex("x").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
