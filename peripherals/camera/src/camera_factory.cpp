#include "mws/camera/camera_factory.hpp"

#include "mws/camera/camera_spec.hpp"
#include "mws/camera/folder_camera.hpp"
#include "mws/camera/opencv_camera.hpp"
#include "mws/camera/synthetic_camera.hpp"

namespace mws::camera {

core::Result<std::unique_ptr<peripherals::Camera>> makeCamera(std::string_view spec) {
  auto parsed = parseCameraSpec(spec);
  if (!parsed) {
    return parsed.error();
  }
  std::unique_ptr<peripherals::Camera> camera;
  if (parsed->kind == CameraKind::Synthetic) {
    camera = std::make_unique<SyntheticCamera>();
  } else if (parsed->kind == CameraKind::Folder) {
    camera = std::make_unique<FolderCamera>();
  } else {
    camera = std::make_unique<OpenCvCamera>();
  }
  return camera;
}

core::Result<std::unique_ptr<peripherals::Camera>> openCamera(std::string_view spec,
                                                              peripherals::FrameSize requested) {
  auto camera = makeCamera(spec);
  if (!camera) {
    return camera.error();
  }
  auto opened = camera.value()->open(std::string(spec), requested);
  if (!opened) {
    return opened.error();
  }
  return std::move(camera).value();
}

}  // namespace mws::camera
