#include "mws/document/scan_evidence.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace mws::document {
namespace {

// ICAO 9303 documents around their MRZ, in band widths (TD3 125×88 mm around a 112 mm band,
// TD1 85.6×54 mm around 76 mm, TD2 105×74 mm around 91 mm): the widest of them, so that no
// format loses an edge.
constexpr double kWidth = 1.15;
constexpr double kHeight = 0.82;
constexpr double kBelowBand = 0.04;  // the margin under the band's foot
constexpr double kMinBandPx = 60;    // a smaller band is no reliable frame for a crop

cv::Point2f at(const cv::Point2f& origin, const cv::Point2f& u, const cv::Point2f& v, double s, double t) {
  return origin + u * static_cast<float>(s) + v * static_cast<float>(t);
}

// The document upright, or an empty Mat when the band gives no usable frame.
cv::Mat cropAroundBand(const cv::Mat& image, const std::array<MrzPoint, 4>& band, int widthPx) {
  const cv::Point2f tl(static_cast<float>(band[0].x), static_cast<float>(band[0].y));
  const cv::Point2f tr(static_cast<float>(band[1].x), static_cast<float>(band[1].y));
  const cv::Point2f bl(static_cast<float>(band[3].x), static_cast<float>(band[3].y));
  const double w = cv::norm(tr - tl);
  const double h = cv::norm(bl - tl);
  if (!std::isfinite(w) || !std::isfinite(h) || w < kMinBandPx || h <= 0 || h > w) return {};
  const cv::Point2f u = (tr - tl) * static_cast<float>(1.0 / w);
  const cv::Point2f v(-u.y, u.x);  // a quarter turn clockwise: down the page for an upright band
  const double margin = (kWidth - 1.0) / 2.0 * w;
  const double bottom = h + kBelowBand * w;
  const double top = bottom - kHeight * w;
  const int outW = std::min(widthPx, static_cast<int>(std::lround(kWidth * w)));
  const int outH = static_cast<int>(std::lround(outW * kHeight / kWidth));
  const cv::Point2f from[3] = {at(tl, u, v, -margin, top), at(tl, u, v, w + margin, top),
                               at(tl, u, v, -margin, bottom)};
  const cv::Point2f to[3] = {{0, 0}, {static_cast<float>(outW), 0}, {0, static_cast<float>(outH)}};
  cv::Mat upright;
  cv::warpAffine(image, upright, cv::getAffineTransform(from, to), cv::Size(outW, outH), cv::INTER_AREA,
                 cv::BORDER_CONSTANT, cv::Scalar::all(255));
  return upright;
}

cv::Mat wholePage(const cv::Mat& image, int longSidePx) {
  const double scale = std::min(1.0, static_cast<double>(longSidePx) / std::max(image.cols, image.rows));
  if (scale >= 1.0) return image;
  cv::Mat smaller;
  cv::resize(image, smaller, cv::Size(), scale, scale, cv::INTER_AREA);
  return smaller;
}

}  // namespace

std::string documentScanJpeg(const peripherals::Frame& page, const std::optional<std::array<MrzPoint, 4>>& band,
                             const ScanEvidenceOptions& options) {
  if (page.empty()) return {};
  const int type = page.format == peripherals::PixelFormat::Gray8 ? CV_8UC1 : CV_8UC3;
  const cv::Mat image(page.height, page.width, type, const_cast<std::uint8_t*>(page.pixels.data()), page.stride);
  try {
    cv::Mat evidence = band ? cropAroundBand(image, *band, options.documentWidthPx) : cv::Mat();
    if (evidence.empty()) evidence = wholePage(image, options.pageLongSidePx);
    std::vector<unsigned char> bytes;
    if (!cv::imencode(".jpg", evidence, bytes, {cv::IMWRITE_JPEG_QUALITY, options.jpegQuality})) return {};
    return std::string(bytes.begin(), bytes.end());
  } catch (const cv::Exception&) {
    return {};  // the reading stands without its evidence
  }
}

}  // namespace mws::document
