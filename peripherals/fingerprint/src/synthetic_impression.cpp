// Rendering one impression of a SyntheticFinger.
#include <cmath>
#include <cstring>
#include <random>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "mws/fingerprint/synthetic_fingerprint.hpp"

namespace mws::fingerprint {
namespace {

double uniform(std::mt19937_64& rng, double low, double high) {
  return std::uniform_real_distribution<double>(low, high)(rng);
}

// Keeps the share `coverage` of the pad: a straight cut at a random angle through the pad.
void cutContact(cv::Mat& pad, double coverage, std::mt19937_64& rng) {
  if (coverage >= 0.999) {
    return;
  }
  const double angle = uniform(rng, 0, 2 * 3.14159265358979);
  const double nx = std::cos(angle), ny = std::sin(angle);
  std::vector<float> projections;
  for (int y = 0; y < pad.rows; ++y)
    for (int x = 0; x < pad.cols; ++x)
      if (pad.at<float>(y, x) > 0.5f) projections.push_back(float(x * nx + y * ny));
  if (projections.empty()) {
    return;
  }
  std::sort(projections.begin(), projections.end());
  const float limit = projections[std::size_t(coverage * double(projections.size() - 1))];
  for (int y = 0; y < pad.rows; ++y)
    for (int x = 0; x < pad.cols; ++x)
      if (x * nx + y * ny > limit) pad.at<float>(y, x) = 0;
  cv::GaussianBlur(pad, pad, {0, 0}, 2);
}

peripherals::Frame toFrame(const cv::Mat& gray) {
  auto frame = peripherals::makeFrame(gray.cols, gray.rows, peripherals::PixelFormat::Gray8);
  for (int y = 0; y < gray.rows; ++y) {
    std::memcpy(frame.row(y), gray.ptr(y), std::size_t(gray.cols));
  }
  return frame;
}

}  // namespace

peripherals::Frame SyntheticFinger::impression(const ImpressionVariation& v) const {
  const cv::Mat ridges(m_masterHeight, m_masterWidth, CV_32F, const_cast<float*>(m_ridges.data()));
  const cv::Mat pad(m_masterHeight, m_masterWidth, CV_32F, const_cast<float*>(m_pad.data()));
  const cv::Point2f centre(m_masterWidth / 2.f, m_masterHeight / 2.f);
  cv::Mat warp = cv::getRotationMatrix2D(centre, v.rotation, 1.0);
  warp.at<double>(0, 2) += v.shiftX - (m_masterWidth - kWidth) / 2.0;
  warp.at<double>(1, 2) += v.shiftY - (m_masterHeight - kHeight) / 2.0;
  cv::Mat seen, contact;
  cv::warpAffine(ridges, seen, warp, {kWidth, kHeight}, cv::INTER_LINEAR, cv::BORDER_REFLECT);
  cv::warpAffine(pad, contact, warp, {kWidth, kHeight}, cv::INTER_LINEAR, cv::BORDER_CONSTANT);
  std::mt19937_64 rng(m_seed ^ std::uint64_t(v.rotation * 1000 + v.shiftX * 31 + v.shiftY * 17));
  cutContact(contact, v.coverage, rng);
  // Ink: ridges are where the pattern exceeds a level that pressure lowers (wider ridges).
  cv::Mat ink = (seen + v.pressure * 0.45) * 5.0;
  cv::exp(-ink, ink);
  ink = 1.0 / (1.0 + ink);
  cv::Mat gray = 235.0 - 200.0 * ink.mul(contact);
  if (v.blur > 0) cv::GaussianBlur(gray, gray, {0, 0}, v.blur);
  cv::Mat noise(gray.size(), CV_32F);
  cv::RNG sensor(rng());  // seeded: the same variation gives the same impression
  sensor.fill(noise, cv::RNG::NORMAL, 0, std::max(v.noise, 1e-6));
  gray += noise;
  cv::Mat out;
  gray.convertTo(out, CV_8U);  // saturates to 0–255
  return toFrame(out);
}

ImpressionVariation SyntheticFinger::randomVariation(std::uint64_t impressionSeed) {
  std::mt19937_64 rng(impressionSeed * 0xD1B54A32D192ED03ull + 7);
  ImpressionVariation v;
  v.shiftX = uniform(rng, -14, 14);
  v.shiftY = uniform(rng, -14, 14);
  v.rotation = uniform(rng, -8, 8);
  v.pressure = uniform(rng, -0.35, 0.35);
  v.coverage = uniform(rng, 0.8, 1.0);
  v.noise = uniform(rng, 4, 12);
  v.blur = uniform(rng, 0, 0.8);
  return v;
}

peripherals::Frame SyntheticFinger::impression(std::uint64_t impressionSeed) const {
  return impression(randomVariation(impressionSeed));
}

peripherals::Frame SyntheticFinger::poorImpression(std::uint64_t impressionSeed) const {
  ImpressionVariation v = randomVariation(impressionSeed);
  v.coverage = 0.12;
  v.noise = 70;
  v.blur = 3.5;
  v.pressure = 0.9;
  return impression(v);
}

}  // namespace mws::fingerprint
