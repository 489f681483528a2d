#include "mws/face/image_file.hpp"

#include <system_error>

#include <opencv2/imgcodecs.hpp>

#include "cv_frame.hpp"
#include "mws/peripherals/image_limits.hpp"

namespace mws::face {
namespace {

core::Error unreadable(std::string reason) {
  return core::makeError("face.unreadable", "the photo cannot be read: " + reason)
      .with("reason", std::move(reason));
}

}  // namespace

core::Result<peripherals::Frame> readImageFile(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return unreadable("missing");
  }
  if (!std::filesystem::is_regular_file(path, ec)) {
    return unreadable("not_a_file");
  }
  // Sized from the header before OpenCV allocates for it: a bomb is refused, unread.
  if (auto sized = peripherals::checkImageFile(path); !sized) {
    if (sized.error().code == "image.too_large") return sized.error();
    return unreadable("undecodable");
  }
  cv::Mat image;
  try {
    image = cv::imread(path.string(), cv::IMREAD_COLOR);
  } catch (const cv::Exception&) {
    image.release();
  }
  if (image.empty()) {
    return unreadable("undecodable");
  }
  return frameOf(image);
}

}  // namespace mws::face
