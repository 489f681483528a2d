#pragma once
#include <iosfwd>
#include <string>

namespace mws::cli {

// Prints `prompt` on `err` and reads one line from the terminal without echoing it.
std::string readHidden(const char* prompt, std::ostream& err);

// True when `in` is the process's standard input and that is a terminal.
bool isInteractive(std::istream& in);

// Reads one line and drops a trailing carriage return.
std::string readLine(std::istream& in);

}  // namespace mws::cli
