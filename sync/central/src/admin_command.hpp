#pragma once
// mws-central decide|reference: the centre's own writes that units pull, on the command line.

#include <Poco/Util/AbstractConfiguration.h>

#include <iosfwd>
#include <string>
#include <vector>

namespace mws::sync::central {

// args: {"decide"} with decide.case, decide.state, decide.reason, decide.by bound in
// `config`, or {"reference"} with reference.table, reference.row; both need central.dsn.
// Prints the change's number. Returns 0, 64 (usage), 65 (refused data), 69 (database).
int runAdminCommand(const std::vector<std::string>& args,
                    const Poco::Util::AbstractConfiguration& config, std::ostream& out,
                    std::ostream& err);

}  // namespace mws::sync::central
