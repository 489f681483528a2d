#pragma once
// Shared by the face tests: one analyzer per process and readable reports in failures.

#include <set>
#include <string>

#include <opencv2/core/mat.hpp>

#include "mws/face/face_analyzer.hpp"

namespace mws::test {

face::FaceAnalyzer& analyzer();
face::FaceReport analyse(const cv::Mat& bgr, face::AnalysisMode mode = face::AnalysisMode::Still);
std::string describe(const face::FaceReport& report);
// The checks that did not pass.
std::set<face::CheckId> failing(const face::FaceReport& report);

}  // namespace mws::test
