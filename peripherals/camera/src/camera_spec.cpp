#include "mws/camera/camera_spec.hpp"

namespace mws::camera {
namespace {

constexpr std::string_view kFilePrefix = "file:";
constexpr std::string_view kFolderPrefix = "folder:";
constexpr std::string_view kV4l2Prefix = "v4l2:";

bool isIndex(std::string_view text) {
  if (text.empty() || text.size() > 3) {
    return false;
  }
  for (char c : text) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  return true;
}

core::Error unsupported(std::string_view spec, std::string detail) {
  return core::makeError("camera.unsupported_source", std::move(detail))
      .with("source", std::string(spec));
}

}  // namespace

core::Result<CameraSpec> parseCameraSpec(std::string_view spec) {
  if (spec == "synthetic") {
    return CameraSpec{CameraKind::Synthetic, {}};
  }
  if (spec.starts_with(kFilePrefix)) {
    std::string_view path = spec.substr(kFilePrefix.size());
    if (path.empty()) {
      return unsupported(spec, "file: needs a path");
    }
    return CameraSpec{CameraKind::File, std::string(path)};
  }
  if (spec.starts_with(kFolderPrefix)) {
    std::string_view path = spec.substr(kFolderPrefix.size());
    if (path.empty()) {
      return unsupported(spec, "folder: needs a path");
    }
    return CameraSpec{CameraKind::Folder, std::string(path)};
  }
  if (spec.starts_with(kV4l2Prefix)) {
    std::string_view device = spec.substr(kV4l2Prefix.size());
    if (!isIndex(device) && !device.starts_with('/')) {
      return unsupported(spec, "v4l2: needs a device index or an absolute device path");
    }
    return CameraSpec{CameraKind::V4l2, std::string(device)};
  }
  return unsupported(spec, "expected synthetic, file:<path>, folder:<path> or v4l2:<index|path>");
}

}  // namespace mws::camera
