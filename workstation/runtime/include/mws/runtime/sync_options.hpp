#pragma once
#include <string>

#include "mws/core/result.hpp"
#include "mws/sync/client/sync_agent.hpp"

namespace Poco::Util {
class AbstractConfiguration;
}

namespace mws::runtime {

// The sync agent's settings from [central] (url, ca_file, cert_file, key_file, source) and
// [unit] code; the source defaults to [counter] name, then the host name.
// "sync.not_configured" (params key) when central.url or unit.code is missing.
core::Result<sync::client::AgentOptions> syncAgentOptions(
    const Poco::Util::AbstractConfiguration& config, const std::string& dsn);

}  // namespace mws::runtime
