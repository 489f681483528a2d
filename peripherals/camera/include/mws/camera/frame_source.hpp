#pragma once
// One kind of device, read frame by frame. StreamingCamera turns a FrameSource into a
// peripherals::Camera; it never calls a source's open, close and read at the same time.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "mws/core/result.hpp"
#include "mws/peripherals/camera.hpp"
#include "mws/peripherals/frame.hpp"

namespace mws::camera {

class FrameSource {
public:
  virtual ~FrameSource() = default;

  // Must not touch the open device: it may run while the stream reads.
  virtual core::Result<std::vector<peripherals::CameraDevice>> listDevices() = 0;

  virtual core::Status open(const std::string& source, peripherals::FrameSize requested) = 0;
  virtual void close() = 0;
  virtual bool isOpen() const = 0;
  virtual peripherals::FrameSize frameSize() const = 0;

  // How often the stream should take a frame; zero when read() itself waits for the device.
  virtual std::chrono::nanoseconds frameInterval() const = 0;

  // The next frame (with its capture time); nullopt at the normal end of the source; an
  // error value when the device failed, e.g. "camera.disconnected".
  virtual core::Result<std::optional<peripherals::Frame>> read() = 0;
};

}  // namespace mws::camera
