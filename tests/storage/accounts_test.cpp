#include <boost/test/unit_test.hpp>
#include <soci/soci.h>

#include <sstream>

#include "mws/cli/cli.hpp"
#include "mws/storage/audit_chain.hpp"

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

  // A clock the test moves by hand.
  std::chrono::system_clock::time_point now = std::chrono::system_clock::now();
  void useTestClock() {
    auth.setClock([this] { return now; });
  }

  std::string signInCode(const std::string& password) {
    auto result = auth.signIn("n.karimova", password);
    return result ? std::string("ok") : result.error().code;
  }

  int auditCount(const std::string& details) {
    int count = 0;
    database().session() << "SELECT count(*) FROM audit_log WHERE action = 'auth.sign_in'"
                            " AND details = :d",
        soci::use(details), soci::into(count);
    return count;
  }

  int cli(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.end(), {"--dsn", dsn});
    std::istringstream in(input);
    std::ostringstream out, err;
    return cli::run(args, in, out, err);
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

BOOST_AUTO_TEST_CASE(five_failures_lock_the_account_even_against_the_right_password) {
  BOOST_REQUIRE(auth.addUser(officer()).ok());
  useTestClock();
  for (int i = 0; i < 4; ++i) BOOST_TEST(signInCode("wrong-password") == "auth.bad_credentials");
  auto fifth = auth.signIn("n.karimova", "wrong-password");
  BOOST_TEST(fifth.error().code == "auth.locked");
  BOOST_TEST(fifth.error().params.at("minutes") == "15");
  BOOST_TEST(signInCode("long-enough-pw") == "auth.locked");

  BOOST_REQUIRE(auth.unlock("n.karimova").ok());
  BOOST_TEST(signInCode("long-enough-pw") == "ok");
  BOOST_TEST(auth.unlock("nobody").error().code == "user.unknown");
}

BOOST_AUTO_TEST_CASE(the_lock_ends_when_the_window_passes) {
  BOOST_REQUIRE(auth.addUser(officer()).ok());
  useTestClock();
  for (int i = 0; i < 5; ++i) signInCode("wrong-password");
  now += std::chrono::minutes(14);
  BOOST_TEST(signInCode("long-enough-pw") == "auth.locked");
  now += std::chrono::minutes(2);
  BOOST_TEST(signInCode("long-enough-pw") == "ok");
}

BOOST_AUTO_TEST_CASE(failures_spread_beyond_the_window_do_not_lock_and_a_success_resets) {
  BOOST_REQUIRE(auth.addUser(officer()).ok());
  useTestClock();
  for (int i = 0; i < 4; ++i) signInCode("wrong-password");
  now += std::chrono::minutes(16);
  for (int i = 0; i < 4; ++i) BOOST_TEST(signInCode("wrong-password") == "auth.bad_credentials");
  BOOST_TEST(signInCode("long-enough-pw") == "ok");
  for (int i = 0; i < 4; ++i) BOOST_TEST(signInCode("wrong-password") == "auth.bad_credentials");
  BOOST_TEST(signInCode("long-enough-pw") == "ok");
}

BOOST_AUTO_TEST_CASE(a_stricter_policy_from_configuration_is_applied) {
  core::AuthService strict{users, hasher, core::LockoutPolicy{2, std::chrono::seconds(60)}};
  BOOST_REQUIRE(strict.addUser(officer()).ok());
  BOOST_TEST(strict.signIn("n.karimova", "x-wrong-pw").error().code == "auth.bad_credentials");
  BOOST_TEST(strict.signIn("n.karimova", "x-wrong-pw").error().code == "auth.locked");
}

BOOST_AUTO_TEST_CASE(an_initial_password_must_be_changed_at_first_sign_in) {
  auto request = officer();
  request.mustChangePassword = true;
  BOOST_REQUIRE(auth.addUser(request).ok());
  BOOST_TEST(signInCode("long-enough-pw") == "auth.password_change_required");
  BOOST_TEST(signInCode("wrong-password") == "auth.bad_credentials");

  BOOST_TEST(auth.changePassword("n.karimova", "long-enough-pw", "short").error().code ==
             "user.password_too_short");
  BOOST_TEST(auth.changePassword("n.karimova", "wrong-password", "my-own-secret").error().code ==
             "auth.bad_credentials");
  BOOST_REQUIRE(auth.changePassword("n.karimova", "long-enough-pw", "my-own-secret").ok());
  BOOST_TEST(signInCode("long-enough-pw") == "auth.bad_credentials");
  BOOST_TEST(signInCode("my-own-secret") == "ok");

  BOOST_REQUIRE(auth.resetPassword("n.karimova", "handed-out-pw", true).ok());
  BOOST_TEST(signInCode("handed-out-pw") == "auth.password_change_required");
}

BOOST_AUTO_TEST_CASE(every_sign_in_good_or_bad_is_in_the_audit_chain) {
  BOOST_REQUIRE(auth.addUser(officer()).ok());
  signInCode("long-enough-pw");
  signInCode("wrong-password");
  auth.signIn("nobody", "whatever-pw");
  BOOST_TEST(auditCount("outcome=ok") == 1);
  BOOST_TEST(auditCount("outcome=auth.bad_credentials") == 2);
  std::string unknownActor;
  database().session() << "SELECT actor_login FROM audit_log WHERE actor_id IS NULL"
                          " AND action = 'auth.sign_in'",
      soci::into(unknownActor);
  BOOST_TEST(unknownActor == "nobody");
  auto verified = storage::AuditChain::verify(database());
  BOOST_REQUIRE(verified.ok());
  BOOST_TEST(verified->entries == 4);  // the account's creation and three sign-ins
  BOOST_TEST(!verified->firstBroken.has_value());
}

BOOST_AUTO_TEST_CASE(the_cli_hands_out_initial_passwords_and_unlocks) {
  BOOST_REQUIRE(cli({"user", "add", "--login", "n.karimova", "--name", "Nodira Karimova", "--unit",
                     "TSH-01", "--initial-password", "--password-stdin"},
                    "long-enough-pw\n") == 0);
  BOOST_TEST(signInCode("long-enough-pw") == "auth.password_change_required");
  BOOST_REQUIRE(cli({"user", "passwd", "n.karimova", "--password-stdin"}, "a-new-password\n") == 0);
  BOOST_TEST(signInCode("a-new-password") == "ok");

  for (int i = 0; i < 5; ++i) signInCode("wrong-password");
  BOOST_TEST(signInCode("a-new-password") == "auth.locked");
  BOOST_REQUIRE(cli({"user", "unlock", "n.karimova"}) == 0);
  BOOST_TEST(signInCode("a-new-password") == "ok");
  BOOST_TEST(cli({"user", "unlock", "nobody"}) != 0);
}

BOOST_AUTO_TEST_SUITE_END()
