#pragma once
// A small OCR-B classifier: linear discriminant analysis over cell features, fitted at
// start-up to cells cut (by the reader's own line and cell segmentation) from MRZ strips
// rendered in the OCR-B font with the degradations of scanners and cameras.

#include <array>
#include <cstdint>
#include <vector>

#include <opencv2/core.hpp>

#include "mws/core/mrz/mrz_resolver.hpp"
#include "mws/document/ocrb_font.hpp"

namespace mws::document::detail {

// Feature size of one character cell.
inline constexpr int kCellWidth = 20;
inline constexpr int kCellHeight = 30;
inline constexpr int kFeatureLength = kCellWidth * kCellHeight;
// The pitch of MRZ printing relative to the cap height (2.54 mm / 2.4 mm).
inline constexpr double kPitchPerCap = 1.06;

// `ink` is a crop (ink bright, 8-bit) centred on a character's ink centroid, one pitch wide,
// from 15 % of the cap height above the cap line to 15 % below the baseline.
std::vector<float> cellFeature(const cv::Mat& ink);

// Cell features with their classes (index into core::kMrzClasses), one row each.
struct LabelledCells {
  cv::Mat features;  // CV_32F, kFeatureLength columns
  std::vector<int> labels;
};

class GlyphClassifier {
public:
  // Class means and the pooled within-class covariance (shrunk toward a multiple of the
  // identity) of the training cells give one linear score per class; the softmax
  // temperature is the one that best predicts the held-out cells. Every class must occur
  // in both parts.
  GlyphClassifier(const LabelledCells& train, const LabelledCells& heldOut);

  // Probability of each class (core::kMrzClasses order) for one cell feature.
  core::MrzCharScores classify(const std::vector<float>& feature) const;
  // The same for many cells at once.
  std::vector<core::MrzCharScores> classify(const std::vector<std::vector<float>>& features) const;

  // The share of held-out cells whose most likely class was right when fitted.
  double heldOutAccuracy() const { return m_heldOutAccuracy; }

private:
  void scores(const float* feature, float* out) const;
  core::MrzCharScores softmax(const float* scores, float temperature) const;

  cv::Mat m_weights;  // one row per class, CV_32F
  std::array<float, 37> m_bias{};
  float m_temperature = 1.0f;
  double m_heldOutAccuracy = 0;
};

// Renders `strips` MRZ strips (seeded: the same classifier every time) and fits the
// classifier to the cells the reader cuts from them.
GlyphClassifier trainGlyphClassifier(OcrbFont& font, int strips = 80, std::uint32_t seed = 9303);

}  // namespace mws::document::detail
