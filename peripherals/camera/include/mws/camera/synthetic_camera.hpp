#pragma once
// A simulated camera ("synthetic"): a colour gradient with a white square that moves 8 pixels
// to the right each frame, at a fixed frame rate. For tests and for running the workstation
// without devices; it can also simulate being unplugged.

#include "mws/camera/streaming_camera.hpp"

namespace mws::camera {

class SyntheticCamera final : public StreamingCamera {
public:
  static constexpr double kDefaultFramesPerSecond = 30.0;

  // The rate is clamped to 1–1000 frames per second.
  explicit SyntheticCamera(double framesPerSecond = kDefaultFramesPerSecond);

  // false simulates an unplug: a running stream fails with "camera.disconnected", the device
  // leaves the list and open() gives "camera.not_found". Safe from any thread.
  void setConnected(bool connected);
};

}  // namespace mws::camera
