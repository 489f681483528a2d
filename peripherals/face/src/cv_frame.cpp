#include "cv_frame.hpp"

#include <cstring>

#include <opencv2/imgproc.hpp>

namespace mws::face {

cv::Mat bgrOf(const peripherals::Frame& frame) {
  auto* data = const_cast<std::uint8_t*>(frame.pixels.data());
  if (frame.format == peripherals::PixelFormat::Bgr8) {
    return cv::Mat(frame.height, frame.width, CV_8UC3, data, frame.stride);
  }
  cv::Mat gray(frame.height, frame.width, CV_8UC1, data, frame.stride);
  cv::Mat bgr;
  cv::cvtColor(gray, bgr, cv::COLOR_GRAY2BGR);
  return bgr;
}

peripherals::Frame frameOf(const cv::Mat& bgr) {
  auto frame = peripherals::makeFrame(bgr.cols, bgr.rows, peripherals::PixelFormat::Bgr8);
  for (int y = 0; y < bgr.rows; ++y) {
    std::memcpy(frame.row(y), bgr.ptr(y), frame.stride);
  }
  return frame;
}

}  // namespace mws::face
