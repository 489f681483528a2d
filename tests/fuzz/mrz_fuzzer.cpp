// libFuzzer target for the MRZ parser: any bytes, split into lines at '\n', must give a
// document or an Error — no crash, no hang, no read out of bounds (ASan, UBSan).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "mws/core/mrz/mrz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> lines(1);
  for (std::size_t i = 0; i < size && lines.size() <= 4; ++i) {
    if (data[i] == '\n') {
      lines.emplace_back();
    } else {
      lines.back().push_back(static_cast<char>(data[i]));
    }
  }
  static const auto today = *mws::core::CivilDate::make(2026, 11, 21);
  auto doc = mws::core::parseMrz(lines, mws::core::MrzParseOptions{today, nullptr});
  if (doc) {
    (void)doc->valid();
  }
  return 0;
}
