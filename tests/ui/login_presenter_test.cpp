#include <boost/test/unit_test.hpp>

#include "mws/presenter/login_presenter.hpp"
#include "mws/security/sodium_password_hasher.hpp"
#include "mws/storage/pg_user_repository.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;

namespace {

// A view that records what the presenter told it.
struct RecordingView : presenter::LoginView {
  std::vector<std::string> events;
  void showSignedIn(const core::User& user) override { events.push_back("in:" + user.login); }
  void showSignedOut() override { events.push_back("out"); }
  void showError(const core::Error& error) override { events.push_back("error:" + error.code); }
  void showFingerStep(const std::string& finger, const std::string&, const core::Error&) override {
    events.push_back("finger:" + finger);
  }
};

struct PresenterFixture : test::DbFixture {
  storage::PgUnitRepository units{database()};
  storage::PgUserRepository users{database()};
  security::SodiumPasswordHasher hasher;
  core::AuthService auth{users, hasher};
  RecordingView view;
  presenter::LoginPresenter presenter{auth, view};

  PresenterFixture() {
    BOOST_REQUIRE(units.add({"BUX-01", "Bukhara city"}).ok());
    BOOST_REQUIRE(auth.addUser({"s.rahimov", "Sardor Rahimov", core::Role::Supervisor, "BUX-01",
                                "supervisor-pass"})
                      .ok());
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(login_presenter, PresenterFixture)

BOOST_AUTO_TEST_CASE(login_is_trimmed_and_case_insensitive) {
  presenter.signIn("  S.Rahimov ", "supervisor-pass");
  BOOST_REQUIRE(view.events.size() == 1u);
  BOOST_TEST(view.events.back() == "in:s.rahimov");
  BOOST_REQUIRE(presenter.currentUser().has_value());
  BOOST_TEST(static_cast<int>(presenter.currentUser()->role) == static_cast<int>(core::Role::Supervisor));
}

BOOST_AUTO_TEST_CASE(missing_fields_are_named_before_the_database_is_asked) {
  presenter.signIn("", "x");
  presenter.signIn("s.rahimov", "");
  BOOST_TEST(view.events == (std::vector<std::string>{"error:auth.login_missing",
                                                      "error:auth.password_missing"}));
  BOOST_TEST(!presenter.currentUser().has_value());
}

BOOST_AUTO_TEST_CASE(sign_out_forgets_the_user) {
  presenter.signIn("s.rahimov", "supervisor-pass");
  presenter.signOut();
  BOOST_TEST(view.events.back() == "out");
  BOOST_TEST(!presenter.currentUser().has_value());
}

BOOST_AUTO_TEST_SUITE_END()
