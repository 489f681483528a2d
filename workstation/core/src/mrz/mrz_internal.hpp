#pragma once
// Helpers the MRZ sources share; not part of the core's interface.

#include <string>
#include <string_view>

namespace mws::core::mrz_detail {

struct MrzName {
  std::string primary;
  std::string secondary;
  bool truncated = false;
  bool hasDigits = false;
};

std::string trimFillers(std::string_view text);
MrzName splitName(std::string_view field);

}  // namespace mws::core::mrz_detail
