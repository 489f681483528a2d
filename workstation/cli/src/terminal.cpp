#include "terminal.hpp"

#include <termios.h>
#include <unistd.h>

#include <iostream>

namespace mws::cli {

std::string readHidden(const char* prompt, std::ostream& err) {
  err << prompt << std::flush;
  termios old{};
  tcgetattr(STDIN_FILENO, &old);
  termios quiet = old;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  std::string line;
  std::getline(std::cin, line);
  tcsetattr(STDIN_FILENO, TCSANOW, &old);
  err << "\n";
  return line;
}

bool isInteractive(std::istream& in) {
  return &in == &std::cin && isatty(STDIN_FILENO);
}

std::string readLine(std::istream& in) {
  std::string line;
  std::getline(in, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace mws::cli
