#include "mws/camera/synthetic_camera.hpp"

#include "synthetic_source.hpp"

namespace mws::camera {

SyntheticCamera::SyntheticCamera(double framesPerSecond)
    : StreamingCamera(std::make_unique<SyntheticSource>(framesPerSecond)) {}

void SyntheticCamera::setConnected(bool connected) {
  static_cast<SyntheticSource&>(source()).setConnected(connected);
}

}  // namespace mws::camera
