#include "mws/document/page_image.hpp"

#include <cstring>
#include <fstream>
#include <optional>
#include <system_error>

#include <opencv2/imgcodecs.hpp>

#include "mws/peripherals/image_limits.hpp"

namespace mws::document {
namespace {

core::Error unreadable(std::string reason, std::string detail) {
  return core::makeError("document.unreadable", std::move(detail))
      .with("reason", std::move(reason));
}

// Why the file cannot be handed to a decoder, or nullopt when it can.
std::optional<core::Error> checkFile(const std::filesystem::path& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (!std::filesystem::exists(status)) {
    return unreadable("missing", "the file does not exist");
  }
  if (!std::filesystem::is_regular_file(status)) {
    return unreadable("not_a_file", "the path is not a regular file");
  }
  if (!std::ifstream(path, std::ios::binary).is_open()) {
    return unreadable("no_access", "the file cannot be opened for reading");
  }
  if (std::filesystem::file_size(path, ec) == 0 && !ec) {
    return unreadable("empty", "the file is empty");
  }
  return std::nullopt;
}

peripherals::Frame toFrame(const cv::Mat& gray) {
  auto frame = peripherals::makeFrame(gray.cols, gray.rows, peripherals::PixelFormat::Gray8);
  for (int y = 0; y < gray.rows; ++y) {
    std::memcpy(frame.row(y), gray.ptr(y), frame.stride);
  }
  frame.captured = std::chrono::steady_clock::now();
  return frame;
}

}  // namespace

core::Result<peripherals::Frame> loadPageImage(const std::filesystem::path& path) {
  if (auto problem = checkFile(path)) {
    return *std::move(problem);
  }
  // Sized from the header before OpenCV allocates for it: a bomb is refused, unread.
  if (auto sized = peripherals::checkImageFile(path); !sized) {
    if (sized.error().code == "image.too_large") return sized.error();
    return unreadable("undecodable", "no image format read here recognised the data");
  }
  cv::Mat gray;
  try {
    gray = cv::imread(path.string(), cv::IMREAD_GRAYSCALE);
  } catch (const cv::Exception& e) {
    return unreadable("undecodable", "the decoder failed (OpenCV error " +
                                         std::to_string(e.code) + ")");
  }
  if (gray.empty() || gray.type() != CV_8UC1) {
    return unreadable("undecodable", "no image codec recognised the data");
  }
  return toFrame(gray);
}

core::Result<peripherals::Frame> ImageFilePageSource::loadPageImage(
    const std::filesystem::path& path) {
  return document::loadPageImage(path);
}

}  // namespace mws::document
