// The person rules of person_checks.hpp through validatePerson(), the one entry every caller
// uses: a table of bad names, dates and visas, each refused with its code and field. A rule
// dropped from the core makes its rows fail.
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <functional>
#include <ostream>

#include "mws/core/auth/input_checks.hpp"
#include "mws/core/domain/person.hpp"
#include "mws/core/domain/person_checks.hpp"

using namespace mws::core;
namespace data = boost::unit_test::data;

namespace {

CivilDate d(const char* text) { return CivilDate::parse(text).value(); }

const std::set<std::string> kCountries{"UZB", "RUS", "KAZ", "XXA"};
const CivilDate kToday = d("2026-05-01");

Person foreigner() {
  Person person;
  person.latin = {"Karimov", "Aziz", ""};
  person.cyrillic = {"Каримов", "Азиз", ""};
  person.birthDate = d("1990-06-15");
  person.sex = Sex::Male;
  person.status = PersonStatus::Foreigner;
  person.citizenship = "KAZ";
  person.documents.push_back({DocumentKind::Passport, "", "N1234567", "KAZ", "MVD 12",
                              d("2020-01-10"), d("2030-01-09")});
  person.visas.push_back({"EV0012345", VisaKind::EVisa, VisaEntries::Single, d("2026-04-01"),
                          d("2026-05-30"), {}});
  return person;
}

// One bad record: what is changed in a valid one, the code it must get and one parameter
// that must name the culprit ("" when the code has none to check).
struct Row {
  std::string name;
  std::function<void(Person&)> spoil;
  std::string code;
  std::string param;
  std::string value;
};

std::ostream& operator<<(std::ostream& out, const Row& row) { return out << row.name; }

void latinSurname(Person& p, std::string text) { p.latin.surname = std::move(text); }

std::vector<Row> nameRows() {
  const std::string chars = "person.name_characters";
  return {
      {"digits", [](Person& p) { latinSurname(p, "Karimov2"); }, chars, "part", "surname"},
      {"only_digits", [](Person& p) { p.latin.givenName = "12345"; }, chars, "part", "given"},
      {"sql", [](Person& p) { latinSurname(p, "Robert'); DROP TABLE persons;--"); }, chars, "form", "latin"},
      {"tab", [](Person& p) { latinSurname(p, "Kari\tmov"); }, "input.control_character", "field", "name.latin.surname"},
      {"newline", [](Person& p) { p.cyrillic.givenName = "Азиз\n"; }, "input.control_character", "field", "name.cyrillic.given"},
      {"c1_control", [](Person& p) { latinSurname(p, "Kari\xc2\x85mov"); }, "input.control_character", "field", "name.latin.surname"},
      {"nul", [](Person& p) { latinSurname(p, std::string("Kari\0mov", 8)); }, "input.nul", "field", "name.latin.surname"},
      {"invalid_utf8", [](Person& p) { latinSurname(p, "Kar\xffimov"); }, "input.invalid_utf8", "field", "name.latin.surname"},
      {"overlong_utf8", [](Person& p) { p.latin.givenName = "A\xc0\xafziz"; }, "input.invalid_utf8", "field", "name.latin.given"},
      {"surrogate_utf8", [](Person& p) { latinSurname(p, "K\xed\xa0\x80rimov"); }, "input.invalid_utf8", "field", "name.latin.surname"},
      {"truncated_utf8", [](Person& p) { p.cyrillic.surname = "Карим\xd0"; }, "input.invalid_utf8", "field", "name.cyrillic.surname"},
      {"65_letters", [](Person& p) { latinSurname(p, std::string(65, 'a')); }, "person.name_length", "max", "64"},
      {"65_cyrillic_letters",
       [](Person& p) {
         std::string name;
         for (int i = 0; i < 65; ++i) name += "ж";
         p.cyrillic.patronymic = name;
       },
       "person.name_length", "part", "patronymic"},
      {"oversize_bytes", [](Person& p) { latinSurname(p, std::string(5000, 'B')); }, "input.too_long", "field", "name.latin.surname"},
      {"no_letter", [](Person& p) { latinSurname(p, "-'-"); }, chars, "part", "surname"},
      {"only_space", [](Person& p) { p.latin.patronymic = " "; }, chars, "part", "patronymic"},
      {"emoji", [](Person& p) { latinSurname(p, "Karimov\xf0\x9f\x98\x80"); }, chars, "form", "latin"},
      {"angle_brackets", [](Person& p) { latinSurname(p, "<script>"); }, chars, "part", "surname"},
      {"cyrillic_in_latin_form", [](Person& p) { latinSurname(p, "Kаrimov"); }, "person.name_script", "form", "latin"},
      {"latin_in_cyrillic_form", [](Person& p) { p.cyrillic.surname = "Kаримов"; }, "person.name_script", "form", "cyrillic"},
      {"latin_missing", [](Person& p) { p.latin.givenName.clear(); }, "person.name_missing", "form", "latin"},
  };
}

std::vector<Row> dateAndVisaRows() {
  return {
      {"birth_future", [](Person& p) { p.birthDate = d("2026-05-02"); }, "person.birth_date_future", "birth_date", "2026-05-02"},
      {"birth_before_1900", [](Person& p) { p.birthDate = d("1899-12-31"); }, "person.date_range", "field", "birth_date"},
      {"birth_year_1", [](Person& p) { p.birthDate = d("0001-01-01"); }, "person.date_range", "min", "1900-01-01"},
      {"document_expiry_before_issue",
       [](Person& p) { p.documents[0].expiresOn = d("2019-01-09"); }, "document.dates", "issued_on", "2020-01-10"},
      {"document_expiry_on_issue", [](Person& p) { p.documents[0].expiresOn = d("2020-01-10"); }, "document.dates", "", ""},
      {"document_issued_1000", [](Person& p) { p.documents[0].issuedOn = d("1000-01-10"); }, "person.date_range", "field", "document.issued_on"},
      {"document_expires_2200", [](Person& p) { p.documents[0].expiresOn = d("2200-01-10"); }, "person.date_range", "field", "document.expires_on"},
      {"document_authority_control", [](Person& p) { p.documents[0].issuingAuthority = "MVD\x1b[2J"; }, "input.control_character", "field", "document.authority"},
      {"document_authority_oversize", [](Person& p) { p.documents[0].issuingAuthority = std::string(201, 'M'); }, "input.too_long", "max", "200"},
      {"visa_number_missing", [](Person& p) { p.visas[0].number.clear(); }, "visa.number_missing", "", ""},
      {"visa_number_lower_case", [](Person& p) { p.visas[0].number = "ev0012345"; }, "person.visa_number_format", "max", "20"},
      {"visa_number_sql", [](Person& p) { p.visas[0].number = "EV1' OR 1=1"; }, "person.visa_number_format", "", ""},
      {"visa_number_21", [](Person& p) { p.visas[0].number = std::string(21, '7'); }, "person.visa_number_format", "", ""},
      {"visa_ends_before_start", [](Person& p) { p.visas[0].validTo = d("2026-03-31"); }, "visa.dates", "valid_to", "2026-03-31"},
      {"visa_until_9999", [](Person& p) { p.visas[0].validTo = d("9999-01-01"); }, "person.date_range", "field", "visa.valid_to"},
      {"visa_from_1800", [](Person& p) { p.visas[0].validFrom = d("1800-01-01"); }, "person.date_range", "field", "visa.valid_from"},
      {"citizenship_control", [](Person& p) { p.citizenship = "K\nZ"; }, "person.citizenship_unknown", "citizenship", "K\nZ"},
      {"citizenship_sql", [](Person& p) { p.citizenship = "KAZ' OR 1=1--"; }, "person.citizenship_unknown", "", ""},
      {"personal_number_sql", [](Person& p) { p.personalNumber = "1; DELETE FROM persons"; }, "person.personal_number_format", "", ""},
      {"personal_number_13_digits", [](Person& p) { p.personalNumber = "3150690123456"; }, "person.personal_number_format", "", ""},
      {"citizenship_unknown", [](Person& p) { p.citizenship = "ZZZ"; }, "person.citizenship_unknown", "citizenship", "ZZZ"},
  };
}

void checkRow(const Row& row) {
  Person person = foreigner();
  row.spoil(person);
  const Status status = validatePerson(person, kCountries, kToday);
  BOOST_TEST_REQUIRE(!status.ok());
  BOOST_TEST(status.error().code == row.code);
  if (!row.param.empty()) {
    BOOST_TEST_REQUIRE(status.error().params.count(row.param) == 1u);
    BOOST_TEST(status.error().params.at(row.param) == row.value);
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(domain_person_checks)

BOOST_AUTO_TEST_CASE(the_valid_record_of_the_tables_passes) {
  BOOST_TEST(validatePerson(foreigner(), kCountries, kToday).ok());
  BOOST_TEST(checkPersonInput(foreigner()).ok());
}

BOOST_AUTO_TEST_CASE(names_of_both_scripts_with_apostrophes_hyphens_and_latin_1_pass) {
  Person person = foreigner();
  person.latin = {"Oʻgʻiloy-Müller", "Jean-Pierre", "O'Neil Jr."};
  person.cyrillic = {"Ўғилой-Мüллер", "Жан-Пьер", ""};
  BOOST_TEST(validatePerson(person, kCountries, kToday).ok());
  person.latin.surname = std::string(64, 'a');  // the longest part allowed
  BOOST_TEST(validatePerson(person, kCountries, kToday).ok());
}

BOOST_DATA_TEST_CASE(a_bad_name_is_refused, data::make(nameRows()), row) { checkRow(row); }

BOOST_DATA_TEST_CASE(a_bad_date_or_visa_is_refused, data::make(dateAndVisaRows()), row) {
  checkRow(row);
}

BOOST_AUTO_TEST_CASE(the_service_entry_applies_the_same_field_rules) {
  // PersonAccess::add checks through checkPersonInput, without reference data: the same rules.
  for (const auto& rows : {nameRows(), dateAndVisaRows()}) {
    for (const Row& row : rows) {
      Person person = foreigner();
      row.spoil(person);
      const Status full = validatePerson(person, kCountries, kToday);
      const Status fields = checkPersonInput(person);
      if (!fields.ok()) {
        BOOST_TEST(fields.error().code == full.error().code, row.name);
      }
    }
  }
  Person digits = foreigner();
  digits.latin.surname = "Karimov2";
  BOOST_TEST(checkPersonInput(digits).error().code == "person.name_characters");
}

BOOST_AUTO_TEST_CASE(an_error_names_the_field_never_the_value) {
  for (const Row& row : nameRows()) {
    Person person = foreigner();
    row.spoil(person);
    const Error error = validatePerson(person, kCountries, kToday).error();
    for (const auto& [key, value] : error.params) {
      BOOST_TEST(value.find("Karim") == std::string::npos, row.name << " " << key);
      BOOST_TEST(value.find("Aziz") == std::string::npos, row.name << " " << key);
    }
    BOOST_TEST(error.detail.find("Karim") == std::string::npos, row.name);
  }
}

BOOST_AUTO_TEST_SUITE_END()
