#include "glyph_classifier.hpp"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace mws::document::detail {
namespace {

constexpr int kRenderSize = 64;      // em size the templates are rendered at
constexpr float kSharpness = 25.0f;  // softmax temperature over correlations

cv::Rect cellAround(double centreX, int capTop, int capHeight, double pitch) {
  const int margin = static_cast<int>(std::lround(0.15 * capHeight));
  return cv::Rect(static_cast<int>(std::lround(centreX - pitch / 2)), capTop - margin,
                  static_cast<int>(std::lround(pitch)), capHeight + 2 * margin);
}

double inkCentroidX(const cv::Mat& ink) {
  const cv::Moments m = cv::moments(ink);
  return m.m00 > 0 ? m.m10 / m.m00 : ink.cols / 2.0;
}

}  // namespace

std::vector<float> cellFeature(const cv::Mat& ink) {
  cv::Mat small;
  cv::resize(ink, small, cv::Size(kCellWidth, kCellHeight), 0, 0, cv::INTER_AREA);
  cv::GaussianBlur(small, small, cv::Size(0, 0), 1.0);  // a pixel of misalignment costs less
  std::vector<float> feature(kCellWidth * kCellHeight);
  double sum = 0;
  for (int i = 0; i < small.rows * small.cols; ++i) sum += small.data[i];
  const float mean = static_cast<float>(sum / feature.size());
  double norm = 0;
  for (std::size_t i = 0; i < feature.size(); ++i) {
    feature[i] = small.data[i] - mean;
    norm += feature[i] * feature[i];
  }
  const float scale = norm > 0 ? static_cast<float>(1.0 / std::sqrt(norm)) : 0.0f;
  for (auto& v : feature) v *= scale;
  return feature;
}

GlyphClassifier::GlyphClassifier(OcrbFont& font) {
  for (char c : core::kMrzClasses) addTemplates(font, c);
}

void GlyphClassifier::addTemplates(OcrbFont& font, char c) {
  const cv::Mat& glyph = font.cell(c, kRenderSize);
  const int capHeight = static_cast<int>(std::lround(font.capRatio() * kRenderSize));
  const int baseline = static_cast<int>(std::lround(0.8 * kRenderSize));
  const double pitch = kPitchPerCap * capHeight;
  cv::Mat padded;
  cv::copyMakeBorder(glyph, padded, 20, 20, 40, 40, cv::BORDER_CONSTANT, cv::Scalar(0));
  const double centre = inkCentroidX(padded);
  for (int weight = -1; weight <= 1; ++weight) {
    cv::Mat variant = padded.clone();
    if (weight < 0) cv::erode(variant, variant, cv::Mat());
    if (weight > 0) cv::dilate(variant, variant, cv::Mat());
    for (double blur : {0.0, 1.5, 3.0}) {
      cv::Mat soft = variant;
      if (blur > 0) cv::GaussianBlur(variant, soft, cv::Size(0, 0), blur);
      const cv::Rect box = cellAround(centre, 20 + baseline - capHeight, capHeight, pitch);
      const auto feature = cellFeature(soft(box & cv::Rect(0, 0, soft.cols, soft.rows)));
      m_templates.push_back(cv::Mat(feature, true).reshape(1, 1));
      m_classOf.push_back(static_cast<int>(core::kMrzClasses.find(c)));
    }
  }
}

core::MrzCharScores GlyphClassifier::classify(const std::vector<float>& feature) const {
  return classify(std::vector<std::vector<float>>{feature}).front();
}

// Every cell against every template. Eight independent sums per dot product, so the
// compiler vectorises the loop (a float reduction in one sum it may not reorder); faster
// than cv::gemm for matrices this small, which transposes the templates on every call.
std::vector<core::MrzCharScores> GlyphClassifier::classify(
    const std::vector<std::vector<float>>& features) const {
  constexpr int kLength = kCellWidth * kCellHeight;
  static_assert(kLength % 8 == 0);
  std::vector<float> dots(static_cast<std::size_t>(m_templates.rows));
  std::vector<core::MrzCharScores> all;
  for (const auto& feature : features) {
    for (int t = 0; t < m_templates.rows; ++t) {
      const float* a = feature.data();
      const float* b = m_templates.ptr<float>(t);
      float sums[8] = {};
      for (int i = 0; i < kLength; i += 8) {
        for (int k = 0; k < 8; ++k) sums[k] += a[i + k] * b[i + k];
      }
      dots[static_cast<std::size_t>(t)] = ((sums[0] + sums[1]) + (sums[2] + sums[3])) +
                                          ((sums[4] + sums[5]) + (sums[6] + sums[7]));
    }
    all.push_back(softmax(dots.data()));
  }
  return all;
}

core::MrzCharScores GlyphClassifier::softmax(const float* dots) const {
  std::array<float, 37> best;
  best.fill(-1.0f);
  for (std::size_t t = 0; t < m_classOf.size(); ++t) {
    auto& slot = best[static_cast<std::size_t>(m_classOf[t])];
    slot = std::max(slot, dots[t]);
  }
  const float top = *std::max_element(best.begin(), best.end());
  core::MrzCharScores scores;
  float total = 0;
  for (std::size_t k = 0; k < best.size(); ++k) {
    scores.p[k] = std::exp(kSharpness * (best[k] - top));
    total += scores.p[k];
  }
  for (auto& p : scores.p) p /= total;
  return scores;
}

}  // namespace mws::document::detail
