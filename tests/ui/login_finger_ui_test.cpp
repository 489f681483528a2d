// Sign-in with the fingerprint second factor in the real window under Xvfb (simulated
// scanner): the password, then "place your finger" with which finger; a wrong finger says so
// in words and stays on the step, Enter scans again, Esc goes back to the password. And the
// language chosen at sign-in is remembered in the preferences file for the next start.
#include <boost/test/unit_test.hpp>
#include <wx/choice.h>
#include <wx/textctrl.h>

#include <fstream>
#include <sstream>

#include "mws/app/file_preferences.hpp"
#include "mws/fingerprint/scanner_finger_verifier.hpp"
#include "mws/fingerprint/simulated_fingerprint_scanner.hpp"
#include "mws/ui/language.hpp"
#include "ui_fixture.hpp"

using namespace mws;

namespace {

struct FingerUi : test::UiFixture {
  fingerprint::SimulatedFingerprintScanner* scanner() {
    return dynamic_cast<fingerprint::SimulatedFingerprintScanner*>(workstation->services().fingerprints);
  }

  // The supervisor's right index, enrolled on the window's own scanner, and required.
  void requireSupervisorsFinger() {
    auto* sim = scanner();
    BOOST_REQUIRE(sim);
    BOOST_REQUIRE(sim->open().ok());
    auto enrolment = sim->enroll(peripherals::FingerPosition::RightIndex, {});
    BOOST_REQUIRE(enrolment.ok());
    BOOST_REQUIRE(workstation->auth().enrolFinger("s.rahimov", fingerprint::toEnrolledFinger(enrolment->print)).ok());
    BOOST_REQUIRE(workstation->auth().setFingerRequired("s.rahimov", true).ok());
  }

  void typePassword(const std::string& login) {
    wxUIActionSimulator keyboard;
    frame->loginField()->SetFocus();
    pump(50);
    keyboard.Text(login.c_str());
    keyboard.Char(WXK_RETURN);
    pumpUntil([&] { return frame->loginField()->GetValue() == login; });
    pump(50);
    keyboard.Text(kPassword);
    keyboard.Char(WXK_RETURN);
  }

  std::string fingerText() { return frame->fingerText().ToStdString(wxConvUTF8); }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(login_finger_ui, FingerUi)

BOOST_AUTO_TEST_CASE(password_then_finger_signs_the_supervisor_in_and_a_wrong_finger_is_named) {
  requireSupervisorsFinger();
  openFrame();
  scanner()->presentFinger(31337);  // somebody else's finger on the glass
  typePassword("s.rahimov");
  BOOST_REQUIRE(pumpUntil([&] { return fingerText().find("This is not the finger") != std::string::npos; }, 10000));
  BOOST_TEST(frame->isFingerStepShown());
  BOOST_TEST(!frame->isSignedIn());
  BOOST_TEST(fingerText().find("Finger: Right index") == 0u, fingerText());
  test::saveScreenshot(frame, "30-finger-mismatch");

  scanner()->presentFinger(std::nullopt);  // the supervisor's own finger
  wxUIActionSimulator keyboard;
  keyboard.Char(WXK_RETURN);
  BOOST_REQUIRE_MESSAGE(pumpUntil([&] { return frame->isSignedIn(); }, 10000), fingerText());
  pump(200);
  BOOST_TEST(frame->headerText().ToStdString(wxConvUTF8).find("Sardor Rahimov") == 0u);
  test::saveScreenshot(frame, "31-signed-in-with-finger");
}

BOOST_AUTO_TEST_CASE(esc_on_the_finger_step_goes_back_to_the_password) {
  requireSupervisorsFinger();
  openFrame();
  scanner()->presentFinger(31337);
  typePassword("s.rahimov");
  BOOST_REQUIRE(pumpUntil([&] { return frame->isFingerStepShown() && !fingerText().empty(); }, 10000));
  BOOST_REQUIRE(pumpUntil([&] { return fingerText().find("This is not the finger") != std::string::npos; }, 10000));
  wxUIActionSimulator keyboard;
  keyboard.Char(WXK_ESCAPE);
  BOOST_REQUIRE(pumpUntil([&] { return !frame->isFingerStepShown(); }, 5000));
  BOOST_TEST(!frame->isSignedIn());
  BOOST_TEST(frame->passwordField()->GetValue().empty());
  test::saveScreenshot(frame, "32-finger-esc-back");
  // An officer without a finger still signs in with the password alone.
  signIn("o.aliyev");
  BOOST_TEST(frame->isSignedIn());
}

BOOST_AUTO_TEST_CASE(the_language_chosen_at_sign_in_is_there_at_the_next_start) {
  const auto file = test::outputDir() / "login_finger_prefs" / "preferences.properties";
  std::filesystem::remove(file);
  workstation->setPreferences(std::make_unique<app::FilePreferences>(file));
  openFrame();
  const auto languages = ui::availableLanguages();
  const auto uzCyrl = std::find(languages.begin(), languages.end(), ui::Language::UzCyrl) - languages.begin();
  frame->languageChoice()->SetSelection(static_cast<int>(uzCyrl));
  wxCommandEvent event(wxEVT_CHOICE, frame->languageChoice()->GetId());
  event.SetEventObject(frame->languageChoice());
  frame->languageChoice()->GetEventHandler()->ProcessEvent(event);
  BOOST_REQUIRE(pumpUntil([&] { return ui::currentLanguage() == ui::Language::UzCyrl; }));
  BOOST_TEST(!std::filesystem::exists(file));  // chosen, not yet signed in with
  signIn("o.aliyev");
  closeFrame();
  std::ifstream saved(file);
  std::stringstream text;
  text << saved.rdbuf();
  BOOST_TEST(text.str().find("uz@cyrillic") != std::string::npos, text.str());

  ui::setLanguage(ui::Language::En);  // a new start begins in English …
  openFrame();                         // … and the window takes the remembered language
  BOOST_TEST((ui::currentLanguage() == ui::Language::UzCyrl));
  BOOST_TEST(frame->languageChoice()->GetSelection() == static_cast<int>(uzCyrl));
  test::saveScreenshot(frame, "33-remembered-language");
  ui::setLanguage(ui::Language::En);
}

BOOST_AUTO_TEST_SUITE_END()
