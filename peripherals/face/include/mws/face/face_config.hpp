#pragma once
// Thresholds of the ICAO checks and the geometry of the portrait, with the defaults the
// issue and ICAO 9303 / ISO/IEC 19794-5 give. Everything here may come from configuration.

#include <string>

namespace mws::face {

struct FaceConfig {
  // Where opencv-data put haarcascades/ (the build passes MWS_OPENCV_DATA_DIR).
  std::string cascadeDir;

  // Longest side the face detector works on: the live preview trades detail for speed.
  int liveDetectionSize = 320;
  int stillDetectionSize = 640;
  double minFaceFraction = 0.12;  // smallest face side, as a fraction of the shorter side

  // The final crop: 35×45 proportions, the head 75 % of the height, the crown 10 % down.
  double cropAspect = 35.0 / 45.0;
  double targetHeadFraction = 0.75;
  double crownMargin = 0.10;
  int maxOutputWidth = 600;  // the crop is scaled down to this width, never up

  double minInterEyePx = 90.0;
  double maxRollDeg = 8.0;
  double maxCentringPct = 5.0;
  double minHeadPct = 70.0;
  double maxHeadPct = 80.0;
  double minSharpness = 40.0;
  double minFaceLuminance = 70.0;
  double maxFaceLuminance = 210.0;
  double maxClippedPct = 3.0;
  double maxBackgroundStdDev = 6.0;
  double minBackgroundPixels = 600.0;  // below this the background is not measured
  double minSkinHueDeg = 20.0;
  double maxSkinHueDeg = 85.0;
  double minSkinChroma = 2.0;  // greyer skin has no reliable hue: not measured

  // Auto-capture: this many passing frames in a row, then the sharpest of them.
  int autoCaptureFrames = 5;
  int maxJpegBytes = 60 * 1024;
  int jpegQuality = 92;
};

// The defaults, with cascadeDir set to the directory the build found.
FaceConfig defaultFaceConfig();

}  // namespace mws::face
