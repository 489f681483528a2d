#pragma once
// The text that names a camera in settings and on the command line:
//   "synthetic"            a generated moving test picture
//   "file:/path/clip.avi"  a video file played as if it were a camera
//   "folder:/path/dir"     the images of a folder played in name order as a stream
//   "v4l2:0"               V4L2 device /dev/video0 (or "v4l2:/dev/video0")

#include <string>
#include <string_view>

#include "mws/core/result.hpp"

namespace mws::camera {

enum class CameraKind { Synthetic, File, Folder, V4l2 };

struct CameraSpec {
  CameraKind kind = CameraKind::Synthetic;
  std::string location;  // the path for File and Folder; an index or a device path for V4l2
};

// "camera.unsupported_source" (param "source") for text that names no camera.
core::Result<CameraSpec> parseCameraSpec(std::string_view spec);

}  // namespace mws::camera
