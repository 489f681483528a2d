#include "mws/face/face_config.hpp"

#ifndef MWS_OPENCV_DATA_DIR
#error "the build must define MWS_OPENCV_DATA_DIR (where opencv-data put the cascades)"
#endif

namespace mws::face {

FaceConfig defaultFaceConfig() {
  FaceConfig config;
  config.cascadeDir = MWS_OPENCV_DATA_DIR "/haarcascades";
  return config;
}

}  // namespace mws::face
