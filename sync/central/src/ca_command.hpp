#pragma once
// mws-central ca init|issue: the pilot certificate authority on the command line.

#include <Poco/Util/AbstractConfiguration.h>

#include <iosfwd>
#include <string>
#include <vector>

namespace mws::sync::central {

// args: {"ca", "init"} or {"ca", "issue"}; the options come bound in `config`
// (ca.dir, ca.unit, ca.host). Returns a process exit status (0, 64 usage, 73 cannot create).
int runCaCommand(const std::vector<std::string>& args,
                 const Poco::Util::AbstractConfiguration& config, std::ostream& out,
                 std::ostream& err);

}  // namespace mws::sync::central
