#pragma once
// The portrait that goes into a case: the 35×45 crop of a frame, scaled down to at most
// FaceConfig::maxOutputWidth, JPEG-encoded under FaceConfig::maxJpegBytes.

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "mws/core/result.hpp"
#include "mws/face/face_config.hpp"
#include "mws/face/face_report.hpp"
#include "mws/peripherals/frame.hpp"

namespace mws::face {

struct Portrait {
  std::vector<std::uint8_t> jpeg;
  int width = 0;
  int height = 0;
  int quality = 0;       // the JPEG quality that met the size bound
  FaceReport report;     // the analysis of the frame it was cut from
  std::uint64_t sequence = 0;  // the frame's sequence number in its stream
};

// "face.no_crop" when the report has no crop box; "face.too_large" when even the lowest
// quality exceeds the bound.
core::Result<Portrait> makePortrait(const peripherals::Frame& frame, const FaceReport& report,
                                    const FaceConfig& config);

// Takes the portrait by itself: when every check has passed on `autoCaptureFrames` frames
// in a row, the sharpest of those frames is cropped and encoded. A failing frame restarts
// the count. After a capture it starts over.
class AutoCapture {
public:
  explicit AutoCapture(FaceConfig config);

  // Feeds one analysed frame; a portrait when this frame completes the run.
  std::optional<core::Result<Portrait>> feed(std::shared_ptr<const peripherals::Frame> frame,
                                             const FaceReport& report);
  int passingRun() const { return m_run; }
  void reset();

private:
  FaceConfig m_config;
  int m_run = 0;
  double m_bestSharpness = -1;
  std::shared_ptr<const peripherals::Frame> m_best;
  FaceReport m_bestReport;
};

}  // namespace mws::face
