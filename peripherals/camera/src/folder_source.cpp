#include "folder_source.hpp"

#include <algorithm>
#include <cctype>
#include <system_error>

#include <opencv2/imgcodecs.hpp>

#include "mat_frame.hpp"
#include "mws/camera/camera_spec.hpp"
#include "mws/peripherals/image_limits.hpp"

namespace mws::camera {
namespace {

core::Error sourceError(std::string code, std::string detail, const std::string& source) {
  return core::makeError(std::move(code), std::move(detail)).with("source", source);
}

bool isImageName(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  return ext == ".jpg" || ext == ".jpeg" || ext == ".png" || ext == ".bmp" || ext == ".tif" ||
         ext == ".tiff" || ext == ".ppm" || ext == ".pgm";
}

std::vector<std::filesystem::path> imagesIn(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> images;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.is_regular_file(ec) && isImageName(entry.path())) {
      images.push_back(entry.path());
    }
  }
  std::sort(images.begin(), images.end());
  return images;
}

// Decodes one image; an empty Mat when it is no image or larger than the image limits
// (sized from its header first, so that a bomb dropped into the folder is never decoded).
cv::Mat decode(const std::filesystem::path& path) {
  if (!peripherals::checkImageFile(path)) return {};
  try {
    return cv::imread(path.string(), cv::IMREAD_COLOR);
  } catch (const cv::Exception&) {
    return {};
  }
}

}  // namespace

FolderSource::FolderSource(double framesPerSecond)
    : m_interval(std::chrono::nanoseconds(
          static_cast<std::int64_t>(1e9 / std::clamp(framesPerSecond, 1.0, 1000.0)))) {}

core::Result<std::vector<peripherals::CameraDevice>> FolderSource::listDevices() {
  return std::vector<peripherals::CameraDevice>{};  // folders are named, never discovered
}

core::Status FolderSource::open(const std::string& source, peripherals::FrameSize) {
  auto spec = parseCameraSpec(source);
  if (!spec || spec->kind != CameraKind::Folder) {
    return sourceError("camera.unsupported_source", "expected folder:<path>", source);
  }
  close();
  m_source = source;
  std::error_code ec;
  if (!std::filesystem::is_directory(spec->location, ec)) {
    return sourceError("camera.not_found", "no such folder", source);
  }
  auto images = imagesIn(spec->location);
  if (images.empty()) {
    return sourceError("camera.open_failed", "the folder holds no images", source);
  }
  if (auto sized = peripherals::checkImageFile(images.front());
      !sized && sized.error().code == "image.too_large") {
    return sized.error();
  }
  const cv::Mat first = decode(images.front());
  if (first.empty()) {
    return sourceError("camera.open_failed", "the first image cannot be decoded", source);
  }
  m_images = std::move(images);
  m_size = {first.cols, first.rows};
  m_next = 0;
  m_open = true;
  return core::success();
}

void FolderSource::close() {
  m_open = false;
  m_images.clear();
  m_next = 0;
  m_size = {};
}

bool FolderSource::isOpen() const { return m_open; }

peripherals::FrameSize FolderSource::frameSize() const { return m_size; }

std::chrono::nanoseconds FolderSource::frameInterval() const { return m_interval; }

// Images that cannot be decoded are skipped: a folder is a drop zone, not a device.
core::Result<std::optional<peripherals::Frame>> FolderSource::read() {
  while (m_next < m_images.size()) {
    const cv::Mat image = decode(m_images[m_next++]);
    if (image.empty()) {
      continue;
    }
    auto frame = frameFromMat(image);
    if (!frame) {
      return frame.error();
    }
    frame->captured = std::chrono::steady_clock::now();
    return std::optional<peripherals::Frame>(std::move(frame.value()));
  }
  return std::optional<peripherals::Frame>{};
}

}  // namespace mws::camera
