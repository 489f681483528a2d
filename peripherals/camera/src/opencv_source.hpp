#pragma once
// Frames from cv::VideoCapture: a V4L2 device or a video file (private to mws::camera).

#include <opencv2/videoio.hpp>

#include "mws/camera/camera_spec.hpp"
#include "mws/camera/frame_source.hpp"

namespace mws::camera {

class OpenCvSource final : public FrameSource {
public:
  core::Result<std::vector<peripherals::CameraDevice>> listDevices() override;
  core::Status open(const std::string& source, peripherals::FrameSize requested) override;
  void close() override;
  bool isOpen() const override;
  peripherals::FrameSize frameSize() const override;
  std::chrono::nanoseconds frameInterval() const override;
  core::Result<std::optional<peripherals::Frame>> read() override;

private:
  core::Status openFile(const std::string& path);
  core::Status openDevice(const std::string& location, peripherals::FrameSize requested);
  core::Status takeOpened(bool isFile, peripherals::FrameSize fallback);

  cv::VideoCapture m_capture;
  std::string m_source;  // the spec text, quoted in errors
  bool m_isFile = false;
  peripherals::FrameSize m_size;
  std::chrono::nanoseconds m_interval{0};
};

}  // namespace mws::camera
