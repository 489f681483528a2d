// A refusal of the rights check reaches the officer as words (issue 9): the new-case flow of
// an account whose role may not search persons, and a case of another unit, each in English
// and Russian; never "Something went wrong (auth.forbidden)".
#include <boost/test/unit_test.hpp>

#include "flow_fixture.hpp"
#include "mws/core/auth/rights.hpp"
#include "mws/presenter/new_case_flow.hpp"
#include "mws/test/wx_fixture.hpp"
#include "mws/ui/language.hpp"
#include "mws/ui/login_frame.hpp"

using namespace mws;

namespace {

std::string utf8(const wxString& text) { return text.ToStdString(wxConvUTF8); }

struct WordsFixture : test::FlowFixture, test::WxFixture {
  ~WordsFixture() { ui::setLanguage(ui::Language::En); }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(forbidden_words, WordsFixture)

BOOST_AUTO_TEST_CASE(a_role_without_the_right_is_told_so_in_its_language) {
  const core::User admin = addUser("a.admin", "Aziz Admin", core::Role::UnitAdmin);
  presenter::NewCaseFlow flow(services, admin);
  BOOST_REQUIRE(flow.chooseService(core::ServiceCode::StayRegistration).ok());
  const auto refused = flow.acceptMrzText(foreignerMrz()[0] + "\n" + foreignerMrz()[1] + "\n");
  BOOST_REQUIRE(!refused.ok());
  BOOST_REQUIRE(ui::setLanguage(ui::Language::En));
  BOOST_TEST(utf8(ui::describeError(refused.error())) ==
             "Your role may not do this (person.search). Ask your unit administrator.");
  BOOST_REQUIRE(ui::setLanguage(ui::Language::Ru));
  BOOST_TEST(utf8(ui::describeError(refused.error())) ==
             "Вашей роли это не разрешено (person.search). Обратитесь к администратору подразделения.");
}

BOOST_AUTO_TEST_CASE(an_account_of_another_unit_is_told_whose_it_is) {
  core::User stranger = supervisor;
  stranger.unitCode = "SAM-01";  // a supervisor of another unit
  const auto refused = core::authorize(stranger, core::Right::CaseView, "TSH-01");
  BOOST_REQUIRE(!refused.ok());
  BOOST_REQUIRE(ui::setLanguage(ui::Language::En));
  BOOST_TEST(utf8(ui::describeError(refused.error())) ==
             "This belongs to unit TSH-01; your account is of unit SAM-01.");
  BOOST_REQUIRE(ui::setLanguage(ui::Language::UzLatn));
  BOOST_TEST(utf8(ui::describeError(refused.error())).find("SAM-01") != std::string::npos);
  BOOST_TEST(utf8(ui::describeError(refused.error())).find("Something") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
