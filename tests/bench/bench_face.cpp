// Face analysis figures (docs/benchmarks.md): live analysis of a 640×480 frame and the full
// check of a 1,600×1,200 still, on one core. Usage: bench_face [live-iterations] [still-iterations]
#include <cstdio>
#include <cstdlib>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include "../face/face_images.hpp"
#include "bench_stats.hpp"
#include "mws/face/face_analyzer.hpp"

namespace {

// The portrait on the wall, scaled to the height of `size` and centred in it.
cv::Mat onCanvas(cv::Size size) {
  const cv::Mat& studio = mws::test::studioPortrait();
  const double scale = double(size.height) / studio.rows;
  cv::Mat scaled;
  cv::resize(studio, scaled, cv::Size(), scale, scale, cv::INTER_AREA);
  cv::Mat canvas(size, CV_8UC3, cv::Scalar(200, 200, 200));
  scaled.copyTo(canvas(cv::Rect((size.width - scaled.cols) / 2, 0, scaled.cols, scaled.rows)));
  return canvas;
}

mws::bench::Summary run(mws::face::FaceAnalyzer& analyzer, const cv::Mat& image,
                        mws::face::AnalysisMode mode, int iterations, bool& passed) {
  const auto frame = mws::test::toFrame(image);
  std::vector<double> samples;
  for (int i = 0; i < iterations; ++i) {
    mws::bench::Stopwatch watch;
    auto report = analyzer.analyze(frame, mode);
    samples.push_back(watch.elapsedMs());
    passed = report.ok() && report->check(mws::face::CheckId::SingleFace).verdict ==
                                mws::face::Verdict::Pass;
  }
  return mws::bench::summarise(samples);
}

}  // namespace

int main(int argc, char** argv) {
  const int liveIterations = argc > 1 ? std::atoi(argv[1]) : 500;
  const int stillIterations = argc > 2 ? std::atoi(argv[2]) : 100;
  cv::setNumThreads(1);
  auto analyzer = mws::face::FaceAnalyzer::create(mws::face::defaultFaceConfig());
  if (!analyzer) {
    std::fprintf(stderr, "bench_face: %s\n", analyzer.error().code.c_str());
    return 1;
  }
  bool liveFace = false;
  bool stillFace = false;
  const auto live = run(*analyzer, onCanvas({640, 480}), mws::face::AnalysisMode::Live,
                        liveIterations, liveFace);
  const auto still = run(*analyzer, onCanvas({1600, 1200}), mws::face::AnalysisMode::Still,
                         stillIterations, stillFace);
  const double fps = 1000.0 / live.p50;
  std::printf("%-34s %8s %8s %8s %8s %s\n", "measure (one core)", "n", "median", "p95", "max",
              "verdict");
  std::printf("%-34s %8zu %8.2f %8.2f %8.2f %s\n", "live analysis 640x480 (ms)", live.count,
              live.p50, live.p95, live.max, live.p95 <= 40.0 && liveFace ? "ok" : "MISSED");
  std::printf("%-34s %8s %8.1f %8s %8s %s (target >= 25)\n", "preview fps with analysis on", "",
              fps, "", "", fps >= 25.0 ? "ok" : "MISSED");
  std::printf("%-34s %8zu %8.2f %8.2f %8.2f %s (target <= 100 ms)\n",
              "still check 1600x1200 (ms)", still.count, still.p50, still.p95, still.max,
              still.p95 <= 100.0 && stillFace ? "ok" : "MISSED");
  return 0;
}
