#pragma once
#include <string_view>

namespace mws::core {

// The program version; set from the project version by the build.
std::string_view version();

}  // namespace mws::core
