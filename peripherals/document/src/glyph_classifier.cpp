#include "glyph_classifier.hpp"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace mws::document::detail {
namespace {

constexpr int kClasses = 37;
// Shrinkage of the pooled covariance toward its mean variance: 600 dimensions from a few
// thousand cells need it (the held-out accuracy changes little between 0.05 and 0.2).
constexpr double kShrinkage = 0.1;

// Σ (x − mean of x's class)(x − …)ᵀ / n over the cells, in float. Cells are taken 16 at a
// time so that each covariance row is updated 16 times while it is in the cache (cv::gemm
// and cv::mulTransposed took seconds here for 8,000 cells: reference BLAS, no blocking).
cv::Mat pooledCovariance(const LabelledCells& cells, const cv::Mat& means) {
  constexpr int kBatch = 16;
  cv::Mat sum = cv::Mat::zeros(kFeatureLength, kFeatureLength, CV_32F);
  std::vector<float> batch(static_cast<std::size_t>(kBatch * kFeatureLength));
  for (int first = 0; first < cells.features.rows; first += kBatch) {
    const int n = std::min(kBatch, cells.features.rows - first);
    for (int b = 0; b < n; ++b) {
      const float* x = cells.features.ptr<float>(first + b);
      const double* mean = means.ptr<double>(cells.labels[static_cast<std::size_t>(first + b)]);
      for (int d = 0; d < kFeatureLength; ++d) {
        batch[static_cast<std::size_t>(b * kFeatureLength + d)] = x[d] - static_cast<float>(mean[d]);
      }
    }
    for (int i = 0; i < kFeatureLength; ++i) {
      float* row = sum.ptr<float>(i);
      for (int b = 0; b < n; ++b) {
        const float* x = &batch[static_cast<std::size_t>(b * kFeatureLength)];
        const float xi = x[i];
        for (int j = 0; j < kFeatureLength; ++j) row[j] += xi * x[j];
      }
    }
  }
  cv::Mat covariance;
  sum.convertTo(covariance, CV_64F, 1.0 / std::max(1, cells.features.rows));
  return covariance;
}

}  // namespace

std::vector<float> cellFeature(const cv::Mat& ink) {
  cv::Mat small;
  cv::resize(ink, small, cv::Size(kCellWidth, kCellHeight), 0, 0, cv::INTER_AREA);
  cv::GaussianBlur(small, small, cv::Size(0, 0), 1.0);  // a pixel of misalignment costs less
  std::vector<float> feature(kFeatureLength);
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

GlyphClassifier::GlyphClassifier(const LabelledCells& train, const LabelledCells& heldOut) {
  cv::Mat means = cv::Mat::zeros(kClasses, kFeatureLength, CV_64F);
  std::vector<double> count(kClasses, 0.0);
  for (int i = 0; i < train.features.rows; ++i) {
    const int k = train.labels[static_cast<std::size_t>(i)];
    cv::Mat row;
    train.features.row(i).convertTo(row, CV_64F);
    means.row(k) += row;
    count[static_cast<std::size_t>(k)] += 1;
  }
  for (int k = 0; k < kClasses; ++k) means.row(k) /= std::max(1.0, count[static_cast<std::size_t>(k)]);
  const cv::Mat covariance = pooledCovariance(train, means);
  const double variance = cv::trace(covariance)[0] / kFeatureLength;
  const cv::Mat shrunk = (1 - kShrinkage) * covariance +
                         kShrinkage * variance * cv::Mat::eye(kFeatureLength, kFeatureLength, CV_64F);
  cv::Mat weights;  // covariance⁻¹ · meanₖ, one column per class
  cv::solve(shrunk, means.t(), weights, cv::DECOMP_CHOLESKY);
  weights = weights.t();
  for (int k = 0; k < kClasses; ++k) {
    m_bias[static_cast<std::size_t>(k)] = static_cast<float>(-0.5 * weights.row(k).dot(means.row(k)));
  }
  weights.convertTo(m_weights, CV_32F);

  // The temperature that maximises the held-out cells' likelihood (a coarse search).
  std::vector<std::array<float, kClasses>> held(static_cast<std::size_t>(heldOut.features.rows));
  int right = 0;
  for (std::size_t i = 0; i < held.size(); ++i) {
    scores(heldOut.features.ptr<float>(static_cast<int>(i)), held[i].data());
    const auto best = std::max_element(held[i].begin(), held[i].end()) - held[i].begin();
    right += best == heldOut.labels[i] ? 1 : 0;
  }
  m_heldOutAccuracy = held.empty() ? 0.0 : static_cast<double>(right) / static_cast<double>(held.size());
  double bestLikelihood = -1e300;
  for (float temperature = 0.25f; temperature <= 64.0f; temperature *= 1.25f) {
    double likelihood = 0;
    for (std::size_t i = 0; i < held.size(); ++i) {
      const auto p = softmax(held[i].data(), temperature);
      likelihood += std::log(std::max(p.p[static_cast<std::size_t>(heldOut.labels[i])], 1e-12f));
    }
    if (likelihood > bestLikelihood) bestLikelihood = likelihood, m_temperature = temperature;
  }
}

// One dot product per class. Eight independent sums, so the compiler vectorises the loop
// (a float reduction in one sum it may not reorder).
void GlyphClassifier::scores(const float* feature, float* out) const {
  static_assert(kFeatureLength % 8 == 0);
  for (int k = 0; k < kClasses; ++k) {
    const float* w = m_weights.ptr<float>(k);
    float sums[8] = {};
    for (int i = 0; i < kFeatureLength; i += 8) {
      for (int j = 0; j < 8; ++j) sums[j] += feature[i + j] * w[i + j];
    }
    out[k] = ((sums[0] + sums[1]) + (sums[2] + sums[3])) + ((sums[4] + sums[5]) + (sums[6] + sums[7])) +
             m_bias[static_cast<std::size_t>(k)];
  }
}

core::MrzCharScores GlyphClassifier::classify(const std::vector<float>& feature) const {
  return classify(std::vector<std::vector<float>>{feature}).front();
}

std::vector<core::MrzCharScores> GlyphClassifier::classify(
    const std::vector<std::vector<float>>& features) const {
  std::vector<core::MrzCharScores> all;
  float raw[kClasses];
  for (const auto& feature : features) {
    scores(feature.data(), raw);
    all.push_back(softmax(raw, m_temperature));
  }
  return all;
}

core::MrzCharScores GlyphClassifier::softmax(const float* raw, float temperature) const {
  const float top = *std::max_element(raw, raw + kClasses);
  core::MrzCharScores scores;
  float total = 0;
  for (std::size_t k = 0; k < kClasses; ++k) {
    scores.p[k] = std::exp((raw[k] - top) / temperature);
    total += scores.p[k];
  }
  for (auto& p : scores.p) p /= total;
  return scores;
}

}  // namespace mws::document::detail
