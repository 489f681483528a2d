#include "v4l2_devices.hpp"

#include <fcntl.h>
#include <linux/videodev2.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <optional>
#include <string>
#include <system_error>
#include <utility>

namespace mws::camera {
namespace {

std::optional<int> videoIndex(const std::string& fileName) {
  constexpr std::string_view kPrefix = "video";
  if (!fileName.starts_with(kPrefix) || fileName.size() == kPrefix.size()) {
    return std::nullopt;
  }
  int index = 0;
  const char* first = fileName.data() + kPrefix.size();
  const char* last = fileName.data() + fileName.size();
  auto [end, ec] = std::from_chars(first, last, index);
  if (ec != std::errc{} || end != last) {
    return std::nullopt;
  }
  return index;
}

// The card name when the node captures video, nullopt otherwise.
std::optional<std::string> captureCardName(const std::filesystem::path& node) {
  const int fd = ::open(node.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    return std::nullopt;
  }
  v4l2_capability caps{};
  const bool queried = ::ioctl(fd, VIDIOC_QUERYCAP, &caps) == 0;
  ::close(fd);
  if (!queried) {
    return std::nullopt;
  }
  const auto flags =
      (caps.capabilities & V4L2_CAP_DEVICE_CAPS) ? caps.device_caps : caps.capabilities;
  if ((flags & (V4L2_CAP_VIDEO_CAPTURE | V4L2_CAP_VIDEO_CAPTURE_MPLANE)) == 0) {
    return std::nullopt;
  }
  const auto* card = reinterpret_cast<const char*>(caps.card);
  return std::string(card, strnlen(card, sizeof(caps.card)));
}

}  // namespace

std::vector<peripherals::CameraDevice> listV4l2Devices(const std::filesystem::path& deviceDir) {
  std::vector<std::pair<int, peripherals::CameraDevice>> found;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(deviceDir, ec)) {
    const auto index = videoIndex(entry.path().filename().string());
    if (!index) {
      continue;
    }
    if (auto name = captureCardName(entry.path())) {
      found.push_back({*index, {"v4l2:" + std::to_string(*index), std::move(*name)}});
    }
  }
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<peripherals::CameraDevice> devices;
  for (auto& [index, device] : found) {
    devices.push_back(std::move(device));
  }
  return devices;
}

}  // namespace mws::camera
