#include <boost/test/unit_test.hpp>

#include <set>

#include "mws/core/domain/civil_date.hpp"
#include "mws/core/domain/uuid.hpp"

using namespace mws::core;

namespace {
CivilDate d(const char* text) { return CivilDate::parse(text).value(); }
}  // namespace

BOOST_AUTO_TEST_SUITE(domain_date)

BOOST_AUTO_TEST_CASE(parses_and_prints_iso_dates) {
  BOOST_TEST(d("2026-05-01").toString() == "2026-05-01");
  BOOST_TEST(d("2026-05-01").year() == 2026);
  BOOST_TEST(d("2026-05-01").month() == 5u);
  BOOST_TEST(d("2026-05-01").day() == 1u);
}

BOOST_AUTO_TEST_CASE(refuses_malformed_and_impossible_dates) {
  BOOST_TEST(CivilDate::parse("2026-5-1").error().code == "date.format");
  BOOST_TEST(CivilDate::parse("01.05.2026").error().code == "date.format");
  BOOST_TEST(CivilDate::parse("").error().code == "date.format");
  BOOST_TEST(CivilDate::parse("2025-02-29").error().code == "date.invalid");
  BOOST_TEST(CivilDate::parse("2026-13-01").error().code == "date.invalid");
  BOOST_TEST(CivilDate::parse("2026-04-31").error().params.at("text") == "2026-04-31");
  BOOST_TEST(CivilDate::parse("2024-02-29").ok());
  BOOST_TEST(!CivilDate::make(2100, 2, 29).has_value());
  BOOST_TEST(CivilDate::make(2000, 2, 29).has_value());
}

BOOST_AUTO_TEST_CASE(adds_days_across_month_year_and_leap_day) {
  BOOST_TEST(d("2026-01-31").addDays(1) == d("2026-02-01"));
  BOOST_TEST(d("2025-12-31").addDays(1) == d("2026-01-01"));
  BOOST_TEST(d("2024-02-28").addDays(1) == d("2024-02-29"));
  BOOST_TEST(d("2026-03-01").addDays(-1) == d("2026-02-28"));
  BOOST_TEST(d("2026-05-01").addDays(30) == d("2026-05-31"));
}

BOOST_AUTO_TEST_CASE(counts_days_between_and_compares) {
  BOOST_TEST(daysBetween(d("2026-05-01"), d("2026-05-31")) == 30);
  BOOST_TEST(daysBetween(d("2026-05-31"), d("2026-05-01")) == -30);
  BOOST_TEST(daysBetween(d("2024-01-01"), d("2025-01-01")) == 366);
  BOOST_TEST((d("2026-01-31") < d("2026-02-01")));
  BOOST_TEST((d("2026-02-01") >= d("2026-02-01")));
  BOOST_TEST((DateRange{d("2026-01-01"), d("2026-01-31")}.lengthDays() == 31));
  BOOST_TEST((DateRange{d("2026-01-01"), d("2026-01-31")}.contains(d("2026-01-31"))));
  BOOST_TEST(!(DateRange{d("2026-01-01"), d("2026-01-31")}.contains(d("2026-02-01"))));
}

BOOST_AUTO_TEST_CASE(computes_ages_with_leap_day_birthdays) {
  BOOST_TEST(d("2008-02-29").yearsUntil(d("2026-02-28")) == 17);
  BOOST_TEST(d("2008-02-29").yearsUntil(d("2026-03-01")) == 18);
  BOOST_TEST(d("1990-06-15").yearsUntil(d("2026-06-15")) == 36);
  BOOST_TEST(d("1990-06-15").yearsUntil(d("2026-06-14")) == 35);
}

BOOST_AUTO_TEST_CASE(generates_distinct_version_4_uuids) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    const std::string id = generateUuidV4();
    BOOST_TEST_REQUIRE(isUuidV4(id), id);
    seen.insert(id);
  }
  BOOST_TEST(seen.size() == 1000u);
}

BOOST_AUTO_TEST_CASE(recognises_only_canonical_v4_uuids) {
  BOOST_TEST(isUuidV4("0b6e1c2a-4f3d-4a1b-9c8d-7e6f5a4b3c2d"));
  BOOST_TEST(!isUuidV4("0b6e1c2a-4f3d-1a1b-9c8d-7e6f5a4b3c2d"));  // version 1
  BOOST_TEST(!isUuidV4("0b6e1c2a-4f3d-4a1b-7c8d-7e6f5a4b3c2d"));  // wrong variant
  BOOST_TEST(!isUuidV4("0B6E1C2A-4F3D-4A1B-9C8D-7E6F5A4B3C2D"));  // upper case
  BOOST_TEST(!isUuidV4("0b6e1c2a4f3d4a1b9c8d7e6f5a4b3c2d"));
}

BOOST_AUTO_TEST_SUITE_END()
