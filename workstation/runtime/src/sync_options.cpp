#include "mws/runtime/sync_options.hpp"

#include <Poco/Environment.h>
#include <Poco/Util/AbstractConfiguration.h>

namespace mws::runtime {

core::Result<sync::client::AgentOptions> syncAgentOptions(
    const Poco::Util::AbstractConfiguration& config, const std::string& dsn) {
  sync::client::AgentOptions options;
  options.dsn = dsn;
  options.centralUrl = config.getString("central.url", "");
  options.origin.unit = config.getString("unit.code", "");
  options.origin.source = config.getString(
      "central.source", config.getString("counter.name", Poco::Environment::nodeName()));
  options.client.caFile = config.getString("central.ca_file", "");
  options.client.certificateFile = config.getString("central.cert_file", "");
  options.client.privateKeyFile = config.getString("central.key_file", "");
  options.keepSentBlobs = std::chrono::hours(config.getInt("central.keep_sent_blobs_hours", 24));
  if (options.centralUrl.empty()) {
    return core::makeError("sync.not_configured", "central.url is not set").with("key", "central.url");
  }
  if (options.origin.unit.empty()) {
    return core::makeError("sync.not_configured", "unit.code is not set").with("key", "unit.code");
  }
  return options;
}

}  // namespace mws::runtime
