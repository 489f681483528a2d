#pragma once
// Video capture devices the kernel offers through V4L2 (private to mws::camera).

#include <filesystem>
#include <vector>

#include "mws/peripherals/camera.hpp"

namespace mws::camera {

// Every /dev/videoN that can capture video, as {"v4l2:N", card name}, in order of N.
// Nodes that cannot be opened (no permission, busy) or only output metadata are left out.
std::vector<peripherals::CameraDevice> listV4l2Devices(
    const std::filesystem::path& deviceDir = "/dev");

}  // namespace mws::camera
