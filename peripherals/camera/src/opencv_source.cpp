#include "opencv_source.hpp"

#include <filesystem>
#include <system_error>

#include <opencv2/videoio/registry.hpp>

#include "mat_frame.hpp"
#include "v4l2_devices.hpp"

namespace mws::camera {
namespace {

core::Error sourceError(std::string code, std::string detail, const std::string& source) {
  return core::makeError(std::move(code), std::move(detail)).with("source", source);
}

bool isRegularFile(const std::filesystem::path& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec);
}

bool exists(const std::filesystem::path& path) {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

std::chrono::nanoseconds intervalFromFps(double fps) {
  if (!(fps >= 1.0 && fps <= 1000.0)) {
    return std::chrono::nanoseconds{0};
  }
  return std::chrono::nanoseconds{static_cast<std::int64_t>(1e9 / fps)};
}

// Backends that decode files, best first. CAP_ANY is avoided on purpose: it would also let
// the image-sequence backend read "img_%02d.png" patterns and GStreamer parse pipelines.
constexpr cv::VideoCaptureAPIs kFileBackends[] = {cv::CAP_FFMPEG, cv::CAP_OPENCV_MJPEG};

bool openWithFileBackend(cv::VideoCapture& capture, const std::string& path) {
  for (const auto backend : kFileBackends) {
    if (cv::videoio_registry::hasBackend(backend) && capture.open(path, backend)) {
      return true;
    }
  }
  return false;
}

}  // namespace

core::Result<std::vector<peripherals::CameraDevice>> OpenCvSource::listDevices() {
  return listV4l2Devices();
}

core::Status OpenCvSource::open(const std::string& source, peripherals::FrameSize requested) {
  auto spec = parseCameraSpec(source);
  if (!spec) {
    return spec.error();
  }
  if (spec->kind == CameraKind::Synthetic || spec->kind == CameraKind::Folder) {
    return sourceError("camera.unsupported_source",
                       "synthetic and folder sources have cameras of their own", source);
  }
  close();
  m_source = source;
  try {
    return spec->kind == CameraKind::File ? openFile(spec->location)
                                          : openDevice(spec->location, requested);
  } catch (const cv::Exception& e) {
    m_capture.release();
    return sourceError("camera.open_failed", "OpenCV error " + std::to_string(e.code), source);
  }
}

core::Status OpenCvSource::openFile(const std::string& path) {
  if (!isRegularFile(path)) {
    return sourceError("camera.not_found", "no such video file", m_source);
  }
  if (!openWithFileBackend(m_capture, path)) {
    return sourceError("camera.open_failed", "no video backend could decode the file", m_source);
  }
  return takeOpened(true, {});
}

core::Status OpenCvSource::openDevice(const std::string& location,
                                      peripherals::FrameSize requested) {
  const bool byIndex = !location.starts_with('/');
  const std::string node = byIndex ? "/dev/video" + location : location;
  if (!exists(node)) {
    return sourceError("camera.not_found", "no such video device", m_source);
  }
  const bool opened = byIndex ? m_capture.open(std::stoi(location), cv::CAP_V4L2)
                              : m_capture.open(node, cv::CAP_V4L2);
  if (!opened) {
    return sourceError("camera.open_failed", "the device refused to open (busy or no access)",
                       m_source);
  }
  if (requested.width > 0 && requested.height > 0) {
    m_capture.set(cv::CAP_PROP_FRAME_WIDTH, requested.width);
    m_capture.set(cv::CAP_PROP_FRAME_HEIGHT, requested.height);
  }
  return takeOpened(false, requested);
}

// Records what the freshly opened capture delivers.
core::Status OpenCvSource::takeOpened(bool isFile, peripherals::FrameSize fallback) {
  m_isFile = isFile;
  const int width = static_cast<int>(m_capture.get(cv::CAP_PROP_FRAME_WIDTH));
  const int height = static_cast<int>(m_capture.get(cv::CAP_PROP_FRAME_HEIGHT));
  m_size = (width > 0 && height > 0) ? peripherals::FrameSize{width, height} : fallback;
  m_interval = isFile ? intervalFromFps(m_capture.get(cv::CAP_PROP_FPS))
                      : std::chrono::nanoseconds{0};
  return core::success();
}

void OpenCvSource::close() {
  m_capture.release();
  m_size = {};
  m_interval = std::chrono::nanoseconds{0};
}

bool OpenCvSource::isOpen() const { return m_capture.isOpened(); }

peripherals::FrameSize OpenCvSource::frameSize() const { return m_size; }

std::chrono::nanoseconds OpenCvSource::frameInterval() const { return m_interval; }

core::Result<std::optional<peripherals::Frame>> OpenCvSource::read() {
  cv::Mat image;
  bool got = false;
  try {
    got = m_capture.read(image) && !image.empty();
  } catch (const cv::Exception&) {
    got = false;
  }
  if (!got) {
    if (m_isFile) {
      return std::optional<peripherals::Frame>{};
    }
    return sourceError("camera.disconnected", "the device stopped delivering frames", m_source);
  }
  auto frame = frameFromMat(image);
  if (!frame) {
    return frame.error();
  }
  frame->captured = std::chrono::steady_clock::now();
  return std::optional<peripherals::Frame>(std::move(frame.value()));
}

}  // namespace mws::camera
