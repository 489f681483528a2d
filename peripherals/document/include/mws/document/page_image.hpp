#pragma once
// Page images from files (PNG, JPEG, TIFF, BMP… whatever OpenCV's codecs read).

#include <filesystem>

#include "mws/peripherals/page_source.hpp"

namespace mws::document {

// The page as an 8-bit grayscale frame. "document.unreadable" with param "reason" one of
// "missing", "not_a_file", "no_access", "empty", "undecodable"; `detail` never quotes the
// path, which may name the applicant.
core::Result<peripherals::Frame> loadPageImage(const std::filesystem::path& path);

class ImageFilePageSource final : public peripherals::PageSource {
public:
  core::Result<peripherals::Frame> loadPageImage(const std::filesystem::path& path) override;
};

}  // namespace mws::document
