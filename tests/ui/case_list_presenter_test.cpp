// The case list's search on the real repositories, without wx: a name in either script, a
// document number, a personal number, filters, cancelling.
#include <boost/test/unit_test.hpp>

#include "case_pages_fixture.hpp"
#include "mws/presenter/case_list_presenter.hpp"

using namespace mws;
using presenter::CaseSearch;
using presenter::SearchKind;

namespace {

struct SearchFixture : test::CasePagesFixture {
  core::Person other;
  std::string submittedId, draftId, otherId;

  SearchFixture() {
    core::Person second = makeForeigner();
    second.latin = {"YUSUPOVA", "MALIKA", ""};
    second.cyrillic = {"Юсупова", "Малика", ""};
    second.sex = core::Sex::Female;
    second.documents.front().number = "N87654321";
    second.visas.front().number = "EV0099999";
    other = addPerson(second);
    submittedId = stayCase(officer).id;
    draftId = stayCase(officer, false).id;
    auto opened = service.open({"", other.id, core::Channel::Counter, stayRegistration(other, "EV0099999")}, officer);
    BOOST_REQUIRE(opened.ok());
    otherId = opened->id;
  }

  std::vector<std::string> idsFound(const std::string& text, presenter::CaseFilter filter = {}) {
    CaseSearch search(services, "TSH-01", text, filter);
    presenter::runToEnd(search);
    BOOST_REQUIRE(!search.error().has_value());
    std::vector<std::string> ids;
    for (const auto& row : search.rows()) ids.push_back(row.summary.id);
    std::sort(ids.begin(), ids.end());
    return ids;
  }

  std::vector<std::string> sorted(std::vector<std::string> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(case_search_kinds)

BOOST_AUTO_TEST_CASE(the_field_tells_names_from_numbers) {
  BOOST_TEST((presenter::classifySearch("   ") == SearchKind::Recent));
  BOOST_TEST((presenter::classifySearch("31503900000017") == SearchKind::PersonalNumber));
  BOOST_TEST((presenter::classifySearch("AA 1234567") == SearchKind::Document));
  BOOST_TEST((presenter::classifySearch("n12345678") == SearchKind::Document));
  BOOST_TEST((presenter::classifySearch("Каримов") == SearchKind::Name));
  BOOST_TEST((presenter::classifySearch("Oʻgʻiloy Yoqubova") == SearchKind::Name));
  BOOST_TEST((presenter::classifySearch("315039") == SearchKind::Document));
  BOOST_TEST(presenter::documentKey(" aa-123 4567 ") == "AA1234567");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(case_list_presenter, SearchFixture)

BOOST_AUTO_TEST_CASE(a_name_in_either_script_finds_the_persons_cases) {
  const auto expected = sorted({submittedId, draftId});
  BOOST_TEST(idsFound("Каримов") == expected);
  BOOST_TEST(idsFound("karimov alisher") == expected);
  BOOST_TEST(idsFound("Юсупова") == std::vector<std::string>{otherId});
}

BOOST_AUTO_TEST_CASE(rows_carry_the_person_in_both_scripts) {
  CaseSearch search(services, "TSH-01", "KARIMOV", {});
  presenter::runToEnd(search);
  BOOST_REQUIRE(search.rows().size() == 2u);
  BOOST_TEST(search.rows().front().personLatin == "KARIMOV ALISHER");
  BOOST_TEST(search.rows().front().personCyrillic == "Каримов Алишер");
  BOOST_TEST(search.personsFound() == 1u);
}

BOOST_AUTO_TEST_CASE(a_document_number_finds_the_case_however_it_is_typed) {
  BOOST_TEST(idsFound("n 12345678") == sorted({submittedId, draftId}));
  BOOST_TEST(idsFound("N87654321") == std::vector<std::string>{otherId});
}

BOOST_AUTO_TEST_CASE(a_personal_number_finds_the_case) {
  core::Person withNumber = foreigner;
  withNumber.personalNumber = "31503900000017";
  BOOST_REQUIRE(persons.update(withNumber, {officer, "person.update", clock.now()}).ok());
  BOOST_TEST(idsFound("31503900000017") == sorted({submittedId, draftId}));
  BOOST_TEST(idsFound("41503900000017").empty());
}

BOOST_AUTO_TEST_CASE(an_empty_search_lists_the_units_latest_cases) {
  BOOST_TEST(idsFound("") == sorted({submittedId, draftId, otherId}));
}

BOOST_AUTO_TEST_CASE(filters_narrow_by_state_and_service) {
  presenter::CaseFilter submitted;
  submitted.state = core::CaseState::Submitted;
  BOOST_TEST(idsFound("", submitted) == std::vector<std::string>{submittedId});
  BOOST_TEST(idsFound("Karimov", submitted) == std::vector<std::string>{submittedId});
  presenter::CaseFilter cards;
  cards.service = core::ServiceCode::IdCard;
  BOOST_TEST(idsFound("", cards).empty());
}

BOOST_AUTO_TEST_CASE(an_unknown_name_finds_nobody) {
  CaseSearch search(services, "TSH-01", "Zzyzxqwv", {});
  presenter::runToEnd(search);
  BOOST_TEST(search.personsFound() == 0u);
  BOOST_TEST(search.rows().empty());
  BOOST_TEST(search.progress() == 1.0);
}

BOOST_AUTO_TEST_CASE(a_cancelled_search_stops_at_once) {
  CaseSearch search(services, "TSH-01", "", {});
  BOOST_TEST(search.step());  // the persons step of an empty search finds nobody to look up
  search.cancel();
  BOOST_TEST(!search.step());
  BOOST_TEST(search.cancelled());
  BOOST_TEST(search.finished());
  BOOST_TEST(search.rows().empty());
}

BOOST_AUTO_TEST_CASE(another_units_cases_are_not_listed) {
  CaseSearch search(services, "SAM-01", "Karimov", {});
  presenter::runToEnd(search);
  BOOST_TEST(search.personsFound() == 1u);
  BOOST_TEST(search.rows().empty());
}

BOOST_AUTO_TEST_SUITE_END()
