#pragma once
#include <string>

namespace Poco::Util {
class AbstractConfiguration;
}

namespace mws::runtime {

// Sends the root logger to the console and to <log.dir>/<program>.log (rotated), at
// log.level. Log lines carry codes and counts, never personal data.
void setupLogging(const Poco::Util::AbstractConfiguration& config, const std::string& program);

}  // namespace mws::runtime
