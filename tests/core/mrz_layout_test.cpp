// Check digits, centuries and the layout tables the parser and the OCR resolver share.
#include <boost/test/unit_test.hpp>

#include "mws/core/mrz/mrz.hpp"

using namespace mws::core;

BOOST_AUTO_TEST_SUITE(mrz_layout)

BOOST_AUTO_TEST_CASE(check_digits_follow_icao_part_3) {
  BOOST_TEST(*mrzCheckDigit("L898902C3") == '6');
  BOOST_TEST(*mrzCheckDigit("740812") == '2');
  BOOST_TEST(*mrzCheckDigit("120415") == '9');
  BOOST_TEST(*mrzCheckDigit("<<<<<<") == '0');
  BOOST_TEST(*mrzCheckDigit("") == '0');
  BOOST_TEST(!mrzCheckDigit("ab1").has_value());
  BOOST_TEST(mrzCharValue('Z') == 35);
  BOOST_TEST(mrzCharValue(' ') == -1);
}

BOOST_AUTO_TEST_CASE(birth_dates_lie_in_the_past_and_expiry_dates_within_twenty_years) {
  const CivilDate today = *CivilDate::make(2026, 11, 21);
  BOOST_TEST(*mrzBirthDate("261121", today) == *CivilDate::make(2026, 11, 21));
  BOOST_TEST(*mrzBirthDate("261122", today) == *CivilDate::make(1926, 11, 22));
  BOOST_TEST(*mrzBirthDate("000229", today) == *CivilDate::make(2000, 2, 29));
  BOOST_TEST(*mrzExpiryDate("461121", today) == *CivilDate::make(2046, 11, 21));
  BOOST_TEST(*mrzExpiryDate("461122", today) == *CivilDate::make(1946, 11, 22));
  BOOST_TEST(*mrzExpiryDate("120415", today) == *CivilDate::make(2012, 4, 15));
  BOOST_TEST(!mrzBirthDate("741312", today).has_value());
  BOOST_TEST(!mrzBirthDate("7408<<", today).has_value());
  BOOST_TEST(!mrzExpiryDate("010230", today).has_value());
}

BOOST_AUTO_TEST_CASE(formats_are_told_apart_by_shape_and_first_letter) {
  BOOST_TEST((*detectMrzFormat(3, 30, 'I') == MrzFormat::Td1));
  BOOST_TEST((*detectMrzFormat(2, 36, 'I') == MrzFormat::Td2));
  BOOST_TEST((*detectMrzFormat(2, 36, 'V') == MrzFormat::MrvB));
  BOOST_TEST((*detectMrzFormat(2, 44, 'P') == MrzFormat::Td3));
  BOOST_TEST((*detectMrzFormat(2, 44, 'V') == MrzFormat::MrvA));
  BOOST_TEST(!detectMrzFormat(2, 30, 'I').has_value());
}

BOOST_AUTO_TEST_CASE(character_classes_follow_the_fields) {
  BOOST_TEST((mrzCharClass(MrzFormat::Td3, 1, 13) == MrzCharClass::Digit));   // birth date
  BOOST_TEST((mrzCharClass(MrzFormat::Td3, 1, 9) == MrzCharClass::DigitOrFiller));
  BOOST_TEST((mrzCharClass(MrzFormat::Td3, 1, 43) == MrzCharClass::Digit));   // composite
  BOOST_TEST((mrzCharClass(MrzFormat::Td3, 1, 10) == MrzCharClass::Alpha));   // nationality
  BOOST_TEST((mrzCharClass(MrzFormat::Td3, 1, 20) == MrzCharClass::Sex));
  BOOST_TEST((mrzCharClass(MrzFormat::Td3, 0, 7) == MrzCharClass::Alpha));    // name
  BOOST_TEST((mrzCharClass(MrzFormat::Td1, 0, 7) == MrzCharClass::AlphaNumeric));
  BOOST_TEST((mrzCharClass(MrzFormat::Td1, 1, 29) == MrzCharClass::Digit));
}

BOOST_AUTO_TEST_SUITE_END()
