// The MRZ parser against ICAO 9303's own specimens (Parts 4–7) and malformed input.
#include <boost/test/unit_test.hpp>

#include "mws/core/mrz/mrz.hpp"

using namespace mws::core;

namespace {

const CivilDate kToday = *CivilDate::make(2026, 11, 21);

Result<MrzDocument> parse(std::vector<std::string> lines) {
  return parseMrz(lines, MrzParseOptions{kToday, nullptr});
}

const MrzCheck* findCheck(const MrzDocument& doc, const std::string& field) {
  for (const auto& check : doc.checks) {
    if (check.field == field) return &check;
  }
  return nullptr;
}

bool hasIssue(const MrzDocument& doc, const std::string& field, const std::string& code) {
  for (const auto& issue : doc.issues) {
    if (issue.field == field && issue.code == code) return true;
  }
  return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(mrz_specimens)

BOOST_AUTO_TEST_CASE(td3_passport_specimen_of_part_4) {
  auto doc = parse({"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                    "L898902C36UTO7408122F1204159ZE184226B<<<<<10"});
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(doc->valid());
  BOOST_TEST(toString(doc->format) == "TD3");
  BOOST_TEST(doc->documentCode == "P");
  BOOST_TEST(doc->issuingState == "UTO");
  BOOST_TEST(doc->surname == "ERIKSSON");
  BOOST_TEST(doc->givenNames == "ANNA MARIA");
  BOOST_TEST(!doc->nameTruncated);
  BOOST_TEST(doc->documentNumber == "L898902C3");
  BOOST_TEST(doc->nationality == "UTO");
  BOOST_TEST(*doc->birthDate == *CivilDate::make(1974, 8, 12));
  BOOST_TEST(doc->sex == 'F');
  BOOST_TEST(*doc->expiryDate == *CivilDate::make(2012, 4, 15));
  BOOST_TEST(doc->optionalData == "ZE184226B");
  BOOST_TEST(doc->checks.size() == 5u);  // number, birth, expiry, personal number, composite
  BOOST_TEST(findCheck(*doc, "composite")->column == 43);
}

BOOST_AUTO_TEST_CASE(td1_identity_card_specimen_of_part_5) {
  auto doc = parse({"I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
                    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"});
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(doc->valid());
  BOOST_TEST(toString(doc->format) == "TD1");
  BOOST_TEST(doc->documentCode == "I");
  BOOST_TEST(doc->documentNumber == "D23145890");
  BOOST_TEST(!doc->documentNumberExtended);
  BOOST_TEST(doc->surname == "ERIKSSON");
  BOOST_TEST(doc->givenNames == "ANNA MARIA");
  BOOST_TEST(*doc->birthDate == *CivilDate::make(1974, 8, 12));
  BOOST_TEST(*doc->expiryDate == *CivilDate::make(2012, 4, 15));
  BOOST_TEST(doc->checks.size() == 4u);
}

BOOST_AUTO_TEST_CASE(td1_long_document_number_overflows_into_the_optional_data) {
  auto doc = parse({"I<UTOD23145890<7349<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
                    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"});
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(doc->valid());
  BOOST_TEST(doc->documentNumber == "D23145890734");
  BOOST_TEST(doc->documentNumberExtended);
  BOOST_TEST(doc->optionalData == "");
  BOOST_TEST(findCheck(*doc, "document_number")->column == 18);
}

BOOST_AUTO_TEST_CASE(td2_specimen_of_part_6) {
  auto doc = parse({"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"});
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(doc->valid());
  BOOST_TEST(toString(doc->format) == "TD2");
  BOOST_TEST(doc->documentNumber == "D23145890");
  BOOST_TEST(doc->givenNames == "ANNA MARIA");
  BOOST_TEST(findCheck(*doc, "composite")->column == 35);
}

BOOST_AUTO_TEST_CASE(mrv_a_visa_specimen_of_part_7) {
  auto doc = parse({"V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                    "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"});
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(doc->valid());
  BOOST_TEST(toString(doc->format) == "MRV-A");
  BOOST_TEST(doc->documentNumber == "L8988901C");
  BOOST_TEST(doc->nationality == "XXX");
  BOOST_TEST(*doc->birthDate == *CivilDate::make(1940, 9, 7));
  BOOST_TEST(*doc->expiryDate == *CivilDate::make(1996, 12, 10));
  BOOST_TEST(doc->optionalData == "6ZE184226B");
  BOOST_TEST(findCheck(*doc, "composite") == nullptr);  // visas have none
}

BOOST_AUTO_TEST_CASE(mrv_b_visa_specimen_of_part_7) {
  auto doc = parse({"V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<"});
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(doc->valid());
  BOOST_TEST(toString(doc->format) == "MRV-B");
  BOOST_TEST(doc->checks.size() == 3u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(mrz_failures)

BOOST_AUTO_TEST_CASE(a_wrong_check_digit_is_reported_where_it_stands_and_not_corrected) {
  auto doc = parse({"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                    "L898902C36UTO7408123F1204159ZE184226B<<<<<10"});  // birth day 12 → 12, check 3
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(!doc->valid());
  const MrzCheck* birth = findCheck(*doc, "birth_date");
  BOOST_TEST(!birth->passed);
  BOOST_TEST(birth->line == 1);
  BOOST_TEST(birth->column == 19);
  BOOST_TEST(birth->expected == '2');
  BOOST_TEST(birth->found == '3');
  BOOST_TEST(findCheck(*doc, "document_number")->passed);
  BOOST_TEST(findCheck(*doc, "composite")->passed == false);  // the composite covers it
  BOOST_TEST(doc->birthDateRaw == "740812");
}

BOOST_AUTO_TEST_CASE(a_changed_document_number_fails_its_check_and_the_composite) {
  auto doc = parse({"I<UTOD231458917<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
                    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"});
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(!findCheck(*doc, "document_number")->passed);
  BOOST_TEST(!findCheck(*doc, "composite")->passed);
  BOOST_TEST(doc->documentNumber == "D23145891");  // as printed
}

BOOST_AUTO_TEST_CASE(an_unknown_country_and_an_impossible_date_are_issues) {
  auto doc = parse({"P<QQQERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                    "L898902C36UTO7413122F1204159ZE184226B<<<<<10"});
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(hasIssue(*doc, "issuing_state", "mrz.country"));
  BOOST_TEST(hasIssue(*doc, "birth_date", "mrz.date"));
  BOOST_TEST(!doc->birthDate.has_value());
  BOOST_TEST(!doc->valid());
}

BOOST_AUTO_TEST_CASE(icao_special_codes_are_countries) {
  const auto& codes = mrzCountryCodes();
  for (const char* code : {"D", "UNO", "XXA", "XXB", "XXC", "XXX", "UZB", "GBD", "EUE"}) {
    BOOST_TEST(codes.contains(code), code);
  }
  BOOST_TEST(!codes.contains("QQQ"));
  auto doc = parse({"P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
                    "C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4"});
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(doc->issuingState == "D");
  BOOST_TEST(!hasIssue(*doc, "issuing_state", "mrz.country"));
}

BOOST_AUTO_TEST_CASE(a_full_name_field_is_flagged_as_possibly_truncated) {
  auto doc = parse({"P<UTOSPECIMENSURNAMEWITHLENGTH<<JOHNATHANXYZ",
                    "L898902C36UTO7408122F1204159ZE184226B<<<<<10"});
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(doc->nameTruncated);
  BOOST_TEST(doc->surname == "SPECIMENSURNAMEWITHLENGTH");
  BOOST_TEST(doc->givenNames == "JOHNATHANXYZ");
}

BOOST_AUTO_TEST_CASE(text_that_is_not_an_mrz_is_refused_with_a_reason) {
  BOOST_TEST(parse({"P<UTOERIKSSON"}).error().code == "mrz.line_count");
  BOOST_TEST(parse({"P<UTOERIKSSON<<ANNA", "L898902C36"}).error().code == "mrz.line_length");
  auto lower = parse({"p<utoERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                      "L898902C36UTO7408122F1204159ZE184226B<<<<<10"});
  BOOST_TEST(lower.error().code == "mrz.character");
  BOOST_TEST(lower.error().params.at("column") == "1");
  auto shape = parse({std::string(40, '<'), std::string(40, '<')});
  BOOST_TEST(shape.error().code == "mrz.format");
  BOOST_TEST(parse({"", ""}).error().code == "mrz.line_length");
  BOOST_TEST(parse({std::string(30, '<'), std::string(30, '<'), std::string(30, '<'),
                    std::string(30, '<')})
                 .error()
                 .code == "mrz.line_count");
}

BOOST_AUTO_TEST_CASE(blanks_around_the_lines_are_trimmed) {
  auto doc = parse({"  P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n",
                    "\tL898902C36UTO7408122F1204159ZE184226B<<<<<10 "});
  BOOST_REQUIRE(doc.ok());
  BOOST_TEST(doc->valid());
}

BOOST_AUTO_TEST_SUITE_END()
