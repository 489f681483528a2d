#pragma once
// Lines and fixed-pitch character cells of an upright MRZ band, and their recognition.

#include <optional>
#include <vector>

#include <opencv2/core.hpp>

#include "glyph_classifier.hpp"
#include "mws/core/mrz/mrz_layout.hpp"

namespace mws::document::detail {

// The character cells of a band: per line, per character, the ink (bright, 8-bit) of one
// pitch around the glyph's centroid, from 15 % of a cap height above the cap line to 15 %
// below the baseline: what cellFeature() takes.
struct BandCells {
  core::MrzFormat format = core::MrzFormat::Td3;
  std::vector<std::vector<cv::Mat>> cells;
};

struct BandReading {
  core::MrzFormat format = core::MrzFormat::Td3;
  std::vector<std::vector<core::MrzCharScores>> scores;  // per line, per character
};

// nullopt when the band does not hold 2 or 3 full-width text lines.
std::optional<BandCells> cutBand(const cv::Mat& strip);
std::optional<BandReading> readBand(const cv::Mat& strip, const GlyphClassifier& classifier);

}  // namespace mws::document::detail
