// mws-workstation: wires the real implementations together and opens the main window.
#include <Poco/AutoPtr.h>
#include <Poco/Logger.h>
#include <Poco/Util/LayeredConfiguration.h>
#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/msgdlg.h>

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <memory>

#include "mws/app/file_preferences.hpp"
#include "mws/app/agent_status_source.hpp"
#include "mws/app/first_run.hpp"
#include "mws/app/workstation_services.hpp"
#include "mws/runtime/config.hpp"
#include "mws/runtime/database_provider.hpp"
#include "mws/runtime/logging.hpp"
#include "mws/runtime/security_config.hpp"
#include "mws/runtime/sync_options.hpp"
#include "mws/storage/pg_user_repository.hpp"
#include "mws/storage/pg_reference_data_repository.hpp"
#include "mws/ui/main_frame.hpp"

namespace {

using mws::app::AgentStatusSource;

class WorkstationApp : public wxApp {
public:
  bool OnInit() override;
  int OnExit() override;

private:
  bool openDatabase();
  bool readSecurity();
  mws::ui::MainFrameOptions frameOptions() const;

  Poco::AutoPtr<Poco::Util::LayeredConfiguration> m_config{new Poco::Util::LayeredConfiguration};
  mws::runtime::OpenedDatabase m_database;
  mws::core::SecuritySettings m_security;  // [security]: lockout and idle lock
  std::unique_ptr<mws::app::WorkstationServices> m_services;
  std::unique_ptr<AgentStatusSource> m_sync;
};

std::map<std::string, std::string> overridesFrom(int argc, wxChar** argv) {
  std::map<std::string, std::string> overrides;
  for (int i = 1; i + 1 < argc; ++i) {
    wxString key(argv[i]);
    if (key == "--dsn") overrides["db.dsn"] = wxString(argv[++i]).ToStdString();
    else if (key == "--cluster-dir") overrides["db.cluster_dir"] = wxString(argv[++i]).ToStdString();
  }
  return overrides;
}

bool WorkstationApp::openDatabase() {
  auto opened = mws::runtime::openDatabase(*m_config);
  if (!opened) {
    Poco::Logger::get("mws.workstation").error("database: %s", opened.error().code);
    wxMessageBox(wxString::Format(_("The database cannot be opened (%s).\n%s"),
                                  opened.error().code, wxString::FromUTF8(opened.error().detail)),
                 _("Migration Officer Workstation"), wxICON_ERROR);
    return false;
  }
  m_database = std::move(*opened);
  if (auto applied = mws::storage::migrateAndSeed(*m_database.db); !applied) {
    wxMessageBox(wxString::Format(_("The database schema cannot be updated (%s)."),
                                  applied.error().code),
                 _("Migration Officer Workstation"), wxICON_ERROR);
    return false;
  }
  return true;
}

// The [security] settings; a bad value stops the start naming the key (the lockout the
// installation asked for is never silently replaced by the default).
bool WorkstationApp::readSecurity() {
  auto settings = mws::runtime::securitySettings(*m_config);
  if (!settings) {
    const auto& p = settings.error().params;
    Poco::Logger::get("mws.workstation").error("security settings: %s %s", settings.error().code, p.at("key"));
    wxMessageBox(wxString::Format(_("The setting %s in mws.ini is \"%s\"; it must be a whole number from %s to %s."),
                                  p.at("key"), wxString::FromUTF8(p.at("value")), p.at("min"), p.at("max")),
                 _("Migration Officer Workstation"), wxICON_ERROR);
    return false;
  }
  m_security = *settings;
  return true;
}

mws::ui::MainFrameOptions WorkstationApp::frameOptions() const {
  mws::ui::MainFrameOptions options;
  options.idleLockMinutes = static_cast<int>(m_security.idleLock.count());
  options.newCase.portraits = m_services->devices().portraits.get();
  options.newCase.tenPrints = m_services->devices().tenPrints.get();
  options.newCase.receiptDir = mws::runtime::Paths::forCurrentUser().dataDir / "receipts";
  return options;
}

// SIGTERM/SIGINT (a shutdown, Ctrl+C, kill) close the program through its normal exit, so
// the private cluster is stopped cleanly. wx runs this handler from the event loop.
void onTerminate(int) {
  for (wxWindow* window : wxTopLevelWindows) window->Destroy();
  if (wxTheApp) wxTheApp->ExitMainLoop();
}

bool WorkstationApp::OnInit() {
  SetSignalHandler(SIGTERM, onTerminate);
  SetSignalHandler(SIGINT, onTerminate);
  mws::runtime::loadConfiguration(*m_config, mws::runtime::Paths::forCurrentUser(), "",
                                  overridesFrom(argc, argv));
  mws::runtime::setupLogging(*m_config, "mws-workstation");
  // First run (installer issue): the set-up wizard, then the settings it wrote.
  if (mws::app::firstRunWanted(argv.GetArguments(), *m_config) && mws::app::runFirstRunWizard(*m_config)) {
    m_config = new Poco::Util::LayeredConfiguration;
    mws::runtime::loadConfiguration(*m_config, mws::runtime::Paths::forCurrentUser(), "", overridesFrom(argc, argv));
  }
  if (!readSecurity() || !openDatabase()) return false;
  const std::string unit = m_config->getString("unit.code", "");
  std::string unitName;
  if (auto units = mws::storage::PgUnitRepository(*m_database.db).list(); units) {
    for (const auto& u : *units) if (u.code == unit) unitName = u.name;
  }
  mws::presenter::Workplace place{unit, unitName, m_config->getString("counter.name", ""),
                                  m_database.cluster ? "private cluster"
                                                     : mws::storage::redactDsn(m_database.db->dsn())};
  m_services = std::make_unique<mws::app::WorkstationServices>(*m_database.db, place, nullptr, m_security.lockout);
  mws::app::DeviceSettings devices{m_config->getString("devices.camera", "synthetic"),
                                   m_config->getString("devices.fingerprint", "simulated"),
                                   m_config->getString("devices.document",
                                                       "folder:" + (mws::runtime::Paths::forCurrentUser().dataDir / "scans").string()),
                                   60};
  auto& clock = *m_services->services().clock;
  m_services->attach(mws::app::makeDevices(devices, [&clock] { return clock.today(); }));
  m_services->setPreferences(std::make_unique<mws::app::FilePreferences>(mws::runtime::Paths::forCurrentUser().userConfigDir / "preferences.properties"));
  if (!m_services->devices().problems.empty()) {
    Poco::Logger::get("mws.workstation").warning("devices: %s", m_services->devices().problems);
  }
  if (auto options = mws::runtime::syncAgentOptions(*m_config, m_database.db->dsn()); options) {
    m_sync = std::make_unique<AgentStatusSource>(std::move(*options));
    m_services->services().sync = m_sync.get();
  } else {
    Poco::Logger::get("mws.workstation").information("sync: %s", options.error().detail);
  }
  auto* frame = new mws::ui::MainFrame(m_services->services(), frameOptions());
  frame->Show();
  Poco::Logger::get("mws.workstation").information("main window shown");
  return true;
}

int WorkstationApp::OnExit() {
  m_services.reset();  // stops the devices
  m_sync.reset();      // stops the agent before its database goes
  m_database.db.reset();
  m_database.cluster.reset();  // stops the private cluster if this process started it
  return wxApp::OnExit();
}

}  // namespace

wxIMPLEMENT_APP_NO_MAIN(WorkstationApp);

int main(int argc, char** argv) {
  if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) {
    std::cerr << "mws-workstation: no display (DISPLAY is not set).\n"
                 "  On a desktop, start it from the desktop session.\n"
                 "  Without one, run it under a virtual display:\n"
                 "    xvfb-run -a -s '-screen 0 1280x800x24' mws-workstation\n"
                 "  or: scripts/run --xvfb\n";
    return 2;
  }
  return wxEntry(argc, argv);
}
