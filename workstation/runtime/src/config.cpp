#include "mws/runtime/config.hpp"

#include <Poco/AutoPtr.h>
#include <Poco/Util/IniFileConfiguration.h>
#include <Poco/Util/LayeredConfiguration.h>
#include <Poco/Util/MapConfiguration.h>

#include <filesystem>

namespace mws::runtime {
namespace {

enum Priority { kOverrides = -100, kExplicitFile = -50, kUserFile = 0, kSystemFile = 50, kDefaults = 100 };

Poco::AutoPtr<Poco::Util::MapConfiguration> mapOf(const std::map<std::string, std::string>& values) {
  Poco::AutoPtr<Poco::Util::MapConfiguration> map(new Poco::Util::MapConfiguration);
  for (const auto& [key, value] : values) map->setString(key, value);
  return map;
}

void addIniIfPresent(Poco::Util::LayeredConfiguration& config, const std::filesystem::path& file,
                     int priority) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return;
  Poco::AutoPtr<Poco::Util::IniFileConfiguration> ini(
      new Poco::Util::IniFileConfiguration(file.string()));
  config.add(ini, file.string(), priority, false);
}

}  // namespace

std::map<std::string, std::string> defaultSettings(const Paths& paths) {
  return {
      {"db.dsn", ""},
      {"db.cluster_dir", paths.clusterDir().string()},
      {"log.level", "information"},
      {"log.dir", paths.logDir.string()},
      {"unit.code", ""},
      {"counter.name", ""},
      {"devices.camera", "synthetic"},
      {"devices.fingerprint", "simulated"},
      {"central.url", ""},
      {"security.key_file", (paths.dataDir / "keys" / "blob.key").string()},
  };
}

void loadConfiguration(Poco::Util::LayeredConfiguration& config, const Paths& paths,
                       const std::string& explicitFile,
                       const std::map<std::string, std::string>& overrides) {
  config.add(mapOf(defaultSettings(paths)), "defaults", kDefaults, false);
  addIniIfPresent(config, paths.systemConfigDir / "mws.ini", kSystemFile);
  addIniIfPresent(config, paths.userConfigDir / "mws.ini", kUserFile);
  if (!explicitFile.empty()) {
    Poco::AutoPtr<Poco::Util::IniFileConfiguration> ini(
        new Poco::Util::IniFileConfiguration(explicitFile));
    config.add(ini, explicitFile, kExplicitFile, false);
  }
  config.add(mapOf(overrides), "command line", kOverrides, false);
}

}  // namespace mws::runtime
