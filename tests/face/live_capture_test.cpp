// The live path: a camera stream (video file, synthetic source) analysed frame by frame with
// the latest frame only, and auto-capture of a portrait under the JPEG bound.
#include <boost/test/unit_test.hpp>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include "face_images.hpp"
#include "face_test_support.hpp"
#include "mws/camera/opencv_camera.hpp"
#include "mws/camera/synthetic_camera.hpp"
#include "mws/face/portrait.hpp"

using namespace std::chrono_literals;
using mws::face::AnalysisMode;

namespace {

// A 640×480 clip: the portrait on the wall, letterboxed, repeated.
std::filesystem::path writePortraitClip(int frames) {
  const char* root = std::getenv("MWS_TEST_OUTPUT");
  auto dir = std::filesystem::path(root && *root ? root : "/tmp/mws-face-tests") / "live";
  std::filesystem::create_directories(dir);
  const auto path = dir / "portrait.avi";
  cv::Mat small;
  cv::resize(mws::test::studioPortrait(), small, cv::Size(340, 480), 0, 0, cv::INTER_AREA);
  cv::Mat frame(480, 640, CV_8UC3, cv::Scalar(200, 200, 200));
  small.copyTo(frame(cv::Rect(150, 0, 340, 480)));
  cv::VideoWriter writer(path.string(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 30.0,
                         frame.size());
  BOOST_REQUIRE(writer.isOpened());
  for (int i = 0; i < frames; ++i) writer.write(frame);
  return path;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(live_capture)

BOOST_AUTO_TEST_CASE(a_video_stream_is_guided_and_captured_automatically) {
  mws::camera::OpenCvCamera camera;
  BOOST_REQUIRE(camera.open("file:" + writePortraitClip(60).string(), {}).ok());
  BOOST_REQUIRE(camera.start().ok());
  auto config = mws::face::defaultFaceConfig();
  config.minInterEyePx = 60;  // a 640×480 preview frame holds a smaller face
  auto analyzer = mws::face::FaceAnalyzer::create(config);
  BOOST_REQUIRE(analyzer.ok());
  mws::face::AutoCapture capture(config);
  std::optional<mws::core::Result<mws::face::Portrait>> taken;
  std::uint64_t seen = 0;
  int analysed = 0;
  std::string last;
  while (!taken) {
    auto frame = camera.waitForFrame(seen, 2s);
    if (!frame) break;
    seen = frame->sequence;
    auto report = analyzer->analyze(*frame, AnalysisMode::Live);
    BOOST_REQUIRE(report.ok());
    ++analysed;
    last = mws::test::describe(*report);
    taken = capture.feed(frame, *report);
  }
  camera.stop();
  BOOST_REQUIRE_MESSAGE(taken.has_value(), "no portrait after " << analysed << " frames: " << last);
  BOOST_REQUIRE(taken->ok());
  const auto& portrait = taken->value();
  BOOST_TEST(analysed >= config.autoCaptureFrames);
  BOOST_TEST(portrait.jpeg.size() <= std::size_t(config.maxJpegBytes));
  BOOST_TEST(double(portrait.width) / portrait.height == 35.0 / 45.0,
             boost::test_tools::tolerance(0.01));
  const cv::Mat decoded = cv::imdecode(portrait.jpeg, cv::IMREAD_COLOR);
  BOOST_TEST(decoded.cols == portrait.width);
  BOOST_TEST(mws::test::analyse(decoded).check(mws::face::CheckId::SingleFace).value == 1.0);
}

BOOST_AUTO_TEST_CASE(a_failing_frame_restarts_the_auto_capture_count) {
  auto config = mws::face::defaultFaceConfig();
  config.autoCaptureFrames = 3;
  mws::face::AutoCapture capture(config);
  auto good = std::make_shared<const mws::peripherals::Frame>(
      mws::test::toFrame(mws::test::studioPortrait()));
  const auto pass = mws::test::analyse(mws::test::studioPortrait());
  const auto fail = mws::test::analyse(mws::test::noFace(mws::test::studioPortrait()));
  BOOST_TEST(!capture.feed(good, pass).has_value());
  BOOST_TEST(!capture.feed(good, pass).has_value());
  BOOST_TEST(!capture.feed(good, fail).has_value());
  BOOST_TEST(capture.passingRun() == 0);
  BOOST_TEST(!capture.feed(good, pass).has_value());
  BOOST_TEST(!capture.feed(good, pass).has_value());
  auto portrait = capture.feed(good, pass);
  BOOST_REQUIRE(portrait.has_value());
  BOOST_REQUIRE(portrait->ok());
  BOOST_TEST(portrait->value().width <= config.maxOutputWidth);
}

BOOST_AUTO_TEST_CASE(analysis_slower_than_the_camera_never_lags_behind_it) {
  mws::camera::SyntheticCamera camera(100.0);
  BOOST_REQUIRE(camera.open("synthetic", {640, 480}).ok());
  BOOST_REQUIRE(camera.start().ok());
  std::uint64_t seen = 0;
  for (int i = 0; i < 15; ++i) {
    auto frame = camera.waitForFrame(seen, 2s);
    BOOST_REQUIRE(frame);
    seen = frame->sequence;
    // The frame handed over is the newest one: never older than one camera interval plus
    // the time it takes to hand it over, however long the last analysis took.
#if defined(__SANITIZE_ADDRESS__)
    // Instrumented (scripts/test --sanitize), drawing a frame takes longer than the camera's
    // interval, so a frame's age says nothing: that it is the newest (or the one before,
    // drawn meanwhile) still does.
    auto newest = camera.latestFrame();
    BOOST_TEST((newest && newest->sequence <= frame->sequence + 1));
#else
    BOOST_TEST((std::chrono::steady_clock::now() - frame->captured) < 30ms);
#endif
    BOOST_REQUIRE(mws::test::analyzer().analyze(*frame, AnalysisMode::Live).ok());
    std::this_thread::sleep_for(25ms);  // a slow consumer: 2–3 camera frames per analysis
  }
  camera.stop();
  BOOST_TEST(seen > 15u * 2);  // frames were skipped, not queued
}

BOOST_AUTO_TEST_SUITE_END()
