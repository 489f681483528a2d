// The first-run wizard under Xvfb, with the real steps behind it: the connection test
// against a database of the test cluster, `mws onboard` (through mws::cli) for the request
// and the certificate, and the pilot CA of the real mws-central signing the request.
#include <boost/test/unit_test.hpp>
#include <wx/button.h>
#include <wx/radiobut.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "mws/cli/cli.hpp"
#include "mws/storage/database.hpp"
#include "mws/test/pg_cluster.hpp"
#include "mws/test/wx_fixture.hpp"
#include "mws/ui/first_run_wizard.hpp"

namespace fs = std::filesystem;
using namespace mws;

namespace {

ui::FirstRunOutcome runMws(std::vector<std::string> words) {
  std::istringstream in;
  std::ostringstream out, err;
  const int code = cli::run(words, in, out, err);
  return {code == 0, code == 0 ? out.str() : err.str()};
}

struct WizardFixture : test::DbFixture, test::WxFixture {
  fs::path dir = test::outputDir() / "first-run";
  fs::path config = dir / "mws.ini";
  std::optional<ui::FirstRunSettings> written;
  ui::FirstRunWizard* wizard = nullptr;

  WizardFixture() {
    fs::remove_all(dir);
    fs::create_directories(dir);
    ui::FirstRunActions actions;
    actions.testDatabase = [](const std::string& target) -> ui::FirstRunOutcome {
      auto connected = storage::Database::connect(target);
      if (!connected) return {false, "cannot connect: " + connected.error().code};
      return {true, "connected to " + storage::redactDsn(target)};
    };
    actions.makeRequest = [this](const std::string& unit, const std::string& centre) {
      if (!fs::exists(config)) std::ofstream(config) << "; written by the first-run wizard\n";
      auto made = runMws({"onboard", "--unit", unit, "--centre", centre, "--config", config.string()});
      if (made.ok) made.text = "request: " + (dir / "pki" / "request.csr").string();
      return made;
    };
    actions.installCertificate = [this](const std::string& cert, const std::string& ca) {
      return runMws({"onboard", "--install-cert", cert, "--ca", ca, "--config", config.string()});
    };
    actions.finish = [this](const ui::FirstRunSettings& settings) {
      written = settings;
      return ui::FirstRunOutcome{true, "saved"};
    };
    wizard = new ui::FirstRunWizard(nullptr, actions);
    wizard->Show();
    pumpUntil([&] { return wizard->IsShownOnScreen(); });
  }
  ~WizardFixture() {
    wizard->Destroy();
    pump(50);
  }

