// The shell's logic without wx: pages per role, the devices' states for the status bar, the
// idle lock and unlocking for the same officer only.
#include <boost/test/unit_test.hpp>

#include "flow_fixture.hpp"
#include "mws/presenter/shell_presenter.hpp"

using namespace mws;
using presenter::DeviceKind;
using presenter::Health;

namespace {

struct FixedSync : presenter::SyncStatusSource {
  presenter::SyncSummary now;
  presenter::SyncSummary summary() override { return now; }
  void syncNow() override {}
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(shell_presenter, test::FlowFixture)

BOOST_AUTO_TEST_CASE(review_and_dashboard_are_for_supervisors) {
  BOOST_TEST(presenter::pagesFor(core::Role::Officer).size() == 3u);
  const auto pages = presenter::pagesFor(core::Role::Supervisor);
  BOOST_REQUIRE(pages.size() == 5u);
  BOOST_TEST((pages[3] == presenter::ShellPage::Review));
  BOOST_TEST((pages[4] == presenter::ShellPage::Dashboard));
}

BOOST_AUTO_TEST_CASE(devices_not_configured_are_off_and_the_database_answers) {
  presenter::StatusBarPresenter bar(services);
  const auto states = bar.refresh();
  BOOST_REQUIRE(states.size() == 5u);
  BOOST_TEST(states[0].code == "camera.not_configured");
  BOOST_TEST((states[0].health == Health::Off));
  BOOST_TEST(states[1].code == "fingerprint.not_configured");
  BOOST_TEST(states[2].code == "document.not_configured");
  BOOST_TEST(states[3].code == "db.ready");
  BOOST_TEST((states[3].health == Health::Ok));
  BOOST_TEST(states[3].params.at("label") == "test cluster");
  BOOST_TEST(states[4].code == "sync.not_configured");
}

BOOST_AUTO_TEST_CASE(the_sync_state_and_its_backlog_reach_the_status_bar) {
  FixedSync sync;
  sync.now.state = "offline";
  sync.now.entriesLeft = 12;
  services.sync = &sync;
  presenter::StatusBarPresenter bar(services);
  auto state = bar.sync();
  BOOST_TEST(state.code == "sync.offline");
  BOOST_TEST((state.health == Health::Warning));
  BOOST_TEST(state.params.at("left") == "12");
  sync.now.state = "refused";
  sync.now.lastErrorCode = "sync.clock_skew";
  state = bar.sync();
  BOOST_TEST((state.health == Health::Error));
  BOOST_TEST(state.params.at("error") == "sync.clock_skew");
  BOOST_TEST(state.params.count("error.skew_ms") == 0u);
  // What the error quotes reaches the status bar, beside the presenter's own params.
  sync.now.lastErrorParams = {{"skew_ms", "-420000"}, {"max_skew_ms", "120000"}};
  state = bar.sync();
  BOOST_TEST(state.params.at("error.skew_ms") == "-420000");
  BOOST_TEST(state.params.at("error.max_skew_ms") == "120000");
}

BOOST_AUTO_TEST_CASE(the_idle_lock_locks_once_after_the_limit) {
  presenter::IdleLock lock(5);
  const auto t0 = presenter::IdleLock::Clock::now();
  lock.activity(t0);
  BOOST_TEST(!lock.shouldLock(t0 + std::chrono::minutes(4)));
  lock.activity(t0 + std::chrono::minutes(4));
  BOOST_TEST(!lock.shouldLock(t0 + std::chrono::minutes(8)));
  BOOST_TEST(lock.shouldLock(t0 + std::chrono::minutes(9)));
  BOOST_TEST(lock.locked());
  BOOST_TEST(!lock.shouldLock(t0 + std::chrono::minutes(20)));  // once
  lock.unlocked(t0 + std::chrono::minutes(20));
  BOOST_TEST(!lock.locked());
  BOOST_TEST(presenter::IdleLock(0).limit() == std::chrono::minutes(5));  // the default
}

BOOST_AUTO_TEST_CASE(only_the_same_officer_unlocks) {
  BOOST_TEST(presenter::unlockAs(auth, officer, "", kPassword).ok());
  BOOST_TEST(presenter::unlockAs(auth, officer, "s.rahimov", kPassword).error().code == "auth.other_user");
  BOOST_TEST(presenter::unlockAs(auth, officer, "", "wrong-password-1").error().code == "auth.bad_credentials");
  BOOST_TEST(presenter::unlockAs(auth, officer, "", "").error().code == "auth.password_missing");
}

BOOST_AUTO_TEST_SUITE_END()
