#pragma once
// Lines and fixed-pitch character cells of an upright MRZ band, and their recognition.

#include <optional>
#include <vector>

#include <opencv2/core.hpp>

#include "glyph_classifier.hpp"
#include "mws/core/mrz/mrz_layout.hpp"

namespace mws::document::detail {

struct BandReading {
  core::MrzFormat format = core::MrzFormat::Td3;
  std::vector<std::vector<core::MrzCharScores>> scores;  // per line, per character
};

// nullopt when the band does not hold 2 or 3 full-width text lines.
std::optional<BandReading> readBand(const cv::Mat& strip, const GlyphClassifier& classifier);

}  // namespace mws::document::detail
