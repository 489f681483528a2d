#pragma once
// Views of frames as OpenCV images and back (private to mws::face).

#include <opencv2/core/mat.hpp>

#include "mws/face/face_report.hpp"
#include "mws/peripherals/frame.hpp"

namespace mws::face {

// A BGR view of a Bgr8 frame (no copy) or a BGR copy of a Gray8 one.
cv::Mat bgrOf(const peripherals::Frame& frame);
// A Bgr8 frame holding a copy of an 8-bit BGR image.
peripherals::Frame frameOf(const cv::Mat& bgr);

inline cv::Rect rectOf(const Box& box) { return {box.x, box.y, box.width, box.height}; }
inline Box boxOf(const cv::Rect& rect) { return {rect.x, rect.y, rect.width, rect.height}; }

}  // namespace mws::face
