#include <iostream>

#include "mws/cli/cli.hpp"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return mws::cli::run(args, std::cin, std::cout, std::cerr);
}
