#pragma once
// Running the command line in-process for the security tests, and the dates it files on.
#include <ctime>
#include <sstream>
#include <string>
#include <vector>

#include "mws/cli/cli.hpp"
#include "mws/core/domain/civil_date.hpp"

namespace mws::test {

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

// `mws ARGS` with `input` on standard input.
inline CliRun runCli(const std::vector<std::string>& args, const std::string& input) {
  std::istringstream in(input);
  std::ostringstream out, err;
  const int code = cli::run(args, in, out, err);
  return {code, out.str(), err.str()};
}

// Today plus `offset` days, as the CLI files cases (the machine's local date).
inline std::string day(int offset) {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  auto today = core::CivilDate::make(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                                     static_cast<unsigned>(local.tm_mday));
  return today->addDays(offset).toString();
}

}  // namespace mws::test
