#include "face_test_support.hpp"

#include <sstream>
#include <stdexcept>

#include "face_images.hpp"

namespace mws::test {

face::FaceAnalyzer& analyzer() {
  static face::FaceAnalyzer instance = [] {
    auto created = face::FaceAnalyzer::create(face::defaultFaceConfig());
    if (!created) {
      throw std::runtime_error("no face analyzer: " + created.error().code);
    }
    return std::move(created).value();
  }();
  return instance;
}

face::FaceReport analyse(const cv::Mat& bgr, face::AnalysisMode mode) {
  auto report = analyzer().analyze(toFrame(bgr), mode);
  if (!report) {
    throw std::runtime_error("analysis failed: " + report.error().code);
  }
  return std::move(report).value();
}

std::string describe(const face::FaceReport& report) {
  std::ostringstream text;
  for (const auto& c : report.checks) {
    text << face::checkName(c.id) << "=" << c.value << ":" << face::verdictName(c.verdict) << " ";
  }
  if (report.face && report.crop) {
    text << "face " << report.face->x << "," << report.face->y << " " << report.face->width
         << "; crop " << report.crop->x << "," << report.crop->y << " " << report.crop->width
         << "x" << report.crop->height << "; ";
  }
  text << "guidance:";
  for (auto g : report.guidance) {
    text << " " << face::guidanceName(g);
  }
  return text.str();
}

std::set<face::CheckId> failing(const face::FaceReport& report) {
  std::set<face::CheckId> out;
  for (const auto& c : report.checks) {
    if (c.verdict != face::Verdict::Pass) {
      out.insert(c.id);
    }
  }
  return out;
}

}  // namespace mws::test
