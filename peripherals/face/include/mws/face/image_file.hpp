#pragma once
// A photo from a file (JPEG, PNG, …) as a Bgr8 frame, for checking stills.

#include <filesystem>

#include "mws/core/result.hpp"
#include "mws/peripherals/frame.hpp"

namespace mws::face {

// "face.unreadable" (param "reason": "missing", "not_a_file" or "undecodable").
core::Result<peripherals::Frame> readImageFile(const std::filesystem::path& path);

}  // namespace mws::face
