#include "mws/face/portrait.hpp"

#include <algorithm>
#include <cmath>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "cv_frame.hpp"

namespace mws::face {
namespace {

constexpr int kLowestQuality = 40;
constexpr int kQualityStep = 6;

cv::Mat cutAndScale(const peripherals::Frame& frame, const FaceReport& report) {
  const cv::Mat bgr = bgrOf(frame);
  const cv::Rect box = rectOf(*report.crop) & cv::Rect(0, 0, bgr.cols, bgr.rows);
  cv::Mat scaled;
  const int width = std::max(1, int(std::lround(box.width * report.cropScale)));
  const int height = std::max(1, int(std::lround(box.height * report.cropScale)));
  cv::resize(bgr(box), scaled, cv::Size(width, height), 0, 0, cv::INTER_AREA);
  return scaled;
}

// The best quality whose encoding fits the bound; false when none down to kLowestQuality does.
bool encodeUnder(const cv::Mat& image, const FaceConfig& config, Portrait& portrait) {
  for (int quality = config.jpegQuality; quality >= kLowestQuality; quality -= kQualityStep) {
    std::vector<std::uint8_t> bytes;
    cv::imencode(".jpg", image, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
    if (int(bytes.size()) <= config.maxJpegBytes) {
      portrait.jpeg = std::move(bytes);
      portrait.quality = quality;
      return true;
    }
  }
  return false;
}

}  // namespace

core::Result<Portrait> makePortrait(const peripherals::Frame& frame, const FaceReport& report,
                                    const FaceConfig& config) {
  if (!report.crop || frame.empty()) {
    return core::makeError("face.no_crop", "no face to crop");
  }
  try {
    const cv::Mat image = cutAndScale(frame, report);
    Portrait portrait;
    portrait.width = image.cols;
    portrait.height = image.rows;
    portrait.report = report;
    portrait.sequence = frame.sequence;
    if (!encodeUnder(image, config, portrait)) {
      return core::makeError("face.too_large", "the portrait exceeds the JPEG size bound")
          .with("bytes", std::to_string(config.maxJpegBytes));
    }
    return portrait;
  } catch (const cv::Exception& e) {
    return core::makeError("face.analysis_failed", "OpenCV error " + std::to_string(e.code));
  }
}

AutoCapture::AutoCapture(FaceConfig config) : m_config(std::move(config)) {}

void AutoCapture::reset() {
  m_run = 0;
  m_bestSharpness = -1;
  m_best.reset();
  m_bestReport = {};
}

std::optional<core::Result<Portrait>> AutoCapture::feed(
    std::shared_ptr<const peripherals::Frame> frame, const FaceReport& report) {
  if (!frame || !report.passed()) {
    reset();
    return std::nullopt;
  }
  ++m_run;
  const double sharp = report.check(CheckId::Sharpness).value;
  if (sharp > m_bestSharpness) {
    m_bestSharpness = sharp;
    m_best = std::move(frame);
    m_bestReport = report;
  }
  if (m_run < std::max(1, m_config.autoCaptureFrames)) {
    return std::nullopt;
  }
  auto portrait = makePortrait(*m_best, m_bestReport, m_config);
  reset();
  return portrait;
}

}  // namespace mws::face
