#include "mws/fingerprint/synthetic_fingerprint.hpp"

#include <cmath>
#include <random>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace mws::fingerprint {
namespace {

constexpr int kMargin = 48;  // the master is larger than an impression, for shifts
constexpr int kBins = 16;    // orientations the Gabor bank is quantised to
constexpr int kIterations = 6;
constexpr double kPi = 3.14159265358979323846;

struct Singularity {
  double x, y;
};

struct FingerLayout {
  int pattern = 0;
  double baseAngle = 0;
  double period = 9;
  std::vector<Singularity> cores, deltas;
};

double uniform(std::mt19937_64& rng, double low, double high) {
  return std::uniform_real_distribution<double>(low, high)(rng);
}

FingerLayout drawLayout(std::mt19937_64& rng, int width, int height) {
  FingerLayout layout;
  layout.pattern = int(rng() % 4);
  layout.baseAngle = uniform(rng, -0.2, 0.2);
  layout.period = uniform(rng, 8.5, 10.5);
  const double cx = width / 2.0 + uniform(rng, -20, 20);
  const double cy = height * 0.45 + uniform(rng, -25, 25);
  const double side = uniform(rng, 50, 80);
  if (layout.pattern == 1 || layout.pattern == 2) {  // a loop: one core, one delta aside
    const double dir = layout.pattern == 1 ? 1 : -1;
    layout.cores.push_back({cx, cy});
    layout.deltas.push_back({cx + dir * side, cy + uniform(rng, 70, 110)});
  } else if (layout.pattern == 3) {  // a whorl: two cores, two deltas
    const double gap = uniform(rng, 12, 26);
    layout.cores.push_back({cx - gap / 2, cy - gap / 3});
    layout.cores.push_back({cx + gap / 2, cy + gap / 3});
    layout.deltas.push_back({cx - side - 10, cy + uniform(rng, 70, 110)});
    layout.deltas.push_back({cx + side + 10, cy + uniform(rng, 70, 110)});
  }
  return layout;
}

// Ridge direction (radians, modulo π) at a point, from the Sherlock–Monro model; arches
// (no singularities) bend gently upwards in the middle.
double ridgeAngle(const FingerLayout& layout, double x, double y, int width, int height) {
  if (layout.cores.empty()) {
    const double u = (x - width / 2.0) / width, v = (y - height * 0.6) / height;
    return layout.baseAngle - std::atan(2.2 * u * std::exp(-4 * v * v));
  }
  double angle = layout.baseAngle;
  for (const auto& d : layout.deltas) angle += 0.5 * std::atan2(y - d.y, x - d.x);
  for (const auto& c : layout.cores) angle -= 0.5 * std::atan2(y - c.y, x - c.x);
  return angle;
}

cv::Mat orientationBins(const FingerLayout& layout, int width, int height) {
  cv::Mat bins(height, width, CV_8UC1);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      double a = std::fmod(ridgeAngle(layout, x, y, width, height), kPi);
      if (a < 0) a += kPi;
      bins.at<std::uint8_t>(y, x) = std::uint8_t(int(std::lround(a / kPi * kBins)) % kBins);
    }
  }
  return bins;
}

cv::Mat growRidges(const cv::Mat& bins, double period, std::mt19937_64& rng) {
  cv::Mat field = cv::Mat::zeros(bins.size(), CV_32F);
  for (int i = 0; i < bins.rows * bins.cols / 180; ++i) {  // sparse seeds become minutiae
    field.at<float>(int(rng() % bins.rows), int(rng() % bins.cols)) = (rng() % 2) ? 1.f : -1.f;
  }
  std::vector<cv::Mat> masks(kBins), kernels(kBins);
  for (int b = 0; b < kBins; ++b) {
    masks[b] = bins == b;
    // The kernel's wave runs across the ridges, i.e. along the ridge normal.
    kernels[b] = cv::getGaborKernel({17, 17}, period * 0.45, b * kPi / kBins + kPi / 2,
                                    period, 1.0, 0, CV_32F);
  }
  cv::Mat next(bins.size(), CV_32F), filtered;
  for (int it = 0; it < kIterations; ++it) {
    for (int b = 0; b < kBins; ++b) {
      cv::filter2D(field, filtered, CV_32F, kernels[b]);
      filtered.copyTo(next, masks[b]);
    }
    cv::Mat scaled = next * 4.0;
    cv::min(scaled, 1.0, scaled);
    cv::max(scaled, -1.0, field);
  }
  return field;
}

cv::Mat padMask(int width, int height, std::mt19937_64& rng) {
  cv::Mat pad = cv::Mat::zeros(height, width, CV_32F);
  const cv::Point centre(width / 2 + int(uniform(rng, -8, 8)), height / 2 + 20);
  const cv::Size axes(int(width * uniform(rng, 0.34, 0.40)), int(height * uniform(rng, 0.40, 0.46)));
  cv::ellipse(pad, centre, axes, 0, 0, 360, cv::Scalar(1.0), cv::FILLED);
  cv::rectangle(pad, {centre.x - axes.width, centre.y}, {centre.x + axes.width, height},
                cv::Scalar(1.0), cv::FILLED);  // the pad runs off the sensor's lower edge
  cv::GaussianBlur(pad, pad, {0, 0}, 4);
  return pad;
}

std::vector<float> toVector(const cv::Mat& mat) {
  return std::vector<float>(mat.begin<float>(), mat.end<float>());
}

}  // namespace

SyntheticFinger::SyntheticFinger(std::uint64_t seed) : m_seed(seed) {
  std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ull + 1);
  m_masterWidth = kWidth + 2 * kMargin;
  m_masterHeight = kHeight + 2 * kMargin;
  const FingerLayout layout = drawLayout(rng, m_masterWidth, m_masterHeight);
  m_pattern = layout.pattern;
  const cv::Mat bins = orientationBins(layout, m_masterWidth, m_masterHeight);
  m_ridges = toVector(growRidges(bins, layout.period, rng));
  m_pad = toVector(padMask(m_masterWidth, m_masterHeight, rng));
}

}  // namespace mws::fingerprint
