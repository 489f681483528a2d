#pragma once
#include <map>
#include <string>

namespace mws::cli {

// Code -> English for the domain core's and the repositories' codes (messages_domain.cpp).
const std::map<std::string, std::string>& domainTexts();

}  // namespace mws::cli
