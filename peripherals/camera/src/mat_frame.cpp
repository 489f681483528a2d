#include "mat_frame.hpp"

#include <cstring>

#include <opencv2/imgproc.hpp>

namespace mws::camera {
namespace {

peripherals::Frame copyRows(const cv::Mat& image, peripherals::PixelFormat format) {
  auto frame = peripherals::makeFrame(image.cols, image.rows, format);
  for (int y = 0; y < image.rows; ++y) {
    std::memcpy(frame.row(y), image.ptr(y), frame.stride);
  }
  return frame;
}

}  // namespace

core::Result<peripherals::Frame> frameFromMat(const cv::Mat& image) {
  if (image.empty()) {
    return core::makeError("camera.unsupported_format", "empty image");
  }
  switch (image.type()) {
    case CV_8UC1:
      return copyRows(image, peripherals::PixelFormat::Gray8);
    case CV_8UC3:
      return copyRows(image, peripherals::PixelFormat::Bgr8);
    case CV_8UC4: {
      cv::Mat bgr;
      cv::cvtColor(image, bgr, cv::COLOR_BGRA2BGR);
      return copyRows(bgr, peripherals::PixelFormat::Bgr8);
    }
    default:
      return core::makeError("camera.unsupported_format",
                             "OpenCV image type " + std::to_string(image.type()));
  }
}

}  // namespace mws::camera
