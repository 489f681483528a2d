#include <boost/test/unit_test.hpp>

#include "mws/core/domain/transliteration.hpp"

using namespace mws::core;

BOOST_AUTO_TEST_SUITE(domain_transliteration)

BOOST_AUTO_TEST_CASE(uzbek_latin_to_cyrillic_plain_letters) {
  BOOST_TEST(uzbekLatinToCyrillic("Karimov") == "Каримов");
  BOOST_TEST(uzbekLatinToCyrillic("Shoxrux Qodirov") == "Шохрух Қодиров");
  BOOST_TEST(uzbekLatinToCyrillic("Chori Hamidov") == "Чори Ҳамидов");
  BOOST_TEST(uzbekLatinToCyrillic("Yoqubov Yusuf Yahyo") == "Ёқубов Юсуф Яҳё");
  BOOST_TEST(uzbekLatinToCyrillic("Jamshid") == "Жамшид");
  BOOST_TEST(uzbekLatinToCyrillic("Sevara") == "Севара");
  BOOST_TEST(uzbekLatinToCyrillic("Yergʻash") == "Ерғаш");
  BOOST_TEST(uzbekLatinToCyrillic("Elmurod") == "Элмурод");
  BOOST_TEST(uzbekLatinToCyrillic("Mingboy") == "Мингбой");
  BOOST_TEST(uzbekLatinToCyrillic("Tsoy") == "Цой");
}

BOOST_AUTO_TEST_CASE(uzbek_latin_oʻ_and_gʻ_in_every_apostrophe_variant) {
  for (const char* name : {"Oʻgʻiloy", "O'g'iloy", "O’g’iloy", "O‘g‘iloy", "O`g`iloy", "Oʼgʼiloy"}) {
    BOOST_TEST(uzbekLatinToCyrillic(name) == "Ўғилой", name);
  }
  BOOST_TEST(uzbekLatinToCyrillic("OʻGʻILOY") == "ЎҒИЛОЙ");
  BOOST_TEST(uzbekLatinToCyrillic("Toʻlqin Gʻulomov") == "Тўлқин Ғуломов");
}

BOOST_AUTO_TEST_CASE(uzbek_latin_tutuq_belgisi) {
  BOOST_TEST(uzbekLatinToCyrillic("Ma'mura") == "Маъмура");
  BOOST_TEST(uzbekLatinToCyrillic("Is'hoq") == "Исҳоқ");
  BOOST_TEST(uzbekLatinToCyrillic("Ra'no") == "Раъно");
}

BOOST_AUTO_TEST_CASE(uzbek_cyrillic_to_latin) {
  BOOST_TEST(uzbekCyrillicToLatin("Каримов") == "Karimov");
  BOOST_TEST(uzbekCyrillicToLatin("Ўғилой") == "O\u02BBg\u02BBiloy");
  BOOST_TEST(uzbekCyrillicToLatin("Тўлқин Ғуломов") == "To\u02BBlqin G\u02BBulomov");
  BOOST_TEST(uzbekCyrillicToLatin("Шоҳрух Чориев") == "Shohrux Choriyev");
  BOOST_TEST(uzbekCyrillicToLatin("ШАРОФ") == "SHAROF");
  BOOST_TEST(uzbekCyrillicToLatin("Ерғаш") == "Yergʻash");
  BOOST_TEST(uzbekCyrillicToLatin("Ёқубов Юсуф Яҳё") == "Yoqubov Yusuf Yahyo");
  BOOST_TEST(uzbekCyrillicToLatin("Маъмура") == "Ma\u02BCmura");
  BOOST_TEST(uzbekCyrillicToLatin("Элмурод") == "Elmurod");
}

BOOST_AUTO_TEST_CASE(uzbek_round_trips) {
  for (const char* name : {"Каримов Азиз", "Ўғилой Тўлқинова", "Шоҳрух Ёқубов", "Ерғаш Жўраев"}) {
    BOOST_TEST(uzbekLatinToCyrillic(uzbekCyrillicToLatin(name)) == name, name);
  }
}

BOOST_AUTO_TEST_CASE(russian_names_to_icao_latin) {
  BOOST_TEST(russianToLatinIcao("Юрий") == "Iurii");
  BOOST_TEST(russianToLatinIcao("Щукин") == "Shchukin");
  BOOST_TEST(russianToLatinIcao("Хабибуллин") == "Khabibullin");
  BOOST_TEST(russianToLatinIcao("Жанна Царёва") == "Zhanna Tsareva");
  BOOST_TEST(russianToLatinIcao("Подъячев") == "Podieiachev");
  BOOST_TEST(russianToLatinIcao("Ольга Воробьёва") == "Olga Vorobeva");
  BOOST_TEST(russianToLatinIcao("Объедков") == "Obieedkov");
  BOOST_TEST(russianToLatinIcao("ЩЕРБАКОВ") == "SHCHERBAKOV");
  BOOST_TEST(russianToLatinIcao("Эдуард Рыжов") == "Eduard Ryzhov");
  BOOST_TEST(russianToLatinIcao("Яковлев") == "Iakovlev");
}

BOOST_AUTO_TEST_CASE(detects_scripts) {
  BOOST_TEST((detectScript("Karimov") == Script::Latin));
  BOOST_TEST((detectScript("Каримов") == Script::Cyrillic));
  BOOST_TEST((detectScript("Kаримов") == Script::Mixed));
  BOOST_TEST((detectScript("123 -") == Script::None));
}

BOOST_AUTO_TEST_CASE(normalised_names_agree_across_scripts_and_case) {
  for (const char* name : {"Karimov", "Каримов", "KARIMOV", "Karimov ", "  karimov", "КАРИМОВ"}) {
    BOOST_TEST(normaliseName(name) == "KARIMOV", name);
  }
  for (const char* name : {"Oʻgʻiloy", "O'g'iloy", "O’G’ILOY", "Ўғилой", "Og`iloy"}) {
    BOOST_TEST(normaliseName(name) == "OGILOY", name);
  }
  BOOST_TEST(normaliseName("Karimov   Aziz\tBaxtiyorovich") == "KARIMOV AZIZ BAXTIYOROVICH");
  BOOST_TEST(normaliseName("Каримов Азиз Бахтиёрович") == "KARIMOV AZIZ BAXTIYOROVICH");
  BOOST_TEST(normaliseName("Abdul-Aziz") == "ABDUL AZIZ");
  BOOST_TEST(normaliseName("Müller Çelik Şahin") == "MULLER CELIK SAHIN");
  BOOST_TEST(normaliseName("Łukasz Dvořák") == "LUKASZ DVORAK");
  BOOST_TEST(normaliseName(" - ") == "");
}

BOOST_AUTO_TEST_SUITE_END()
