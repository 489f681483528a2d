#pragma once
// Frames from the images of a folder, played in name order at a fixed rate as if they came
// from a camera ("folder:/path/to/dir"); the stream finishes after the last image (private
// to mws::camera; FolderCamera is the public face).

#include <filesystem>
#include <vector>

#include "mws/camera/frame_source.hpp"

namespace mws::camera {

class FolderSource final : public FrameSource {
public:
  explicit FolderSource(double framesPerSecond);

  core::Result<std::vector<peripherals::CameraDevice>> listDevices() override;
  core::Status open(const std::string& source, peripherals::FrameSize requested) override;
  void close() override;
  bool isOpen() const override;
  peripherals::FrameSize frameSize() const override;
  std::chrono::nanoseconds frameInterval() const override;
  core::Result<std::optional<peripherals::Frame>> read() override;

private:
  std::chrono::nanoseconds m_interval;
  std::string m_source;  // the spec text, quoted in errors
  std::vector<std::filesystem::path> m_images;
  std::size_t m_next = 0;
  bool m_open = false;
  peripherals::FrameSize m_size;
};

}  // namespace mws::camera
