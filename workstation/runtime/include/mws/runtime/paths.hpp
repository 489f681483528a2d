#pragma once
#include <filesystem>

namespace mws::runtime {

// Where the program keeps its files. A normal user follows the XDG base directories
// (~/.config/mws, ~/.local/share/mws, ~/.local/state/mws/logs); root — a service or a unit
// server — uses /etc/mws, /var/lib/mws and /var/log/mws.
struct Paths {
  std::filesystem::path systemConfigDir;  // /etc/mws
  std::filesystem::path userConfigDir;
  std::filesystem::path dataDir;
  std::filesystem::path logDir;

  std::filesystem::path clusterDir() const { return dataDir / "cluster"; }
  static Paths forCurrentUser();
};

}  // namespace mws::runtime
