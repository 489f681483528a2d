#include "mws/camera/folder_camera.hpp"

#include "folder_source.hpp"

namespace mws::camera {

FolderCamera::FolderCamera(double framesPerSecond)
    : StreamingCamera(std::make_unique<FolderSource>(framesPerSecond)) {}

}  // namespace mws::camera
