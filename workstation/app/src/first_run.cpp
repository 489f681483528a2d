#include "mws/app/first_run.hpp"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <Poco/Util/AbstractConfiguration.h>
#include <unistd.h>
#include <wx/fileconf.h>
#include <wx/intl.h>

#include <filesystem>
#include <fstream>

#include "mws/runtime/paths.hpp"
#include "mws/storage/database.hpp"
#include "mws/storage/private_cluster.hpp"
#include "mws/ui/first_run_wizard.hpp"

namespace mws::app {
namespace {

namespace fs = std::filesystem;

fs::path accountConfig() { return runtime::Paths::forCurrentUser().userConfigDir / "mws.ini"; }

// The mws next to this program (installed: /usr/bin; build tree: ../cli/mws), else PATH's.
std::string mwsProgram() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  for (const fs::path& candidate : {self.parent_path() / "mws", self.parent_path() / ".." / "cli" / "mws"}) {
    if (!ec && ::access(candidate.c_str(), X_OK) == 0) return candidate.string();
  }
  return "mws";
}

// Runs `mws ARGS --config <account mws.ini>`; ok on exit 0, with what it printed.
ui::FirstRunOutcome runMws(Poco::Process::Args args) {
  const fs::path config = accountConfig();
  std::error_code ec;
  fs::create_directories(config.parent_path(), ec);
  if (!fs::exists(config)) std::ofstream(config) << "; written by the first-run wizard\n";
  args.push_back("--config");
  args.push_back(config.string());
  Poco::Pipe out;
  try {
    Poco::ProcessHandle process = Poco::Process::launch(mwsProgram(), args, nullptr, &out, &out);
    Poco::PipeInputStream stream(out);
    std::string text;
    Poco::StreamCopier::copyToString(stream, text);
    const int status = process.wait();
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return {status == 0, text};
  } catch (const Poco::Exception& e) {
    return {false, "cannot run mws: " + e.displayText()};
  }
}

ui::FirstRunOutcome testDatabase(const std::string& dsn, const std::string& clusterDir) {
  if (dsn.empty()) {
    auto bin = storage::PrivateCluster::findBinDir();
    if (!bin) return {false, wxString(_("PostgreSQL is not installed on this computer.")).ToStdString(wxConvUTF8)};
    return {true, wxString::Format(_("PostgreSQL found; the private database will be made in %s."),
                                   wxString::FromUTF8(clusterDir)).ToStdString(wxConvUTF8)};
  }
  auto db = storage::Database::connect(dsn);
  if (!db) return {false, wxString::Format(_("Cannot connect: %s"), wxString::FromUTF8(db.error().detail)).ToStdString(wxConvUTF8)};
  return {true, wxString::Format(_("Connected to %s."), wxString::FromUTF8(storage::redactDsn(dsn))).ToStdString(wxConvUTF8)};
}

// The wizard's settings into the account's mws.ini; keys onboarding wrote stay.
ui::FirstRunOutcome writeSettings(const ui::FirstRunSettings& s) {
  const fs::path file = accountConfig();
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  wxFileConfig ini("mws", "", wxString::FromUTF8(file.string()), "",
                   wxCONFIG_USE_LOCAL_FILE | wxCONFIG_USE_NO_ESCAPE_CHARACTERS);
  ini.Write("/db/dsn", wxString::FromUTF8(s.dsn));
  ini.Write("/unit/code", wxString::FromUTF8(s.unit));
  ini.Write("/counter/name", wxString::FromUTF8(s.counter));
  if (!s.centre.empty() && !ini.HasEntry("/central/url")) ini.Write("/central/url", wxString::FromUTF8(s.centre));
  if (!ini.Flush()) return {false, "cannot write " + file.string()};
  return {true, file.string()};
}

}  // namespace

bool firstRunWanted(const wxArrayString& args, const Poco::Util::AbstractConfiguration& config) {
  bool scripted = false;
  for (const auto& arg : args) {
    if (arg == "--first-run") return true;
    scripted = scripted || arg == "--dsn" || arg == "--cluster-dir";
  }
  std::error_code ec;
  return !scripted && config.getString("unit.code", "").empty() && !fs::exists(accountConfig(), ec);
}

bool runFirstRunWizard(const Poco::Util::AbstractConfiguration& config) {
  const std::string clusterDir = config.getString("db.cluster_dir", "");
  ui::FirstRunActions actions;
  actions.testDatabase = [clusterDir](const std::string& dsn) { return testDatabase(dsn, clusterDir); };
  actions.makeRequest = [](const std::string& unit, const std::string& centre) {
    Poco::Process::Args args{"onboard", "--unit", unit};
    if (!centre.empty()) args.insert(args.end(), {"--centre", centre});
    return runMws(args);
  };
  actions.installCertificate = [](const std::string& certificate, const std::string& ca) {
    return runMws({"onboard", "--install-cert", certificate, "--ca", ca});
  };
  actions.finish = writeSettings;
  ui::FirstRunWizard wizard(nullptr, actions);
  return wizard.ShowModal() == wxID_OK && wizard.finished();
}

}  // namespace mws::app
