#include "mws/runtime/paths.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

namespace mws::runtime {
namespace {

std::filesystem::path homeDir() {
  if (const char* home = std::getenv("HOME"); home && *home) return home;
  if (const passwd* pw = getpwuid(getuid())) return pw->pw_dir;
  return "/tmp";
}

std::filesystem::path xdg(const char* variable, const char* fallback) {
  if (const char* value = std::getenv(variable); value && *value == '/') return value;
  return homeDir() / fallback;
}

}  // namespace

Paths Paths::forCurrentUser() {
  Paths paths;
  paths.systemConfigDir = "/etc/mws";
  paths.userConfigDir = xdg("XDG_CONFIG_HOME", ".config") / "mws";
  if (geteuid() == 0) {
    // PostgreSQL's server cannot reach into /root, and services keep state in /var.
    paths.dataDir = "/var/lib/mws";
    paths.logDir = "/var/log/mws";
  } else {
    paths.dataDir = xdg("XDG_DATA_HOME", ".local/share") / "mws";
    paths.logDir = xdg("XDG_STATE_HOME", ".local/state") / "mws" / "logs";
  }
  return paths;
}

}  // namespace mws::runtime
