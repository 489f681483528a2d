#include <boost/test/unit_test.hpp>
#include <soci/soci.h>

#include "mws/core/auth/auth_service.hpp"
#include "mws/security/sodium_password_hasher.hpp"
#include "mws/storage/pg_user_repository.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;

namespace {
struct AccountsFixture : test::DbFixture {
  storage::PgUnitRepository units{database()};
  storage::PgUserRepository users{database()};
  security::SodiumPasswordHasher hasher;
  core::AuthService auth{users, hasher};

  AccountsFixture() { BOOST_REQUIRE(units.add({"TSH-01", "Tashkent, Chilonzor"}).ok()); }

  core::NewUser officer() {
    return {"n.karimova", "Nodira Karimova", core::Role::Officer, "TSH-01", "long-enough-pw"};
  }
};
}  // namespace

BOOST_FIXTURE_TEST_SUITE(accounts, AccountsFixture)

BOOST_AUTO_TEST_CASE(an_added_officer_signs_in_with_the_right_password_only) {
  auto added = auth.addUser(officer());
  BOOST_REQUIRE(added.ok());
  BOOST_TEST(added->id > 0);

  auto good = auth.signIn("n.karimova", "long-enough-pw");
  BOOST_REQUIRE(good.ok());
  BOOST_TEST(good->displayName == "Nodira Karimova");
  BOOST_TEST(good->unitCode == "TSH-01");

  BOOST_TEST(auth.signIn("n.karimova", "wrong-password").error().code == "auth.bad_credentials");
  BOOST_TEST(auth.signIn("nobody", "long-enough-pw").error().code == "auth.bad_credentials");
}

BOOST_AUTO_TEST_CASE(the_password_is_stored_as_argon2id_only) {
  BOOST_REQUIRE(auth.addUser(officer()).ok());
  std::string hash;
  database().session() << "SELECT password_hash FROM users WHERE login = 'n.karimova'",
      soci::into(hash);
  BOOST_TEST(hash.rfind("$argon2id$", 0) == 0);
  BOOST_TEST(hash.find("long-enough-pw") == std::string::npos);
  BOOST_TEST(hash.find("m=19456,t=2,p=1") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(duplicates_unknown_units_and_weak_passwords_are_refused) {
  BOOST_REQUIRE(auth.addUser(officer()).ok());
  BOOST_TEST(auth.addUser(officer()).error().code == "user.exists");

  auto elsewhere = officer();
  elsewhere.login = "other";
  elsewhere.unitCode = "NOPE-99";
  BOOST_TEST(auth.addUser(elsewhere).error().code == "unit.unknown");

  auto weak = officer();
  weak.login = "weak";
  weak.password = "short";
  BOOST_TEST(auth.addUser(weak).error().code == "user.password_too_short");
}

BOOST_AUTO_TEST_CASE(a_disabled_account_cannot_sign_in) {
  BOOST_REQUIRE(auth.addUser(officer()).ok());
  database().session() << "UPDATE users SET active = false WHERE login = 'n.karimova'";
  BOOST_TEST(auth.signIn("n.karimova", "long-enough-pw").error().code == "auth.account_disabled");
}

BOOST_AUTO_TEST_CASE(the_database_itself_refuses_a_plain_text_password) {
  BOOST_CHECK_THROW(database().session()
                        << "INSERT INTO users(login, display_name, role, unit_code, password_hash)"
                           " VALUES ('plain', 'P', 'officer', 'TSH-01', 'secret')",
                    soci::soci_error);
}

BOOST_AUTO_TEST_SUITE_END()
