// The fingerprint second factor (issues 7 and 9) on the real database: a right password of
// an account that requires its finger signs nobody in until the finger matches; a finger
// alone never does; a mismatch counts toward the lock and retyping the password does not
// reset the count; every attempt is in the audit chain; the template is sealed at rest and
// does not open on another account. The finger is the simulated scanner's (peripherals/
// fingerprint) through the same ScannerFingerVerifier the window and the CLI use.
#include <boost/test/unit_test.hpp>
#include <soci/soci.h>

#include "mws/core/auth/auth_service.hpp"
#include "mws/fingerprint/scanner_finger_verifier.hpp"
#include "mws/fingerprint/simulated_fingerprint_scanner.hpp"
#include "mws/security/sodium_password_hasher.hpp"
#include "mws/storage/blob_store.hpp"
#include "mws/storage/pg_user_repository.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;

namespace {

std::string code(const core::Status& s) { return s.ok() ? "ok" : s.error().code; }
std::string code(const core::Result<core::User>& r) { return r.ok() ? "ok" : r.error().code; }

struct FingerFixture : test::DbFixture {
  storage::PgUnitRepository units{database()};
  storage::PgUserRepository users{database()};
  security::SodiumPasswordHasher hasher;
  core::AuthService auth{users, hasher, core::LockoutPolicy{3, std::chrono::seconds(900), std::chrono::seconds(900)}};
  fingerprint::SimulatedFingerprintScanner scanner;
  fingerprint::ScannerFingerVerifier verifier{scanner};
  std::chrono::system_clock::time_point now = std::chrono::system_clock::now();

  FingerFixture() {
    storage::BlobKey key;
    key.bytes.fill(0x5a);
    storage::BlobStore::installKey(key);
    BOOST_REQUIRE(units.add({"TSH-01", "Tashkent, Chilonzor"}).ok());
    BOOST_REQUIRE(auth.addUser({"b.tursunov", "Bobur Tursunov", core::Role::Supervisor, "TSH-01",
                                "long-enough-pw"}).ok());
    auth.setClock([this] { return now; });
  }

  // Enrols the right index as the scanner reads it now, and requires it.
  core::EnrolledFinger enrolAndRequire(const std::string& login = "b.tursunov") {
    BOOST_REQUIRE(scanner.open().ok());
    auto enrolment = scanner.enroll(peripherals::FingerPosition::RightIndex, {});
    BOOST_REQUIRE(enrolment.ok());
    auto finger = fingerprint::toEnrolledFinger(enrolment->print);
    BOOST_REQUIRE(code(auth.enrolFinger(login, finger)) == "ok");
    BOOST_REQUIRE(code(auth.setFingerRequired(login, true)) == "ok");
    return finger;
  }

