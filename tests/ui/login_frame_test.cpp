#include <boost/test/unit_test.hpp>
#include <wx/button.h>
#include <wx/image.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include <set>

#include "mws/security/sodium_password_hasher.hpp"
#include "mws/storage/pg_user_repository.hpp"
#include "mws/test/pg_cluster.hpp"
#include "mws/test/wx_fixture.hpp"
#include "mws/ui/login_frame.hpp"

using namespace mws;

namespace {

struct LoginFrameFixture : test::DbFixture, test::WxFixture {
  storage::PgUnitRepository units{database()};
  storage::PgUserRepository users{database()};
  security::SodiumPasswordHasher hasher;
  core::AuthService auth{users, hasher};
  ui::LoginFrame* frame = nullptr;

  LoginFrameFixture() {
    BOOST_REQUIRE(units.add({"TSH-01", "Tashkent, Chilonzor"}).ok());
    BOOST_REQUIRE(auth.addUser({"n.karimova", "Nodira Karimova", core::Role::Officer, "TSH-01",
                                "long-enough-pw"})
                      .ok());
    frame = new ui::LoginFrame(auth, {"TSH-01", "Counter 3", "private cluster"});
    frame->Show();
    pumpUntil([&] { return frame->IsShownOnScreen(); });
  }
  ~LoginFrameFixture() {
    frame->Destroy();
    pump(50);
  }

  void click(wxButton* button) {
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(event);
  }
};

// Distinct colours in a screenshot: a blank or black capture has one or two.
std::size_t colourCount(const std::filesystem::path& png) {
  wxImage image(png.string(), wxBITMAP_TYPE_PNG);
  std::set<unsigned> colours;
  for (int y = 0; y < image.GetHeight(); y += 3) {
    for (int x = 0; x < image.GetWidth(); x += 3) {
      colours.insert((image.GetRed(x, y) << 16) | (image.GetGreen(x, y) << 8) | image.GetBlue(x, y));
    }
  }
  return colours.size();
}

}  // namespace

// A sync state the test sets, as the agent would report it.
struct SetSyncState : presenter::SyncStatusSource {
  presenter::SyncSummary now;
  int syncNowCalls = 0;
  presenter::SyncSummary summary() override { return now; }
  void syncNow() override { ++syncNowCalls; }
};

BOOST_FIXTURE_TEST_SUITE(login_frame, LoginFrameFixture)

BOOST_AUTO_TEST_CASE(the_status_bar_follows_the_sync_state) {
  BOOST_TEST(frame->syncText().ToStdString() == "Sync: not configured (work is kept locally)");
  SetSyncState sync;
  sync.now.state = "offline";
  sync.now.entriesLeft = 3;
  frame->setSyncSource(&sync, 50);
  BOOST_TEST(frame->syncText().ToStdString().rfind("Sync: offline since", 0) == 0);
  BOOST_TEST(frame->syncText().ToStdString().find("3 waiting") != std::string::npos);
  sync.now.state = "in_sync";
  sync.now.entriesLeft = 0;
  BOOST_TEST(pumpUntil([&] { return frame->syncText() == "Sync: up to date"; }, 3000));
  test::saveScreenshot(frame, "sync-status");
  frame->setSyncSource(nullptr);
}

BOOST_AUTO_TEST_CASE(an_officer_types_and_signs_in_with_the_keyboard) {
  auto shot = test::saveScreenshot(frame, "login-window");
  BOOST_TEST(colourCount(shot) > 10u);

  frame->loginField()->SetFocus();
  pump(100);
  wxUIActionSimulator keyboard;
  keyboard.Text("n.karimova");
  keyboard.Char(WXK_RETURN);  // Enter moves to the password
  pumpUntil([&] { return frame->loginField()->GetValue() == "n.karimova"; });
  keyboard.Text("long-enough-pw");
  keyboard.Char(WXK_RETURN);  // Enter signs in
  BOOST_TEST(pumpUntil([&] { return frame->isSignedInPageShown(); }));
  BOOST_TEST(frame->welcomeText().ToStdString() == "Signed in as Nodira Karimova (officer, unit TSH-01)");
  BOOST_TEST(frame->passwordField()->GetValue().IsEmpty());
  test::saveScreenshot(frame, "signed-in");
}

BOOST_AUTO_TEST_CASE(a_wrong_password_is_refused_in_words) {
  frame->loginField()->SetValue("n.karimova");
  frame->passwordField()->SetValue("not-the-password");
  click(frame->signInButton());
  BOOST_TEST(!frame->isSignedInPageShown());
  BOOST_TEST(frame->errorText().ToStdString() == "The login or the password is wrong.");
  test::saveScreenshot(frame, "wrong-password");
}

BOOST_AUTO_TEST_CASE(an_empty_login_is_asked_for) {
  click(frame->signInButton());
  BOOST_TEST(frame->errorText().ToStdString() == "Enter your login.");
}

BOOST_AUTO_TEST_CASE(signing_out_returns_to_the_sign_in_page) {
  frame->loginField()->SetValue(" N.Karimova ");
  frame->passwordField()->SetValue("long-enough-pw");
  click(frame->signInButton());
  BOOST_REQUIRE(frame->isSignedInPageShown());
  click(frame->signOutButton());
  BOOST_TEST(!frame->isSignedInPageShown());
}

BOOST_AUTO_TEST_SUITE_END()