  static void click(wxWindow* control) {
    wxCommandEvent event(dynamic_cast<wxRadioButton*>(control) ? wxEVT_RADIOBUTTON : wxEVT_BUTTON,
                         control->GetId());
    event.SetEventObject(control);
    if (auto* radio = dynamic_cast<wxRadioButton*>(control)) radio->SetValue(true);
    control->GetEventHandler()->ProcessEvent(event);
    pump(30);
  }
  static std::string label(const wxStaticText* text) { return text->GetLabel().ToStdString(wxConvUTF8); }
};

int shell(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

BOOST_FIXTURE_TEST_CASE(the_wizard_tests_the_database_onboards_and_finishes_with_the_settings, WizardFixture) {
  BOOST_TEST(wizard->page() == ui::FirstRunWizard::kDatabase);
  BOOST_TEST(!wizard->backButton()->IsEnabled());
  // A server that cannot be reached says so and stays on the page.
  click(wizard->serverChoice());
  BOOST_TEST(wizard->dsnField()->IsEnabled());
  wizard->dsnField()->SetValue("host=/nonexistent-dir dbname=mws");
  click(wizard->testButton());
  BOOST_TEST(label(wizard->databaseStatus()).find("cannot connect") == 0, label(wizard->databaseStatus()));
  wizard->dsnField()->SetValue(dsn);
  click(wizard->testButton());
  BOOST_TEST(label(wizard->databaseStatus()).find("connected to") == 0, label(wizard->databaseStatus()));
  test::saveScreenshot(wizard, "1-database");
  click(wizard->nextButton());

  BOOST_TEST(wizard->page() == ui::FirstRunWizard::kUnit);
  wizard->unitField()->SetValue("tas 07");
  click(wizard->nextButton());
  BOOST_TEST(wizard->page() == ui::FirstRunWizard::kUnit);  // refused, with the rule
  BOOST_TEST(label(wizard->unitStatus()).find("2 to 32 capital letters") != std::string::npos);
  wizard->unitField()->SetValue("TAS-07");
  wizard->counterField()->SetValue("Counter 3");
  test::saveScreenshot(wizard, "2-unit");
  click(wizard->nextButton());

  BOOST_TEST(wizard->page() == ui::FirstRunWizard::kOnboarding);
  wizard->centreField()->SetValue("https://127.0.0.1:8470");
  click(wizard->requestButton());
  BOOST_TEST_REQUIRE(fs::exists(dir / "pki" / "request.csr"), label(wizard->requestStatus()));
  BOOST_TEST(label(wizard->requestStatus()).find("request.csr") != std::string::npos);
  // The centre signs the request with its pilot CA.
  const fs::path ca = dir / "centre-pki";
  const std::string central = MWS_CENTRAL_EXE;
  BOOST_REQUIRE_EQUAL(shell(central + " ca init --dir " + ca.string() + " >/dev/null"), 0);
  BOOST_REQUIRE_EQUAL(shell(central + " ca sign --csr " + (dir / "pki" / "request.csr").string() +
                            " --unit TAS-07 --dir " + ca.string() + " >/dev/null"), 0);
  click(wizard->installButton());  // no files chosen yet
  BOOST_TEST(label(wizard->installStatus()).find("Choose the certificate") == 0);
  wizard->certificateField()->SetValue((ca / "units" / "TAS-07.pem").string());
  wizard->caField()->SetValue((ca / "ca.pem").string());
  click(wizard->installButton());
  BOOST_TEST(label(wizard->installStatus()).find("installed the certificate of unit TAS-07") == 0,
             label(wizard->installStatus()));
  test::saveScreenshot(wizard, "3-onboarding");
  click(wizard->nextButton());

  BOOST_TEST(wizard->page() == ui::FirstRunWizard::kSummary);
  BOOST_TEST(label(wizard->summaryText()).find("TAS-07") != std::string::npos);
  test::saveScreenshot(wizard, "4-summary");
  click(wizard->nextButton());  // Finish
  BOOST_TEST(wizard->finished());
  BOOST_TEST_REQUIRE(written.has_value());
  BOOST_TEST(!written->privateCluster);
  BOOST_TEST(written->dsn == dsn);
  BOOST_TEST(written->unit == "TAS-07");
  BOOST_TEST(written->counter == "Counter 3");
  BOOST_TEST(written->centre == "https://127.0.0.1:8470");
  // Onboarding wrote the machine's side: unit and certificate in the configuration.
  std::ifstream ini(config);
  std::stringstream text;
  text << ini.rdbuf();
  BOOST_TEST(text.str().find("code = TAS-07") != std::string::npos);
  BOOST_TEST(text.str().find("cert_file = ") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(a_server_without_a_connection_string_is_not_accepted, WizardFixture) {
  click(wizard->serverChoice());
  click(wizard->nextButton());
  BOOST_TEST(wizard->page() == ui::FirstRunWizard::kDatabase);
  BOOST_TEST(label(wizard->databaseStatus()).find("connection string") != std::string::npos);
  click(wizard->privateClusterChoice());
  BOOST_TEST(!wizard->dsnField()->IsEnabled());
  click(wizard->nextButton());
  BOOST_TEST(wizard->page() == ui::FirstRunWizard::kUnit);
  click(wizard->backButton());
  BOOST_TEST(wizard->page() == ui::FirstRunWizard::kDatabase);
}