  int audited(const std::string& action, const std::string& details) {
    int count = 0;
    database().session() << "SELECT count(*) FROM audit_log WHERE action = :a AND details = :d",
        soci::use(action), soci::use(details), soci::into(count);
    return count;
  }
  int failures(const std::string& login = "b.tursunov") {
    int count = 0;
    database().session() << "SELECT failed_signins FROM users WHERE login = :l", soci::use(login),
        soci::into(count);
    return count;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(account_finger, FingerFixture)

BOOST_AUTO_TEST_CASE(the_right_password_asks_for_the_finger_and_the_finger_signs_in) {
  enrolAndRequire();
  BOOST_TEST(code(auth.signIn("b.tursunov", "long-enough-pw")) == "auth.finger_required");
  BOOST_TEST(audited("auth.sign_in", "outcome=auth.finger_required") == 1);
  BOOST_TEST(audited("auth.sign_in", "outcome=ok") == 0);  // nobody signed in yet

  auto user = auth.completeWithFinger("b.tursunov", verifier);
  BOOST_REQUIRE(user.ok());
  BOOST_TEST(user->displayName == "Bobur Tursunov");
  BOOST_TEST(audited("auth.sign_in", "outcome=ok") == 1);
  // The attempt is used up: the finger once more is not a sign-in.
  BOOST_TEST(code(auth.completeWithFinger("b.tursunov", verifier)) == "auth.finger_not_pending");
}

BOOST_AUTO_TEST_CASE(a_finger_alone_or_late_is_not_a_sign_in) {
  enrolAndRequire();
  BOOST_TEST(code(auth.completeWithFinger("b.tursunov", verifier)) == "auth.finger_not_pending");
  BOOST_TEST(code(auth.signIn("b.tursunov", "wrong-password!")) == "auth.bad_credentials");
  BOOST_TEST(code(auth.completeWithFinger("b.tursunov", verifier)) == "auth.finger_not_pending");
  BOOST_TEST(code(auth.signIn("b.tursunov", "long-enough-pw")) == "auth.finger_required");
  now += core::AuthService::kFingerWindow + std::chrono::seconds(1);
  BOOST_TEST(code(auth.completeWithFinger("b.tursunov", verifier)) == "auth.finger_not_pending");
  BOOST_TEST(audited("auth.sign_in", "outcome=ok") == 0);
}

BOOST_AUTO_TEST_CASE(a_wrong_finger_counts_toward_the_lock_and_the_password_does_not_reset_it) {
  enrolAndRequire();
  scanner.presentFinger(4242);  // somebody else's finger
  BOOST_TEST(code(auth.signIn("b.tursunov", "long-enough-pw")) == "auth.finger_required");
  BOOST_TEST(code(auth.completeWithFinger("b.tursunov", verifier)) == "auth.finger_mismatch");
  BOOST_TEST(failures() == 1);
  // Typing the password again keeps the count (only the finger's match clears it).
  BOOST_TEST(code(auth.signIn("b.tursunov", "long-enough-pw")) == "auth.finger_required");
  BOOST_TEST(failures() == 1);
  BOOST_TEST(code(auth.completeWithFinger("b.tursunov", verifier)) == "auth.finger_mismatch");
  BOOST_TEST(code(auth.completeWithFinger("b.tursunov", verifier)) == "auth.locked");
  BOOST_TEST(audited("auth.sign_in", "outcome=auth.finger_mismatch") == 2);
  BOOST_TEST(audited("auth.sign_in", "outcome=auth.locked") == 1);
  // Locked: the right password and the right finger are refused alike.
  scanner.presentFinger(std::nullopt);
  BOOST_TEST(code(auth.signIn("b.tursunov", "long-enough-pw")) == "auth.locked");
  BOOST_TEST(code(auth.completeWithFinger("b.tursunov", verifier)) == "auth.finger_not_pending");
}

BOOST_AUTO_TEST_CASE(a_match_clears_the_failures_and_a_scanner_error_is_recorded_not_counted) {
  enrolAndRequire();
  BOOST_TEST(code(auth.signIn("b.tursunov", "wrong-password!")) == "auth.bad_credentials");
  BOOST_TEST(code(auth.signIn("b.tursunov", "long-enough-pw")) == "auth.finger_required");
  scanner.setConnected(false);
  BOOST_TEST(code(auth.completeWithFinger("b.tursunov", verifier)) == "fingerprint.disconnected");
  BOOST_TEST(audited("auth.sign_in", "outcome=fingerprint.disconnected") == 1);
  BOOST_TEST(failures() == 1);
  scanner.setConnected(true);
  BOOST_TEST(code(auth.completeWithFinger("b.tursunov", verifier)) == "ok");
  BOOST_TEST(failures() == 0);
}

BOOST_AUTO_TEST_CASE(the_finger_is_sealed_at_rest_and_does_not_open_on_another_account) {
  const auto finger = enrolAndRequire();
  std::string sealed;
  database().session() << "SELECT encode(sealed, 'escape') FROM account_fingers", soci::into(sealed);
  BOOST_TEST(sealed.size() > finger.data.size());
  BOOST_TEST(sealed.find(finger.data) == std::string::npos);
  std::string details;
  database().session() << "SELECT details FROM audit_log WHERE action = 'auth.finger_enrol'",
      soci::into(details);
  BOOST_TEST(details == "finger=right-index driver=simulated by=operator");

  // A row copied onto another account (an attacker with database access) does not open.
  BOOST_REQUIRE(auth.addUser({"d.aliev", "Dilshod Aliev", core::Role::Officer, "TSH-01",
                              "long-enough-pw"}).ok());
  database().session() << "INSERT INTO account_fingers(user_id, finger, driver, sealed)"
                          " SELECT (SELECT id FROM users WHERE login = 'd.aliev'), finger, driver,"
                          " sealed FROM account_fingers";
  database().session() << "UPDATE users SET finger_required = true WHERE login = 'd.aliev'";
  BOOST_TEST(code(auth.signIn("d.aliev", "long-enough-pw")) == "auth.finger_required");
  BOOST_TEST(code(auth.completeWithFinger("d.aliev", verifier)) == "auth.finger_corrupt");
}

BOOST_AUTO_TEST_CASE(only_an_administrator_of_the_unit_enrols_or_requires_a_finger) {
  BOOST_TEST(code(auth.setFingerRequired("b.tursunov", true)) == "auth.finger_not_enrolled");
  auto officer = auth.addUser({"d.aliev", "Dilshod Aliev", core::Role::Officer, "TSH-01", "long-enough-pw"});
  BOOST_REQUIRE(officer.ok());
  const core::EnrolledFinger finger{"right-index", "simulated", "template-bytes"};
  BOOST_TEST(code(auth.enrolFinger("b.tursunov", finger, *officer)) == "auth.forbidden");
  BOOST_TEST(code(auth.setFingerRequired("b.tursunov", false, *officer)) == "auth.forbidden");
  auto admin = auth.addUser({"it.admin", "Unit Admin", core::Role::UnitAdmin, "TSH-01", "long-enough-pw"});
  BOOST_REQUIRE(admin.ok());
  BOOST_TEST(code(auth.enrolFinger("b.tursunov", {"sixth-finger", "simulated", "x"}, *admin)) == "auth.finger_name");
  BOOST_TEST(code(auth.enrolFinger("b.tursunov", {"right-index", "simulated", ""}, *admin)) == "auth.finger_template_empty");
  BOOST_TEST(code(auth.enrolFinger("nobody", finger, *admin)) == "user.unknown");
  BOOST_TEST(code(auth.enrolFinger("b.tursunov", finger, *admin)) == "ok");
  BOOST_TEST(code(auth.setFingerRequired("b.tursunov", true, *admin)) == "ok");
  BOOST_TEST(audited("auth.finger_require", "required=true") == 1);
  BOOST_TEST(auth.fingerRequired("b.tursunov").value());
  BOOST_TEST(!auth.fingerRequired("d.aliev").value());
}

BOOST_AUTO_TEST_SUITE_END()
