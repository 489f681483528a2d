#include "mws/camera/opencv_camera.hpp"

#include "opencv_source.hpp"

namespace mws::camera {

OpenCvCamera::OpenCvCamera() : StreamingCamera(std::make_unique<OpenCvSource>()) {}

}  // namespace mws::camera
