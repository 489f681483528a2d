// `mws user finger-enrol`, `mws user finger-require` and `--as … --with-finger` through
// mws::cli::run on the real database: with the simulated scanner, and with libfprint's
// virtual_image driver where a synthetic finger answers each "place the finger" the command
// prints (as a person at the scanner would).
#include <boost/test/unit_test.hpp>
#include <soci/soci.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <streambuf>

#include "fingerprint_fixture.hpp"
#include "mws/cli/cli.hpp"
#include "mws/core/auth/auth_service.hpp"
#include "mws/security/sodium_password_hasher.hpp"
#include "mws/storage/pg_user_repository.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;

namespace {

// Standard error of a command: kept as text, and each "place the finger on the scanner"
// line is answered with the next impression of `seed` on the virtual_image socket.
class ScannerPerson : public std::streambuf {
public:
  ScannerPerson(std::filesystem::path socket, std::uint64_t seed, std::uint64_t firstImpression)
      : m_socket(std::move(socket)), m_seed(seed), m_next(firstImpression) {}
  std::string text() {
    std::lock_guard lock(m_mutex);
    return m_text;
  }

protected:
  int overflow(int c) override {
    if (c == EOF) return c;
    std::lock_guard lock(m_mutex);
    m_text += static_cast<char>(c);
    m_line += static_cast<char>(c);
    if (c == '\n') {
      if (m_socket.empty() == false && m_line == "place the finger on the scanner\n") answer();
      m_line.clear();
    }
    return c;
  }

private:
  void answer() {
    if (!m_finger) m_finger = std::make_unique<test::VirtualFinger>(m_socket);
    m_finger->queue(test::syntheticFinger(m_seed).impression(m_next++));
    m_finger->listener()({peripherals::ScanPrompt::PlaceFinger, {}, 0, 0});
  }

  std::mutex m_mutex;
  std::filesystem::path m_socket;
  std::uint64_t m_seed;
  std::uint64_t m_next;
  std::string m_text, m_line;
  std::unique_ptr<test::VirtualFinger> m_finger;
};

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

struct AccountFingerCli : test::DbFixture {
  std::filesystem::path dir = test::freshFingerprintDir("account_finger_cli");
  std::filesystem::path config = dir / "mws.ini";
  storage::PgUnitRepository units{database()};
  storage::PgUserRepository users{database()};
  security::SodiumPasswordHasher hasher;
  core::AuthService auth{users, hasher};

  AccountFingerCli() {
    std::ofstream(config) << "[security]\nkey_file = " << (dir / "blob.key").string()
                          << "\n[devices]\nfingerprint = simulated\n";
    BOOST_REQUIRE(units.add({"SAM-01", "Samarkand city"}).ok());
    BOOST_REQUIRE(auth.addUser({"u.admin", "Unit Admin", core::Role::UnitAdmin, "SAM-01", "admin-password"}).ok());
    BOOST_REQUIRE(auth.addUser({"o.karimov", "Otabek Karimov", core::Role::Officer, "SAM-01", "officer-password"}).ok());
  }

  CliRun run(std::vector<std::string> words, const std::string& input = {}, ScannerPerson* person = nullptr) {
    words.insert(words.end(), {"--dsn", dsn, "--config", config.string()});
    std::istringstream in(input);
    std::ostringstream out, errText;
    std::ostream err(person ? static_cast<std::streambuf*>(person) : errText.rdbuf());
    const int code = cli::run(words, in, out, err);
    return {code, out.str(), person ? person->text() : errText.str()};
  }

  int audited(const std::string& details) {
    int count = 0;
    database().session() << "SELECT count(*) FROM audit_log WHERE action = 'auth.sign_in' AND details = :d",
        soci::use(details), soci::into(count);
    return count;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(account_finger_cli, AccountFingerCli)

BOOST_AUTO_TEST_CASE(enrol_and_require_with_the_simulated_scanner_then_sign_in_needs_the_finger) {
  auto forbidden = run({"user", "finger-enrol", "u.admin", "--as", "o.karimov", "--password-stdin"},
                       "officer-password\n");
  BOOST_TEST(forbidden.code == 1);
  BOOST_TEST(forbidden.err.find("may not") != std::string::npos, forbidden.err);

  auto enrolled = run({"user", "finger-enrol", "u.admin", "--finger", "left-thumb", "--scanner", "simulated"});
  BOOST_TEST_REQUIRE(enrolled.code == 0, enrolled.err);
  BOOST_TEST(enrolled.out.rfind("user u.admin: left-thumb enrolled (simulated, 5 impressions)", 0) == 0u, enrolled.out);
  BOOST_TEST(enrolled.err.find("place the finger on the scanner") != std::string::npos);
  BOOST_TEST(run({"user", "finger-require", "u.admin", "on"}).code == 0);
  BOOST_TEST(run({"user", "finger-require", "u.admin", "maybe"}).code == 2);
  BOOST_TEST(run({"user", "finger-require", "o.karimov", "on"}).err.find("no enrolled finger") != std::string::npos);

  // --as with the right password only: refused in words, nobody acts.
  auto noFinger = run({"user", "unlock", "o.karimov", "--as", "u.admin", "--password-stdin"}, "admin-password\n");
  BOOST_TEST(noFinger.code == 1);
  BOOST_TEST(noFinger.err.find("also needs its finger: add --with-finger") != std::string::npos, noFinger.err);
  auto withFinger = run({"user", "unlock", "o.karimov", "--as", "u.admin", "--password-stdin", "--with-finger"},
                        "admin-password\n");
  BOOST_TEST(withFinger.code == 0, withFinger.err);
  BOOST_TEST(withFinger.out == "user o.karimov updated\n");
  BOOST_TEST(audited("outcome=auth.finger_required") == 2);
  BOOST_TEST(audited("outcome=ok") == 2);  // o.karimov's refused enrolment, u.admin's unlock
}

BOOST_AUTO_TEST_CASE(enrol_and_sign_in_on_libfprint_virtual_image) {
  const auto socket = dir / "fp.sock";
  setenv("FP_VIRTUAL_IMAGE", socket.c_str(), 1);
  ScannerPerson enrolling(socket, 611, 1);
  auto enrolled = run({"user", "finger-enrol", "u.admin", "--scanner", "libfprint"}, {}, &enrolling);
  BOOST_TEST_REQUIRE(enrolled.code == 0, enrolled.err);
  BOOST_TEST(enrolled.out.find("right-index enrolled (virtual_image") != std::string::npos, enrolled.out);
  BOOST_TEST_REQUIRE(run({"user", "finger-require", "u.admin", "on"}).code == 0);

  ScannerPerson same(socket, 611, 50);
  auto good = run({"user", "unlock", "o.karimov", "--as", "u.admin", "--password-stdin", "--with-finger",
                   "--scanner", "libfprint"}, "admin-password\n", &same);
  BOOST_TEST(good.code == 0, good.err);

  ScannerPerson other(socket, 612, 50);
  auto bad = run({"user", "unlock", "o.karimov", "--as", "u.admin", "--password-stdin", "--with-finger",
                  "--scanner", "libfprint"}, "admin-password\n", &other);
  unsetenv("FP_VIRTUAL_IMAGE");
  BOOST_TEST(bad.code == 1);
  BOOST_TEST(bad.err.find("is not the account's enrolled finger") != std::string::npos, bad.err);
  BOOST_TEST(audited("outcome=auth.finger_mismatch") == 1);
}

BOOST_AUTO_TEST_SUITE_END()
