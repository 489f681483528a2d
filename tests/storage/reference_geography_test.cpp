#include <soci/soci.h>

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "mws/test/pg_cluster.hpp"

// The reference geography that migration 0002 seeds: countries with the ICAO 9303 MRZ codes,
// Uzbekistan's 14 first-level units and their districts and cities.

namespace {
int count(soci::session& sql, const std::string& query) {
  int n = -1;
  sql << query, soci::into(n);
  return n;
}
}  // namespace

BOOST_FIXTURE_TEST_SUITE(reference_geography, mws::test::DbFixture)

BOOST_AUTO_TEST_CASE(every_iso_country_and_the_icao_specials_are_there) {
  auto& sql = database().session();
  BOOST_TEST(count(sql, "SELECT count(*) FROM countries WHERE NOT icao_special") >= 249);
  BOOST_TEST(count(sql,
                   "SELECT count(*) FROM countries WHERE NOT icao_special "
                   "AND alpha3 ~ '^[A-Z]{3}$' AND alpha2 ~ '^[A-Z]{2}$' "
                   "AND numeric_code ~ '^[0-9]{3}$'") ==
             count(sql, "SELECT count(*) FROM countries WHERE NOT icao_special"));

  for (const char* code :
       {"UZB", "RUS", "KAZ", "TJK", "KGZ", "TKM", "AFG", "CHN", "TUR", "DEU", "D",
        "XXA", "XXB", "XXC", "XXX", "UNO", "UNA", "UNK", "GBD", "EUE", "RKS"}) {
    BOOST_TEST_CONTEXT("code " << code) {
      BOOST_TEST(count(sql, std::string("SELECT count(*) FROM countries WHERE alpha3 = '") + code +
                                "'") == 1);
    }
  }

  for (const char* special : {"D", "XXA", "XXB", "XXC", "XXX", "UNO", "GBN", "XOM"}) {
    BOOST_TEST_CONTEXT("special " << special) {
      const std::string code(special);
      int icao = -1;
      sql << "SELECT icao_special::int FROM countries WHERE alpha3 = :c", soci::use(code),
          soci::into(icao);
      BOOST_TEST(icao == 1);
    }
  }
  BOOST_TEST(count(sql, "SELECT count(*) FROM countries WHERE icao_special") >= 26);
  // The specials are codes ISO does not have, so they carry no ISO alpha-2 or numeric code.
  BOOST_TEST(count(sql,
                   "SELECT count(*) FROM countries WHERE icao_special "
                   "AND (alpha2 IS NOT NULL OR numeric_code IS NOT NULL)") == 0);

  std::string uzb, xxa;
  sql << "SELECT name_en FROM countries WHERE alpha3 = 'UZB'", soci::into(uzb);
  sql << "SELECT name_en FROM countries WHERE alpha3 = 'XXA'", soci::into(xxa);
  BOOST_TEST(uzb == "Uzbekistan");
  BOOST_TEST(xxa == "Stateless person");
}

BOOST_AUTO_TEST_CASE(uzbekistan_has_fourteen_first_level_units_with_iso_codes) {
  auto& sql = database().session();
  BOOST_TEST(count(sql, "SELECT count(*) FROM regions") == 14);
  BOOST_TEST(count(sql, "SELECT count(*) FROM regions WHERE iso_code = 'UZ-' || code") == 14);

  std::vector<std::string> codes(20);
  sql << "SELECT code FROM regions ORDER BY code", soci::into(codes);
  const std::vector<std::string> expected{"AN", "BU", "FA", "JI", "NG", "NW", "QA",
                                          "QR", "SA", "SI", "SU", "TK", "TO", "XO"};
  BOOST_TEST(codes == expected, boost::test_tools::per_element());

  std::string latin, cyrillic;
  sql << "SELECT name_latin, name_cyrillic FROM regions WHERE code = 'QR'", soci::into(latin),
      soci::into(cyrillic);
  BOOST_TEST(latin == "Qoraqalpog\u02BBiston Respublikasi");
  BOOST_TEST(cyrillic == "Қорақалпоғистон Республикаси");
}

BOOST_AUTO_TEST_CASE(every_region_has_its_districts) {
  auto& sql = database().session();
  BOOST_TEST(count(sql,
                   "SELECT count(*) FROM regions r WHERE NOT EXISTS "
                   "(SELECT 1 FROM districts d WHERE d.region_code = r.code)") == 0);
  BOOST_TEST(count(sql, "SELECT count(*) FROM districts") >= 190);
  BOOST_TEST(count(sql, "SELECT count(*) FROM districts WHERE region_code = 'TK'") == 12);
  BOOST_TEST(count(sql,
                   "SELECT count(*) FROM districts WHERE region_code = 'TK' "
                   "AND name_latin IN ('Yangihayot tumani', 'Chilonzor tumani', "
                   "'Mirzo Ulug\u02BBbek tumani', 'Bektemir tumani')") == 4);
  BOOST_TEST(count(sql, "SELECT count(*) FROM districts WHERE region_code = 'TO'") >= 20);

  std::string latin, cyrillic, region, kind;
  sql << "SELECT name_latin, name_cyrillic, region_code, kind FROM districts WHERE code = 'TK-CHI'",
      soci::into(latin), soci::into(cyrillic), soci::into(region), soci::into(kind);
  BOOST_TEST(latin == "Chilonzor tumani");
  BOOST_TEST(cyrillic == "Чилонзор тумани");
  BOOST_TEST(region == "TK");
  BOOST_TEST(kind == "district");
}

BOOST_AUTO_TEST_CASE(district_names_and_codes_are_unique_and_well_formed) {
  auto& sql = database().session();
  BOOST_TEST(count(sql,
                   "SELECT count(*) FROM (SELECT region_code, name_latin FROM districts "
                   "GROUP BY 1, 2 HAVING count(*) > 1) dup") == 0);
  BOOST_TEST(count(sql,
                   "SELECT count(*) FROM (SELECT region_code, name_cyrillic FROM districts "
                   "GROUP BY 1, 2 HAVING count(*) > 1) dup") == 0);
  BOOST_TEST(count(sql, "SELECT count(*) FROM districts WHERE code NOT LIKE region_code || '-%'") ==
             0);
  // A city is named "... shahri", a district "... tumani", in both scripts.
  BOOST_TEST(count(sql,
                   "SELECT count(*) FROM districts WHERE "
                   "(kind = 'city') <> (name_latin LIKE '% shahri' "
                   "AND name_cyrillic LIKE '% шаҳри') "
                   "OR (kind = 'district') <> (name_latin LIKE '% tumani' "
                   "AND name_cyrillic LIKE '% тумани')") == 0);
  // oʻ and gʻ are written with U+02BB, never with an ASCII apostrophe, a backtick or U+2018.
  BOOST_TEST(count(sql, "SELECT count(*) FROM districts WHERE name_latin ~ '[''`\u2018\u2019]'") ==
             0);
  // Cyrillic names are Cyrillic.
  BOOST_TEST(count(sql, "SELECT count(*) FROM districts WHERE name_cyrillic ~ '[A-Za-z]'") == 0);
}

BOOST_AUTO_TEST_SUITE_END()
