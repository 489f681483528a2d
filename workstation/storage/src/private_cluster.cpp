#include "mws/storage/private_cluster.hpp"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <soci/soci.h>

#include <fstream>
#include <regex>

#include "mws/storage/database.hpp"
#include "process.hpp"

namespace fs = std::filesystem;

namespace mws::storage {
namespace {

const char* kSearchRoot = "/usr/lib/postgresql";

bool quoteSafe(const std::string& text) { return text.find('\'') == std::string::npos; }

std::string quoteIdentifier(const std::string& name) {
  std::string out = "\"";
  for (char c : name) out += (c == '"') ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

PrivateCluster::PrivateCluster(ClusterOptions options) : m_options(std::move(options)) {
  if (m_options.osUser.empty() && geteuid() == 0) m_options.osUser = "postgres";
}

PrivateCluster::~PrivateCluster() {
  if (m_startedByUs && m_stopOnExit && !inUseByOthers()) stop();
}

bool PrivateCluster::inUseByOthers() const {
  // Another program (the workstation while `mws` ran, say) may have connected to the server
  // this process started: leave it running for them.
  auto db = Database::connect(dsn("postgres"));
  if (!db) return false;
  try {
    int others = 0;
    (*db)->session() << "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"
                        " AND pid <> pg_backend_pid()",
        soci::into(others);
    return others > 0;
  } catch (const std::exception&) {
    return false;
  }
}

core::Result<std::string> PrivateCluster::findBinDir() {
  std::error_code ec;
  int best = -1;
  std::string bestDir;
  for (const auto& entry : fs::directory_iterator(kSearchRoot, ec)) {
    const std::string name = entry.path().filename().string();
    if (!std::regex_match(name, std::regex("[0-9]+"))) continue;
    if (!fs::exists(entry.path() / "bin" / "initdb") || std::stoi(name) <= best) continue;
    best = std::stoi(name);
    bestDir = (entry.path() / "bin").string();
  }
  if (best < 0) {
    return core::makeError("cluster.postgres_missing",
                           "no initdb under /usr/lib/postgresql/*/bin: install the Debian "
                           "package 'postgresql'");
  }
  return bestDir;
}

std::string PrivateCluster::tool(const std::string& name) const {
  return (fs::path(m_options.binDir) / name).string();
}

core::Status PrivateCluster::runTool(const std::string& name,
                                     const std::vector<std::string>& args,
                                     const std::string& errorCode) const {
  auto result = detail::runProcess(tool(name), args, m_options.osUser);
  if (result.exitCode == 0) return core::success();
  return core::makeError(errorCode, name + ": " + oneLine(result.output))
      .with("dir", m_options.dataDir.string());
}

core::Status PrivateCluster::prepareDirectory() {
  std::error_code ec;
  fs::create_directories(m_options.dataDir, ec);
  if (ec) {
    return core::makeError("cluster.directory", ec.message())
        .with("dir", m_options.dataDir.string());
  }
  if (!m_options.osUser.empty()) {
    const passwd* owner = getpwnam(m_options.osUser.c_str());
    if (!owner) {
      return core::makeError("cluster.no_unprivileged_user",
                             "PostgreSQL refuses to run as root and the user '" +
                                 m_options.osUser + "' does not exist");
    }
    if (chown(m_options.dataDir.c_str(), owner->pw_uid, owner->pw_gid) != 0) {
      return core::makeError("cluster.directory", "cannot hand the directory to " +
                                                      m_options.osUser);
    }
  }
  chmod(m_options.dataDir.c_str(), 0700);
  return core::success();
}

core::Status PrivateCluster::writeSettings() {
  const std::string dir = m_options.dataDir.string();
  if (!quoteSafe(dir)) return core::makeError("cluster.directory", "quote in directory name");
  std::ofstream conf(m_options.dataDir / "postgresql.auto.conf", std::ios::app);
  conf << "listen_addresses = ''\n"
       << "unix_socket_directories = '" << dir << "'\n"
       // Errors may quote the values of rows (personal data): keep them out of the log.
       << "log_min_messages = log\nlog_min_error_statement = panic\n"
       << "log_error_verbosity = terse\n";
  if (!m_options.durable) {
    conf << "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n";
  }
  if (!conf) return core::makeError("cluster.directory", "cannot write postgresql.auto.conf");
  return core::success();
}

core::Status PrivateCluster::initialise() {
  if (auto ok = prepareDirectory(); !ok) return ok;
  auto made = runTool("initdb",
                      {"-D", m_options.dataDir.string(), "-U", kSuperuser, "--auth=trust",
                       "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"},
                      "cluster.initdb_failed");
  if (!made) return made;
  return writeSettings();
}

bool PrivateCluster::isRunning() const {
  if (m_options.binDir.empty()) return false;
  auto result = detail::runProcess(tool("pg_ctl"), {"-D", m_options.dataDir.string(), "status"},
                                   m_options.osUser);
  return result.exitCode == 0;
}

core::Status PrivateCluster::ensureRunning() {
  if (m_options.binDir.empty()) {
    auto dir = findBinDir();
    if (!dir) return dir.error();
    m_options.binDir = *dir;
  }
  if (!fs::exists(m_options.dataDir / "PG_VERSION")) {
    if (auto ok = initialise(); !ok) return ok;
  }
  if (!isRunning()) {
    const std::string log = (m_options.dataDir / "server.log").string();
    auto started = runTool("pg_ctl", {"-D", m_options.dataDir.string(), "-l", log, "-w", "-t",
                                      "60", "start"},
                           "cluster.start_failed");
    if (!started) return started;
    m_startedByUs = true;
  }
  return createDatabase(kDatabase);
}

core::Status PrivateCluster::stop() {
  if (!isRunning()) return core::success();
  m_startedByUs = false;
  return runTool("pg_ctl", {"-D", m_options.dataDir.string(), "-m", "fast", "-w", "stop"},
                 "cluster.stop_failed");
}

std::string PrivateCluster::dsn(const std::string& database) const {
  return "host=" + m_options.dataDir.string() + " port=5432 user=" + kSuperuser +
         " dbname=" + database;
}

core::Status PrivateCluster::createDatabase(const std::string& name,
                                            const std::string& templateName) {
  auto admin = Database::connect(dsn("postgres"));
  if (!admin) return admin.error();
  auto& db = **admin;
  int exists = 0;
  try {
    db.session() << "SELECT count(*) FROM pg_database WHERE datname = :n", soci::use(name),
        soci::into(exists);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
  if (exists > 0) return core::success();
  std::string create = "CREATE DATABASE " + quoteIdentifier(name);
  if (!templateName.empty()) create += " TEMPLATE " + quoteIdentifier(templateName);
  return db.executeScript(create);
}

core::Status PrivateCluster::dropDatabase(const std::string& name) {
  auto admin = Database::connect(dsn("postgres"));
  if (!admin) return admin.error();
  return (*admin)->executeScript("DROP DATABASE IF EXISTS " + quoteIdentifier(name) +
                                 " WITH (FORCE)");
}

}  // namespace mws::storage
