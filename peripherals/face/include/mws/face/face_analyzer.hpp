#pragma once
// Finds the face in a frame and runs the ICAO checks on it (see face_report.hpp). One
// analyzer per thread: analyze() is not reentrant.

#include <memory>

#include "mws/core/result.hpp"
#include "mws/face/face_config.hpp"
#include "mws/face/face_report.hpp"
#include "mws/peripherals/frame.hpp"

namespace mws::face {

// Live: a camera frame for the preview, detected at low resolution for speed.
// Still: a photo to be accepted, detected at a higher resolution.
enum class AnalysisMode { Live, Still };

class FaceAnalyzer {
public:
  // "face.cascade_missing" (param "file") when OpenCV's cascades cannot be loaded.
  static core::Result<FaceAnalyzer> create(const FaceConfig& config);

  FaceAnalyzer(FaceAnalyzer&&) noexcept;
  FaceAnalyzer& operator=(FaceAnalyzer&&) noexcept;
  ~FaceAnalyzer();

  // "face.unsupported_frame" for an empty frame; OpenCV failures become "face.analysis_failed".
  core::Result<FaceReport> analyze(const peripherals::Frame& frame,
                                   AnalysisMode mode = AnalysisMode::Still);

  const FaceConfig& config() const;

private:
  struct Impl;
  explicit FaceAnalyzer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace mws::face
