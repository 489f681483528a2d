// "Sync now" in the real window under Xvfb, against the test centre of the sync tests
// (mutual TLS on loopback): F9 starts a round on the agent's thread and the status bar
// counts it, F9 again cancels it (the agent pauses, the rest waits), the button sends the
// rest; the window handles events all along.
#include <boost/test/unit_test.hpp>
#include <wx/button.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/timer.h>
#include <wx/uiaction.h>

#include "mws/app/agent_status_source.hpp"
#include "sync_fixture.hpp"
#include "ui_fixture.hpp"

using namespace mws;

namespace {

constexpr const char* kUnit = "TSH-01";

struct SyncNowUiFixture : test::UiFixture {
  sync::test::Pki pki;
  sync::test::CentralDb centralDb;
  sync::central::CentralServer server{secure()};
  std::unique_ptr<app::AgentStatusSource> agent;

  SyncNowUiFixture() {
    const auto started = server.start();
    BOOST_REQUIRE_MESSAGE(started.ok(), (started.ok() ? "" : started.error().detail));
    auto options = sync::test::agentOptions(dsn, "https://127.0.0.1:" + std::to_string(server.port()), kUnit);
    options.client = pki.clientFor(kUnit);
    options.idlePoll = std::chrono::seconds(60);  // only "Sync now" starts a round
    options.backoffMax = std::chrono::seconds(60);
    options.batchEntries = 10;
    options.beforeAcknowledge = [](std::int64_t) {  // a slow link: 40 ms a batch
      std::this_thread::sleep_for(std::chrono::milliseconds(40));
      return true;
    };
    agent = std::make_unique<app::AgentStatusSource>(options);
    BOOST_REQUIRE(sync::test::waitUntil([&] { return agent->summary().state == "in_sync"; }));
    workstation->services().sync = agent.get();
  }
  ~SyncNowUiFixture() {
    closeFrame();
    workstation->services().sync = nullptr;
    agent.reset();
  }
  sync::central::ServerOptions secure() const {
    auto options = sync::test::centralOptions(centralDb.dsn, 0);
    options.tls = pki.serverFiles();
    return options;
  }
  std::string message() { return frame->GetStatusBar()->GetStatusText(0).ToStdString(wxConvUTF8); }
  std::string syncField() { return frame->deviceText(presenter::DeviceKind::Sync).ToStdString(wxConvUTF8); }
  bool messageStarts(const std::string& start, int ms = 20000) {
    return pumpUntil([&] { return message().rfind(start, 0) == 0; }, ms);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(sync_now_ui, SyncNowUiFixture)

BOOST_AUTO_TEST_CASE(f9_sends_with_progress_f9_again_cancels_and_the_button_sends_the_rest) {
  openFrame();
  signIn("o.aliyev");
  wxButton* button = frame->syncButton();
  BOOST_REQUIRE(button != nullptr);
  BOOST_TEST(button->GetLabelText() == "Sync now (F9)");
  const long long before = centralDb.cases();
  sync::test::addCases(database(), 600, kUnit);
  int ticks = 0;
  wxTimer timer;
  timer.Bind(wxEVT_TIMER, [&](wxTimerEvent&) { ++ticks; });
  timer.Start(50);
  wxUIActionSimulator keyboard;
  keyboard.Char(WXK_F9);
  BOOST_REQUIRE(messageStarts("Sending to the centre: "));
  BOOST_TEST(button->GetLabelText() == "Cancel sync (F9)");
  BOOST_REQUIRE(pumpUntil([&] { return sync::test::unsentIn(database()) <= 560; }));
  BOOST_TEST(pumpUntil([&] { return message().find(" of 600 cases") != std::string::npos; }, 5000), message());
  test::saveScreenshot(frame, "sync-now-sending");
  keyboard.Char(WXK_F9);
  BOOST_REQUIRE(messageStarts("Sync cancelled: "));
  timer.Stop();
  BOOST_TEST(ticks >= 10);  // the window kept handling events while the round ran
  const long long left = sync::test::unsentIn(database());
  BOOST_TEST(left > 0);
  BOOST_TEST(message() == "Sync cancelled: " + std::to_string(600 - left) + " of 600 cases sent; the rest waits.");
  BOOST_TEST(button->GetLabelText() == "Sync now (F9)");
  BOOST_TEST(pumpUntil([&] { return syncField() == "Sync: paused (" + std::to_string(left) + " waiting)"; }, 5000),
             syncField());
  test::saveScreenshot(frame, "sync-now-cancelled");
  pump(300);
  BOOST_TEST(sync::test::unsentIn(database()) == left);  // paused: nothing goes meanwhile
  test::Officer{}.click(button);
  BOOST_REQUIRE(messageStarts("Sent to the centre: "));
  BOOST_TEST(message() == "Sent to the centre: " + std::to_string(left) + " cases, 0 files.");
  BOOST_TEST(sync::test::unsentIn(database()) == 0);
  BOOST_TEST(centralDb.cases() == before + 600);
  BOOST_TEST(pumpUntil([&] { return syncField() == "Sync: up to date"; }, 5000), syncField());
  test::saveScreenshot(frame, "sync-now-sent");
}

BOOST_AUTO_TEST_SUITE_END()
