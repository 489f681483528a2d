#pragma once
#include <map>
#include <string>

#include "mws/runtime/paths.hpp"

namespace Poco::Util {
class LayeredConfiguration;
}

namespace mws::runtime {

// Layers, weakest first: built-in defaults < /etc/mws/mws.ini < the user's mws.ini <
// an explicit --config file < command-line settings. Keys are "section.name", e.g. db.dsn.
void loadConfiguration(Poco::Util::LayeredConfiguration& config, const Paths& paths,
                       const std::string& explicitFile,
                       const std::map<std::string, std::string>& overrides);

// The built-in defaults (documented in README and in resources/config/mws.ini).
std::map<std::string, std::string> defaultSettings(const Paths& paths);

}  // namespace mws::runtime
