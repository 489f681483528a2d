// The sign-in presenter with the fingerprint second factor, without wx, on the real database
// and the simulated scanner behind the same ScannerFingerVerifier the window uses: the
// finger step after the right password, the scan off the calling thread, a mismatch in the
// step, Esc back to the password; and the language chosen at sign-in remembered.
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "mws/fingerprint/scanner_finger_verifier.hpp"
#include "mws/fingerprint/simulated_fingerprint_scanner.hpp"
#include "mws/presenter/login_presenter.hpp"
#include "mws/security/sodium_password_hasher.hpp"
#include "mws/storage/blob_store.hpp"
#include "mws/storage/pg_user_repository.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;

namespace {

// Records what the presenter told it, and on which thread.
struct FingerView : presenter::LoginView {
  std::vector<std::string> events;
  std::thread::id owner = std::this_thread::get_id();
  bool offThread = false;
  void note(std::string event) {
    offThread = offThread || std::this_thread::get_id() != owner;
    events.push_back(std::move(event));
  }
  void showSignedIn(const core::User& user) override { note("in:" + user.login); }
  void showSignedOut() override { note("out"); }
  void showError(const core::Error& error) override { note("error:" + error.code); }
  void showFingerStep(const std::string& finger, const std::string& prompt, const core::Error& error) override {
    note("finger:" + finger + ":" + prompt + (error.code.empty() ? "" : ":" + error.code));
  }
};

// The GUI thread's queue: the worker posts, the test thread runs.
struct Posted {
  std::mutex mutex;
  std::condition_variable wake;
  std::deque<std::function<void()>> tasks;
  presenter::PostToView post() {
    return [this](std::function<void()> task) {
      std::lock_guard lock(mutex);
      tasks.push_back(std::move(task));
      wake.notify_all();
    };
  }
  // Runs posted tasks until `done` holds (or 10 s pass).
  bool runUntil(const std::function<bool()>& done) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!done()) {
      std::unique_lock lock(mutex);
      if (!wake.wait_until(lock, deadline, [this] { return !tasks.empty(); })) return false;
      auto task = std::move(tasks.front());
      tasks.pop_front();
      lock.unlock();
      task();
    }
    return true;
  }
};

struct FingerPresenterFixture : test::DbFixture {
  storage::PgUnitRepository units{database()};
  storage::PgUserRepository users{database()};
  security::SodiumPasswordHasher hasher;
  core::AuthService auth{users, hasher};
  fingerprint::SimulatedFingerprintScanner scanner;
  fingerprint::ScannerFingerVerifier verifier{scanner};
  Posted posted;
  FingerView view;
  presenter::LoginPresenter presenter{auth, view};

  FingerPresenterFixture() {
    storage::BlobKey key;
    key.bytes.fill(0x33);
    storage::BlobStore::installKey(key);
    BOOST_REQUIRE(units.add({"BUX-01", "Bukhara city"}).ok());
    BOOST_REQUIRE(auth.addUser({"s.rahimov", "Sardor Rahimov", core::Role::Supervisor, "BUX-01", "supervisor-pass"}).ok());
    BOOST_REQUIRE(scanner.open().ok());
    auto enrolment = scanner.enroll(peripherals::FingerPosition::LeftIndex, {});
    BOOST_REQUIRE(enrolment.ok());
    BOOST_REQUIRE(auth.enrolFinger("s.rahimov", fingerprint::toEnrolledFinger(enrolment->print)).ok());
    BOOST_REQUIRE(auth.setFingerRequired("s.rahimov", true).ok());
    presenter.setFingerVerifier(&verifier, posted.post());
  }

  bool last(const std::string& event) {
    return posted.runUntil([&] { return !view.events.empty() && view.events.back() == event; });
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(login_finger_presenter, FingerPresenterFixture)

BOOST_AUTO_TEST_CASE(the_right_password_shows_the_finger_step_and_the_finger_signs_in) {
  presenter.signIn("s.rahimov", "supervisor-pass");
  BOOST_REQUIRE(!view.events.empty());
  BOOST_TEST(view.events.front() == "finger:left-index:place_finger");
  BOOST_TEST(!presenter.currentUser().has_value());
  BOOST_TEST(presenter.fingerStepShown());
  BOOST_TEST_REQUIRE(last("in:s.rahimov"));
  BOOST_TEST(presenter.currentUser()->login == "s.rahimov");
  BOOST_TEST(!presenter.fingerStepShown());
  BOOST_TEST(!view.offThread);  // the view only ever heard from its own thread
}

BOOST_AUTO_TEST_CASE(a_mismatch_stays_on_the_step_then_enter_scans_again_and_esc_goes_back) {
  scanner.presentFinger(777);
  presenter.signIn("S.Rahimov ", "supervisor-pass");
  BOOST_TEST_REQUIRE(last("finger:left-index::auth.finger_mismatch"));
  BOOST_TEST(presenter.fingerStepShown());
  presenter.retryFinger();
  BOOST_TEST_REQUIRE(last("finger:left-index::auth.finger_mismatch"));
  presenter.cancelFinger();
  BOOST_TEST(view.events.back() == "out");
  BOOST_TEST(!presenter.fingerStepShown());
  BOOST_TEST(!presenter.currentUser().has_value());
  // Back on the password: the right finger now still needs the password first.
  scanner.presentFinger(std::nullopt);
  presenter.signIn("s.rahimov", "supervisor-pass");
  BOOST_TEST_REQUIRE(last("in:s.rahimov"));
}

BOOST_AUTO_TEST_CASE(without_a_scanner_the_account_is_refused_in_words_not_let_in) {
  presenter.setFingerVerifier(nullptr, posted.post());
  presenter.signIn("s.rahimov", "supervisor-pass");
  BOOST_TEST(view.events == (std::vector<std::string>{"error:auth.finger_no_scanner"}));
  BOOST_TEST(!presenter.currentUser().has_value());
}

BOOST_AUTO_TEST_CASE(a_wrong_password_never_reaches_the_finger) {
  presenter.signIn("s.rahimov", "wrong-password");
  BOOST_TEST(view.events == (std::vector<std::string>{"error:auth.bad_credentials"}));
  BOOST_TEST(!presenter.fingerStepShown());
}

// Where the language goes between runs (the app keeps it in a file: app::FilePreferences,
// covered by login_finger_ui_test); here only what the presenter decides to remember.
struct RememberedPreferences : presenter::Preferences {
  std::optional<std::string> stored;
  std::optional<std::string> language() override { return stored; }
  core::Status rememberLanguage(const std::string& language) override {
    stored = language;
    return core::success();
  }
};

BOOST_AUTO_TEST_CASE(the_language_is_remembered_only_when_somebody_signs_in_with_it) {
  RememberedPreferences preferences;
  preferences.stored = "uz";
  presenter.setPreferences(&preferences);
  BOOST_TEST(presenter.rememberedLanguage().value() == "uz");
  presenter.chooseLanguage("ru");
  presenter.signIn("s.rahimov", "wrong-password");
  BOOST_TEST(preferences.stored.value() == "uz");
  scanner.presentFinger(777);
  presenter.signIn("s.rahimov", "supervisor-pass");  // the password alone is no sign-in
  BOOST_TEST_REQUIRE(last("finger:left-index::auth.finger_mismatch"));
  BOOST_TEST(preferences.stored.value() == "uz");
  scanner.presentFinger(std::nullopt);
  presenter.retryFinger();
  BOOST_TEST_REQUIRE(last("in:s.rahimov"));
  BOOST_TEST(preferences.stored.value() == "ru");
}

BOOST_AUTO_TEST_SUITE_END()
