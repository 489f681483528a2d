#include "mws/runtime/security_config.hpp"

#include <Poco/Util/AbstractConfiguration.h>

namespace mws::runtime {

core::Result<core::SecuritySettings> securitySettings(const Poco::Util::AbstractConfiguration& config) {
  return core::readSecuritySettings([&config](const std::string& key) -> std::optional<std::string> {
    if (!config.hasProperty(key)) return std::nullopt;
    return config.getString(key);
  });
}

}  // namespace mws::runtime
