#pragma once
// Generated frames: a colour gradient with a white square that moves a few pixels each frame
// (private to mws::camera; SyntheticCamera is the public face).

#include <atomic>
#include <cstdint>

#include "mws/camera/frame_source.hpp"

namespace mws::camera {

class SyntheticSource final : public FrameSource {
public:
  explicit SyntheticSource(double framesPerSecond);

  // A simulated unplug: reads fail with "camera.disconnected", the device disappears from
  // the list and cannot be opened until it is connected again. Safe from any thread.
  void setConnected(bool connected);

  core::Result<std::vector<peripherals::CameraDevice>> listDevices() override;
  core::Status open(const std::string& source, peripherals::FrameSize requested) override;
  void close() override;
  bool isOpen() const override;
  peripherals::FrameSize frameSize() const override;
  std::chrono::nanoseconds frameInterval() const override;
  core::Result<std::optional<peripherals::Frame>> read() override;

private:
  std::chrono::nanoseconds m_interval;
  std::atomic<bool> m_connected{true};
  bool m_open = false;
  peripherals::FrameSize m_size;
  std::uint64_t m_index = 0;
};

// Frame number `index` of the synthetic picture at the given size (Bgr8).
peripherals::Frame renderSyntheticFrame(peripherals::FrameSize size, std::uint64_t index);

}  // namespace mws::camera
