#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace mws::cli {

// Exit statuses of `mws`.
enum ExitCode { kOk = 0, kFailed = 1, kUsage = 2 };

// Runs `mws <args...>`; everything it prints goes to `out` and `err`, passwords are read
// from `in`. The executable is a thin main over this, so tests drive the real commands.
int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err);

}  // namespace mws::cli
