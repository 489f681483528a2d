#pragma once
#include <string>
#include <vector>

namespace mws::storage::detail {

struct ProcessResult {
  int exitCode = -1;
  std::string output;  // standard output and standard error together
};

// Runs a program and waits for it. With a non-empty `asUser` while running as root, the
// program runs as that unprivileged user through runuser(1).
ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args,
                         const std::string& asUser = {});

}  // namespace mws::storage::detail
