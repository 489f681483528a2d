#include "mws/fingerprint/fingerprint_quality.hpp"

#include <algorithm>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace mws::fingerprint {
namespace {

constexpr int kBlock = 16;
constexpr double kForegroundStdDev = 12;  // gray levels; background blocks are flatter

constexpr double kRidgeCoherence = 0.35;  // blocks of noise or smudge stay below this

struct BlockStats {
  double coherence = 0;  // summed over the textured blocks
  double spread = 0;     // summed over the ridge blocks
  int textured = 0;      // blocks with any texture (ridges, noise, smudge)
  int ridges = 0;        // textured blocks with a clear ridge orientation
  int total = 0;
};

BlockStats blockStats(const cv::Mat& gray) {
  cv::Mat gx, gy;
  cv::Sobel(gray, gx, CV_32F, 1, 0, 3);
  cv::Sobel(gray, gy, CV_32F, 0, 1, 3);
  const cv::Mat gxx = gx.mul(gx), gyy = gy.mul(gy), gxy = gx.mul(gy);
  BlockStats stats;
  for (int y = 0; y + kBlock <= gray.rows; y += kBlock) {
    for (int x = 0; x + kBlock <= gray.cols; x += kBlock) {
      const cv::Rect block(x, y, kBlock, kBlock);
      ++stats.total;
      cv::Scalar mean, stddev;
      cv::meanStdDev(gray(block), mean, stddev);
      if (stddev[0] < kForegroundStdDev) {
        continue;
      }
      const double xx = cv::sum(gxx(block))[0], yy = cv::sum(gyy(block))[0];
      const double xy = cv::sum(gxy(block))[0];
      const double trace = xx + yy;
      const double root = std::sqrt((xx - yy) * (xx - yy) + 4 * xy * xy);
      const double coherence = trace > 0 ? root / trace : 0;
      stats.coherence += coherence;
      ++stats.textured;
      if (coherence >= kRidgeCoherence) {
        stats.spread += std::min(stddev[0] / 64.0, 1.0);
        ++stats.ridges;
      }
    }
  }
  return stats;
}

}  // namespace

peripherals::FingerprintQuality assessQuality(const peripherals::Frame& image, int minutiae) {
  peripherals::FingerprintQuality quality;
  quality.minutiae = minutiae;
  if (image.empty() || image.format != peripherals::PixelFormat::Gray8) {
    return quality;
  }
  const cv::Mat gray(image.height, image.width, CV_8UC1,
                     const_cast<std::uint8_t*>(image.pixels.data()), image.stride);
  const BlockStats stats = blockStats(gray);
  if (stats.total == 0 || stats.textured == 0) {
    return quality;
  }
  quality.coherence = stats.coherence / stats.textured;
  quality.contrast = stats.ridges ? stats.spread / stats.ridges : 0;
  quality.area = double(stats.ridges) / stats.total;
  const double areaTerm = std::min(quality.area / 0.6, 1.0);
  double weighted = 0.35 * quality.coherence + 0.20 * quality.contrast + 0.25 * areaTerm;
  if (minutiae >= 0) {
    weighted += 0.20 * std::min(minutiae / 25.0, 1.0);
  } else {
    weighted /= 0.80;
  }
  quality.score = 100 * weighted;
  return quality;
}

}  // namespace mws::fingerprint
