#include <atomic>
#include <fstream>
#include <mutex>

#include <boost/test/unit_test.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "mws/camera/camera_factory.hpp"
#include "mws/camera/folder_camera.hpp"
#include "stream_wait.hpp"
#include "test_output.hpp"

using mws::peripherals::StreamEvent;
using mws::peripherals::StreamState;

namespace {

// Writes b.png (level 200), a.png (level 100), c.jpg (level 150) and a file that only
// pretends to be an image, so the expected order is a, b, c with the fake skipped.
std::filesystem::path writeFolder(const std::string& name) {
  const auto dir = mws::test::freshOutputDir(name);
  cv::imwrite((dir / "b.png").string(), cv::Mat(60, 80, CV_8UC3, cv::Scalar::all(200)));
  cv::imwrite((dir / "a.png").string(), cv::Mat(60, 80, CV_8UC3, cv::Scalar::all(100)));
  cv::imwrite((dir / "c.jpg").string(), cv::Mat(60, 80, CV_8UC3, cv::Scalar::all(150)));
  std::ofstream(dir / "b2.png") << "not an image";
  std::ofstream(dir / "notes.txt") << "ignored: not an image name";
  return dir;
}

int level(const mws::peripherals::Frame& frame) { return frame.row(frame.height / 2)[frame.stride / 2]; }

}  // namespace

BOOST_AUTO_TEST_SUITE(folder_camera)

BOOST_AUTO_TEST_CASE(plays_the_images_in_name_order_skips_what_is_not_decodable_then_finishes) {
  const auto dir = writeFolder("folder_camera_order");
  mws::camera::FolderCamera camera(200.0);
  auto opened = camera.open("folder:" + dir.string(), {640, 480});
  BOOST_REQUIRE_MESSAGE(opened.ok(), (opened.ok() ? "" : opened.error().detail));
  BOOST_TEST(camera.frameSize().width == 80);
  BOOST_TEST(camera.frameSize().height == 60);

  std::vector<int> levels;
  std::mutex mutex;
  BOOST_REQUIRE(camera.start([&](StreamEvent event) {
    if (event != StreamEvent::FrameReady) return;
    auto frame = camera.latestFrame();
    std::lock_guard lock(mutex);
    if (frame) levels.push_back(level(*frame));
  }).ok());
  BOOST_REQUIRE(mws::test::waitWhileRunning(camera));
  BOOST_TEST((camera.state() == StreamState::Finished));
  std::lock_guard lock(mutex);
  BOOST_REQUIRE(levels.size() == 3u);
  BOOST_TEST(levels[0] == 100);
  BOOST_TEST(levels[1] == 200);
  BOOST_TEST(std::abs(levels[2] - 150) <= 2);  // JPEG
}

BOOST_AUTO_TEST_CASE(a_missing_or_empty_folder_is_an_error_value) {
  auto missing = mws::camera::makeCamera("folder:/nonexistent/mws-folder");
  BOOST_REQUIRE(missing.ok());
  auto opened = (*missing)->open("folder:/nonexistent/mws-folder", {});
  BOOST_REQUIRE(!opened.ok());
  BOOST_TEST(opened.error().code == "camera.not_found");

  const auto empty = mws::test::freshOutputDir("folder_camera_empty");
  mws::camera::FolderCamera camera;
  auto none = camera.open("folder:" + empty.string(), {});
  BOOST_REQUIRE(!none.ok());
  BOOST_TEST(none.error().code == "camera.open_failed");
}

BOOST_AUTO_TEST_SUITE_END()
