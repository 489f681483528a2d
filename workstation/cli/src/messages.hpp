#pragma once
#include <map>
#include <string>

#include "mws/core/result.hpp"

namespace mws::cli {

// Code -> English for the domain core's and the repositories' codes (messages_domain.cpp).
const std::map<std::string, std::string>& domainTexts();

// Code -> English for devices, sync, queue, printing, drafts, storage, keys and
// certificates (messages_system.cpp).
const std::map<std::string, std::string>& systemTexts();

// The English text of a code, "{name}" standing for its parameter `name`; nullptr for a
// code without words (the CLI would print it bare: tests/storage/cli_messages_test.cpp
// fails on every such code in the sources).
const std::string* wordingOf(const std::string& code);

// "text[: detail][ [rule …]][ (other params)]", the parameters quoted in the text filled in.
std::string describe(const core::Error& error);

}  // namespace mws::cli
