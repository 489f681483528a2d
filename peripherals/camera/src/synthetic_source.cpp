#include "synthetic_source.hpp"

#include <algorithm>

#include "mws/camera/camera_spec.hpp"

namespace mws::camera {
namespace {

constexpr peripherals::FrameSize kDefaultSize{640, 480};
constexpr int kMaxSide = 8192;
constexpr int kStepPixels = 8;

void paintBackground(peripherals::Frame& frame) {
  for (int y = 0; y < frame.height; ++y) {
    std::uint8_t* row = frame.row(y);
    const auto green = static_cast<std::uint8_t>(y * 255 / frame.height);
    for (int x = 0; x < frame.width; ++x) {
      row[3 * x] = static_cast<std::uint8_t>(x * 255 / frame.width);
      row[3 * x + 1] = green;
      row[3 * x + 2] = 64;
    }
  }
}

void paintSquare(peripherals::Frame& frame, std::uint64_t index) {
  const int side = std::max(1, std::min(frame.width, frame.height) / 5);
  const int travel = std::max(1, frame.width - side);
  const int left = static_cast<int>((index * kStepPixels) % std::uint64_t(travel));
  const int top = (frame.height - side) / 2;
  for (int y = top; y < top + side; ++y) {
    std::fill_n(frame.row(y) + 3 * left, 3 * side, std::uint8_t{255});
  }
}

}  // namespace

peripherals::Frame renderSyntheticFrame(peripherals::FrameSize size, std::uint64_t index) {
  auto frame = peripherals::makeFrame(size.width, size.height, peripherals::PixelFormat::Bgr8);
  if (!frame.empty()) {
    paintBackground(frame);
    paintSquare(frame, index);
  }
  return frame;
}

SyntheticSource::SyntheticSource(double framesPerSecond)
    : m_interval(static_cast<std::int64_t>(1e9 / std::clamp(framesPerSecond, 1.0, 1000.0))) {}

void SyntheticSource::setConnected(bool connected) { m_connected = connected; }

core::Result<std::vector<peripherals::CameraDevice>> SyntheticSource::listDevices() {
  if (!m_connected) {
    return std::vector<peripherals::CameraDevice>{};
  }
  return std::vector<peripherals::CameraDevice>{{"synthetic", "Simulated camera"}};
}

core::Status SyntheticSource::open(const std::string& source, peripherals::FrameSize requested) {
  auto spec = parseCameraSpec(source);
  if (!spec || spec->kind != CameraKind::Synthetic) {
    return core::makeError("camera.unsupported_source", "SyntheticCamera opens \"synthetic\"")
        .with("source", source);
  }
  if (!m_connected) {
    return core::makeError("camera.not_found", "the simulated camera is unplugged")
        .with("source", source);
  }
  const bool wanted = requested.width > 0 && requested.height > 0;
  m_size = wanted ? requested : kDefaultSize;
  m_size.width = std::min(m_size.width, kMaxSide);
  m_size.height = std::min(m_size.height, kMaxSide);
  m_index = 0;
  m_open = true;
  return core::success();
}

void SyntheticSource::close() {
  m_open = false;
  m_size = {};
}

bool SyntheticSource::isOpen() const { return m_open; }

peripherals::FrameSize SyntheticSource::frameSize() const { return m_size; }

std::chrono::nanoseconds SyntheticSource::frameInterval() const { return m_interval; }

core::Result<std::optional<peripherals::Frame>> SyntheticSource::read() {
  if (!m_connected) {
    return core::makeError("camera.disconnected", "the simulated camera was unplugged")
        .with("source", std::string("synthetic"));
  }
  auto frame = renderSyntheticFrame(m_size, m_index++);
  frame.captured = std::chrono::steady_clock::now();
  return std::optional<peripherals::Frame>(std::move(frame));
}

}  // namespace mws::camera
