#pragma once
// A small OCR-B classifier: templates rendered from the font at start-up (several stroke
// weights and blurs), matched by normalised cross-correlation.

#include <array>
#include <vector>

#include <opencv2/core.hpp>

#include "mws/core/mrz/mrz_resolver.hpp"
#include "mws/document/ocrb_font.hpp"

namespace mws::document::detail {

// Feature size of one character cell.
inline constexpr int kCellWidth = 20;
inline constexpr int kCellHeight = 30;
// The pitch of MRZ printing relative to the cap height (2.54 mm / 2.4 mm).
inline constexpr double kPitchPerCap = 1.06;

// `ink` is a crop (ink bright, 8-bit) centred on a character's ink centroid, one pitch wide,
// from 15 % of the cap height above the cap line to 15 % below the baseline.
std::vector<float> cellFeature(const cv::Mat& ink);

class GlyphClassifier {
public:
  explicit GlyphClassifier(OcrbFont& font);

  // Probability of each class (core::kMrzClasses order) for one cell feature.
  core::MrzCharScores classify(const std::vector<float>& feature) const;
  // The same for many cells at once (one matrix product).
  std::vector<core::MrzCharScores> classify(const std::vector<std::vector<float>>& features) const;

private:
  void addTemplates(OcrbFont& font, char c);
  core::MrzCharScores softmax(const float* dots) const;

  cv::Mat m_templates;  // one row per template, CV_32F
  std::vector<int> m_classOf;
};

}  // namespace mws::document::detail
