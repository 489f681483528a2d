#pragma once
// The images of a folder played as a camera stream ("folder:/path/to/dir"): every .jpg,
// .jpeg, .png, .bmp, .tif, .ppm or .pgm in name order, at a fixed rate, then Finished.
// Undecodable files are skipped. For demonstrations and tests of the live face guidance.

#include "mws/camera/streaming_camera.hpp"

namespace mws::camera {

class FolderCamera final : public StreamingCamera {
public:
  static constexpr double kDefaultFramesPerSecond = 10.0;

  // The rate is clamped to 1–1000 frames per second.
  explicit FolderCamera(double framesPerSecond = kDefaultFramesPerSecond);
};

}  // namespace mws::camera
