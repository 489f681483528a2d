#pragma once
// Builds the camera a spec names (see camera_spec.hpp): "synthetic" gives a SyntheticCamera,
// "file:…" and "v4l2:…" an OpenCvCamera. Only executables should choose real devices.

#include <memory>
#include <string_view>

#include "mws/core/result.hpp"
#include "mws/peripherals/camera.hpp"

namespace mws::camera {

// A camera able to open `spec`, not yet opened; "camera.unsupported_source" for bad text.
core::Result<std::unique_ptr<peripherals::Camera>> makeCamera(std::string_view spec);

// makeCamera followed by open(spec, requested).
core::Result<std::unique_ptr<peripherals::Camera>> openCamera(std::string_view spec,
                                                              peripherals::FrameSize requested = {});

}  // namespace mws::camera
