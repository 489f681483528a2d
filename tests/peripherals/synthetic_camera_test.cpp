#include <atomic>
#include <thread>

#include <boost/test/unit_test.hpp>

#include "mws/camera/synthetic_camera.hpp"
#include "stream_wait.hpp"

using namespace std::chrono_literals;
using mws::camera::SyntheticCamera;
using mws::peripherals::Frame;
using mws::peripherals::FrameSize;
using mws::peripherals::PixelFormat;
using mws::peripherals::StreamEvent;
using mws::peripherals::StreamState;

namespace {

// Left edge of the white square in the middle row, or -1.
int squareLeft(const Frame& frame) {
  const std::uint8_t* row = frame.row(frame.height / 2);
  for (int x = 0; x < frame.width; ++x) {
    if (row[3 * x] == 255 && row[3 * x + 1] == 255 && row[3 * x + 2] == 255) {
      return x;
    }
  }
  return -1;
}

// Where the documented motion (8 pixels per frame, wrapping) puts the square in a frame.
int expectedSquareLeft(const Frame& frame) {
  const int side = std::min(frame.width, frame.height) / 5;
  return int(((frame.sequence - 1) * 8) % std::uint64_t(frame.width - side));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(synthetic_camera)

BOOST_AUTO_TEST_CASE(streams_moving_frames_at_the_requested_size) {
  SyntheticCamera camera(100.0);
  BOOST_REQUIRE(camera.open("synthetic", {320, 240}).ok());
  BOOST_REQUIRE(camera.start().ok());
  BOOST_TEST((camera.state() == StreamState::Running));

  auto first = camera.waitForFrame(0, 2s);
  BOOST_REQUIRE(first);
  auto second = camera.waitForFrame(first->sequence, 2s);
  BOOST_REQUIRE(second);
  camera.stop();

  BOOST_TEST(second->sequence > first->sequence);
  BOOST_TEST((second->captured > first->captured));
  for (const auto& frame : {first, second}) {
    BOOST_TEST((frame->size() == FrameSize{320, 240}));
    BOOST_TEST((frame->format == PixelFormat::Bgr8));
    BOOST_TEST(frame->pixels.size() == std::size_t(320 * 240 * 3));
    BOOST_TEST(squareLeft(*frame) == expectedSquareLeft(*frame));
  }
  BOOST_TEST(squareLeft(*first) != squareLeft(*second));
  BOOST_TEST((camera.state() == StreamState::Idle));
}

BOOST_AUTO_TEST_CASE(a_slow_consumer_gets_the_latest_frame_not_a_backlog) {
  SyntheticCamera camera(200.0);
  BOOST_REQUIRE(camera.open("synthetic", {160, 120}).ok());
  std::atomic<std::uint64_t> produced{0};
  BOOST_REQUIRE(camera.start([&](StreamEvent event) {
    if (event == StreamEvent::FrameReady) {
      ++produced;
    }
  }).ok());
  std::this_thread::sleep_for(300ms);  // the consumer is busy elsewhere
  camera.stop();

  BOOST_TEST(produced.load() > 10u);
  auto latest = camera.latestFrame();
  BOOST_REQUIRE(latest);
  BOOST_TEST(latest->sequence == produced.load());
  BOOST_TEST(squareLeft(*latest) == expectedSquareLeft(*latest));
  // Nothing is queued behind it: no newer frame comes once the stream has stopped.
  BOOST_TEST((camera.waitForFrame(latest->sequence, 200ms) == nullptr));
}

BOOST_AUTO_TEST_CASE(an_unplugged_camera_ends_the_stream_with_an_error_value) {
  SyntheticCamera camera(100.0);
  BOOST_REQUIRE(camera.open("synthetic", {}).ok());
  std::atomic<int> failures{0};
  BOOST_REQUIRE(camera.start([&](StreamEvent event) {
    if (event == StreamEvent::Failed) {
      ++failures;
    }
  }).ok());
  BOOST_REQUIRE(camera.waitForFrame(0, 2s));

  camera.setConnected(false);
  BOOST_REQUIRE(mws::test::waitWhileRunning(camera));
  BOOST_TEST((camera.state() == StreamState::Failed));
  BOOST_REQUIRE(camera.streamError().has_value());
  BOOST_TEST(camera.streamError()->code == "camera.disconnected");
  BOOST_TEST(failures.load() == 1);
  BOOST_TEST((camera.latestFrame() != nullptr));  // the last picture stays on screen

  BOOST_TEST(camera.listDevices().value().empty());
  auto reopened = camera.open("synthetic", {});
  BOOST_REQUIRE(!reopened.ok());
  BOOST_TEST(reopened.error().code == "camera.not_found");

  camera.setConnected(true);
  BOOST_REQUIRE(camera.open("synthetic", {}).ok());
  BOOST_REQUIRE(camera.start().ok());
  BOOST_TEST((camera.waitForFrame(0, 2s) != nullptr));
  BOOST_TEST(!camera.streamError().has_value());
}

BOOST_AUTO_TEST_CASE(refuses_to_open_or_start_while_streaming) {
  SyntheticCamera camera;
  BOOST_TEST(camera.listDevices().value().size() == 1u);
  BOOST_TEST(camera.listDevices().value().front().source == "synthetic");
  BOOST_REQUIRE(camera.open("synthetic", {}).ok());
  BOOST_TEST((camera.frameSize() == FrameSize{640, 480}));
  BOOST_REQUIRE(camera.start().ok());

  auto again = camera.start();
  BOOST_REQUIRE(!again.ok());
  BOOST_TEST(again.error().code == "camera.busy");
  auto reopen = camera.open("synthetic", {320, 240});
  BOOST_REQUIRE(!reopen.ok());
  BOOST_TEST(reopen.error().code == "camera.busy");

  auto other = camera.open("v4l2:0", {});
  BOOST_TEST(!other.ok());
  camera.close();
  BOOST_TEST(!camera.isOpen());
  BOOST_TEST((camera.state() == StreamState::Idle));
}

BOOST_AUTO_TEST_SUITE_END()
