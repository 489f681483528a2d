#include <atomic>
#include <fstream>

#include <boost/test/unit_test.hpp>
#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

#include "mws/camera/opencv_camera.hpp"
#include "stream_wait.hpp"
#include "test_output.hpp"

using mws::peripherals::PixelFormat;
using mws::peripherals::StreamEvent;
using mws::peripherals::StreamState;

namespace {

constexpr int kClipFrames = 12;
constexpr int kClipWidth = 160;
constexpr int kClipHeight = 120;

// Gray level of frame `i` of the test clip.
int clipLevel(int i) { return 20 + 18 * i; }

std::filesystem::path writeClip(const std::filesystem::path& dir) {
  const auto path = dir / "clip.avi";
  cv::VideoWriter writer(path.string(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 50.0,
                         cv::Size(kClipWidth, kClipHeight));
  BOOST_REQUIRE_MESSAGE(writer.isOpened(), "cv::VideoWriter cannot write MJPG .avi");
  for (int i = 0; i < kClipFrames; ++i) {
    writer.write(cv::Mat(kClipHeight, kClipWidth, CV_8UC3, cv::Scalar::all(clipLevel(i))));
  }
  writer.release();
  return path;
}

double meanLevel(const mws::peripherals::Frame& frame) {
  double sum = 0;
  for (int y = 0; y < frame.height; ++y) {
    for (std::size_t x = 0; x < frame.stride; ++x) {
      sum += frame.row(y)[x];
    }
  }
  return sum / (double(frame.height) * double(frame.stride));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(opencv_camera)

BOOST_AUTO_TEST_CASE(plays_every_frame_of_a_video_file_then_finishes) {
  const auto clip = writeClip(mws::test::freshOutputDir("opencv_camera_clip"));
  mws::camera::OpenCvCamera camera;
  auto opened = camera.open("file:" + clip.string(), {640, 480});
  BOOST_REQUIRE_MESSAGE(opened.ok(), (opened.ok() ? "" : opened.error().detail));
  BOOST_TEST(camera.frameSize().width == kClipWidth);
  BOOST_TEST(camera.frameSize().height == kClipHeight);

  std::atomic<int> frames{0};
  std::atomic<int> finished{0};
  BOOST_REQUIRE(camera.start([&](StreamEvent event) {
    (event == StreamEvent::FrameReady ? frames : finished)++;
  }).ok());
  BOOST_REQUIRE(mws::test::waitWhileRunning(camera));

  BOOST_TEST((camera.state() == StreamState::Finished));
  BOOST_TEST(!camera.streamError().has_value());
  BOOST_TEST(frames.load() == kClipFrames);
  BOOST_TEST(finished.load() == 1);
  auto last = camera.latestFrame();
  BOOST_REQUIRE(last);
  BOOST_TEST(last->sequence == std::uint64_t(kClipFrames));
  BOOST_TEST(last->width == kClipWidth);
  BOOST_TEST(last->height == kClipHeight);
  BOOST_TEST((last->format == PixelFormat::Bgr8));
  BOOST_TEST(last->stride == std::size_t(kClipWidth * 3));
  BOOST_TEST(last->pixels.size() == last->stride * std::size_t(kClipHeight));
  BOOST_TEST(meanLevel(*last) == double(clipLevel(kClipFrames - 1)),
             boost::test_tools::tolerance(0.03));
}

BOOST_AUTO_TEST_CASE(a_missing_video_file_is_an_error_value) {
  mws::camera::OpenCvCamera camera;
  auto opened = camera.open("file:/nonexistent/mws/clip.avi", {});
  BOOST_REQUIRE(!opened.ok());
  BOOST_TEST(opened.error().code == "camera.not_found");
  BOOST_TEST(opened.error().params.at("source") == "file:/nonexistent/mws/clip.avi");
  BOOST_TEST(!camera.isOpen());

  auto started = camera.start();
  BOOST_REQUIRE(!started.ok());
  BOOST_TEST(started.error().code == "camera.not_open");
}

BOOST_AUTO_TEST_CASE(a_file_that_is_no_video_is_an_error_value) {
  const auto path = mws::test::freshOutputDir("opencv_camera_garbage") / "garbage.avi";
  std::ofstream(path) << "this is not a video, just some text";
  mws::camera::OpenCvCamera camera;
  auto opened = camera.open("file:" + path.string(), {});
  BOOST_REQUIRE(!opened.ok());
  BOOST_TEST(opened.error().code == "camera.open_failed");
}

BOOST_AUTO_TEST_CASE(an_absent_v4l2_device_is_an_error_value) {
  mws::camera::OpenCvCamera camera;
  auto opened = camera.open("v4l2:/dev/mws-no-such-video", {640, 480});
  BOOST_REQUIRE(!opened.ok());
  BOOST_TEST(opened.error().code == "camera.not_found");

  auto devices = camera.listDevices();
  BOOST_REQUIRE(devices.ok());
  for (const auto& device : devices.value()) {
    BOOST_TEST(device.source.starts_with("v4l2:"));
  }
}

BOOST_AUTO_TEST_SUITE_END()
