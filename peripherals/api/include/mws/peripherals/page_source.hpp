#pragma once
// Where pages of identity documents come from as images (a scanner's output folder, a file
// the officer picks).

#include <filesystem>

#include "mws/core/result.hpp"
#include "mws/peripherals/frame.hpp"

namespace mws::peripherals {

class PageSource {
public:
  virtual ~PageSource() = default;

  // The page as an 8-bit grayscale frame; "document.unreadable" (param "reason": "missing",
  // "not_a_file", "no_access", "empty" or "undecodable") when it cannot be read.
  virtual core::Result<Frame> loadPageImage(const std::filesystem::path& path) = 0;
};

}  // namespace mws::peripherals
