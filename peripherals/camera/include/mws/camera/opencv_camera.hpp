#pragma once
// A real camera through OpenCV: a V4L2 device ("v4l2:0", "v4l2:/dev/video0") or a video file
// played at its own frame rate ("file:/path/clip.avi"). A device that stops delivering
// frames ends the stream with "camera.disconnected"; a file ends it with Finished.

#include "mws/camera/streaming_camera.hpp"

namespace mws::camera {

class OpenCvCamera final : public StreamingCamera {
public:
  OpenCvCamera();
};

}  // namespace mws::camera
