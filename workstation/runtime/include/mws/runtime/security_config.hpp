#pragma once
// The [security] settings of the loaded configuration, for the workstation and the CLI alike.

#include "mws/core/auth/security_settings.hpp"

namespace Poco::Util {
class AbstractConfiguration;
}

namespace mws::runtime {

// max_failures, lock_minutes and idle_lock_minutes (core::readSecuritySettings): unset keys
// keep their defaults; "config.invalid" naming the key for a value out of range.
core::Result<core::SecuritySettings> securitySettings(const Poco::Util::AbstractConfiguration& config);

}  // namespace mws::runtime
