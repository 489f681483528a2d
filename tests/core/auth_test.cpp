#include <boost/test/unit_test.hpp>

#include "mws/core/auth/auth_service.hpp"
#include "mws/core/auth/user.hpp"

using namespace mws::core;

BOOST_AUTO_TEST_SUITE(auth)

BOOST_AUTO_TEST_CASE(roles_round_trip_through_their_names) {
  for (Role role : {Role::Officer, Role::Supervisor, Role::UnitAdmin, Role::It}) {
    auto parsed = parseRole(toString(role));
    BOOST_REQUIRE(parsed.has_value());
    BOOST_TEST(static_cast<int>(*parsed) == static_cast<int>(role));
  }
  BOOST_TEST(!parseRole("admin").has_value());
}

BOOST_AUTO_TEST_CASE(login_names_are_checked) {
  BOOST_TEST(validateLogin("a.karimov").ok());
  BOOST_TEST(validateLogin("ab").error().code == "user.login_length");
  BOOST_TEST(validateLogin(std::string(33, 'a')).error().code == "user.login_length");
  BOOST_TEST(validateLogin("A.Karimov").error().code == "user.login_characters");
  BOOST_TEST(validateLogin("karimov bek").error().code == "user.login_characters");
}

BOOST_AUTO_TEST_SUITE_END()
