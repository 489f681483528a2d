#include "mws/face/face_analyzer.hpp"

#include <cmath>
#include <numbers>

#include <opencv2/imgproc.hpp>

#include "checks.hpp"
#include "cv_frame.hpp"
#include "detector.hpp"
#include "geometry.hpp"
#include "measures.hpp"

namespace mws::face {

struct FaceAnalyzer::Impl {
  FaceConfig config;
  Detector detector;

  FaceReport analyze(const cv::Mat& bgr, AnalysisMode mode);
  void measureFace(const cv::Mat& bgr, const cv::Mat& gray, const cv::Rect& face,
                   Measurements& m, FaceReport& report);
};

namespace {

cv::Point2d midpoint(const Eyes& eyes) { return (eyes.left + eyes.right) * 0.5; }

Point pointOf(cv::Point2d p) { return {p.x, p.y}; }

void measureEyes(const Eyes& eyes, double scale, Measurements& m) {
  const cv::Point2d d = eyes.right - eyes.left;
  m.interEyePx = std::hypot(d.x, d.y) * scale;
  m.rollDeg = std::atan2(d.y, d.x) * 180.0 / std::numbers::pi;
}

void measureLooks(const cv::Mat& bgr, const cv::Mat& gray, const cv::Rect& face,
                  const FaceConfig& config, Measurements& m) {
  const cv::Rect inner = innerFace(face, gray.size());
  if (inner.width < 16 || inner.height < 16) {
    return;
  }
  m.sharpness = sharpness(gray, inner);
  const Exposure e = exposure(gray, inner);
  m.luminance = e.meanLuminance;
  m.clippedPct = e.clippedPct;
  const SkinColour skin = skinColour(bgr, inner);
  if (skin.chroma >= config.minSkinChroma) {
    m.skinHueDeg = skin.hueDeg;
  }
}

}  // namespace

void FaceAnalyzer::Impl::measureFace(const cv::Mat& bgr, const cv::Mat& gray,
                                     const cv::Rect& face, Measurements& m, FaceReport& report) {
  const EyeSearch search = detector.eyes(gray, face);
  m.eyes = search.found;
  std::optional<double> eyeMidX;
  if (search.eyes) {
    eyeMidX = midpoint(*search.eyes).x;
    report.leftEye = pointOf(search.eyes->left);
    report.rightEye = pointOf(search.eyes->right);
  }
  const HeadModel head = headModel(face, eyeMidX ? &*eyeMidX : nullptr);
  const CropPlan plan = planCrop(head, gray.size(), config);
  const cv::Rect crop(cv::Point(int(std::lround(plan.box.x)), int(std::lround(plan.box.y))),
                      cv::Size(int(plan.box.width), int(plan.box.height)));
  report.crop = boxOf(crop);
  report.cropScale = plan.scale;
  m.centringPct = plan.centringPct;
  m.headPct = plan.headPct;
  if (search.eyes) {
    measureEyes(*search.eyes, plan.scale, m);
  }
  measureLooks(bgr, gray, face, config, m);
  m.backgroundStdDev =
      backgroundSpread(gray, crop, face, config.minBackgroundPixels);
}

FaceReport FaceAnalyzer::Impl::analyze(const cv::Mat& bgr, AnalysisMode mode) {
  cv::Mat gray;
  cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
  const int maxSide = mode == AnalysisMode::Live ? config.liveDetectionSize
                                                 : config.stillDetectionSize;
  const int minFace = int(config.minFaceFraction * std::min(gray.cols, gray.rows));
  const auto faces = detector.faces(gray, maxSide, minFace);
  FaceReport report;
  report.imageWidth = bgr.cols;
  report.imageHeight = bgr.rows;
  Measurements m;
  m.faces = int(faces.size());
  if (faces.size() == 1) {
    report.face = boxOf(faces.front());
    measureFace(bgr, gray, faces.front(), m, report);
  }
  report.checks = evaluate(m, config);
  report.guidance = guide(report.checks, m);
  return report;
}

core::Result<FaceAnalyzer> FaceAnalyzer::create(const FaceConfig& config) {
  auto detector = Detector::load(config.cascadeDir);
  if (!detector) {
    return detector.error();
  }
  auto impl = std::make_unique<Impl>(Impl{config, std::move(detector.value())});
  return FaceAnalyzer(std::move(impl));
}

FaceAnalyzer::FaceAnalyzer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
FaceAnalyzer::FaceAnalyzer(FaceAnalyzer&&) noexcept = default;
FaceAnalyzer& FaceAnalyzer::operator=(FaceAnalyzer&&) noexcept = default;
FaceAnalyzer::~FaceAnalyzer() = default;

const FaceConfig& FaceAnalyzer::config() const { return m_impl->config; }

core::Result<FaceReport> FaceAnalyzer::analyze(const peripherals::Frame& frame,
                                               AnalysisMode mode) {
  if (frame.empty()) {
    return core::makeError("face.unsupported_frame", "empty frame");
  }
  try {
    return m_impl->analyze(bgrOf(frame), mode);
  } catch (const cv::Exception& e) {
    return core::makeError("face.analysis_failed", "OpenCV error " + std::to_string(e.code));
  }
}

}  // namespace mws::face
