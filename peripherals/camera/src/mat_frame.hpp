#pragma once
// Conversion from OpenCV images to the library-neutral Frame (private to mws::camera).

#include <opencv2/core/mat.hpp>

#include "mws/core/result.hpp"
#include "mws/peripherals/frame.hpp"

namespace mws::camera {

// Copies an 8-bit gray, BGR or BGRA image; other layouts give "camera.unsupported_format".
core::Result<peripherals::Frame> frameFromMat(const cv::Mat& image);

}  // namespace mws::camera
