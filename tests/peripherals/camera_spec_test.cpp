#include <boost/test/unit_test.hpp>

#include "mws/camera/camera_factory.hpp"
#include "mws/camera/camera_spec.hpp"

using mws::camera::CameraKind;
using mws::camera::parseCameraSpec;

BOOST_AUTO_TEST_SUITE(camera_spec)

BOOST_AUTO_TEST_CASE(names_each_kind_of_camera) {
  auto synthetic = parseCameraSpec("synthetic");
  BOOST_REQUIRE(synthetic.ok());
  BOOST_TEST((synthetic->kind == CameraKind::Synthetic));

  auto file = parseCameraSpec("file:/data/clip.avi");
  BOOST_REQUIRE(file.ok());
  BOOST_TEST((file->kind == CameraKind::File));
  BOOST_TEST(file->location == "/data/clip.avi");

  auto index = parseCameraSpec("v4l2:2");
  BOOST_REQUIRE(index.ok());
  BOOST_TEST((index->kind == CameraKind::V4l2));
  BOOST_TEST(index->location == "2");

  auto path = parseCameraSpec("v4l2:/dev/video1");
  BOOST_REQUIRE(path.ok());
  BOOST_TEST(path->location == "/dev/video1");
}

BOOST_AUTO_TEST_CASE(refuses_text_that_names_no_camera) {
  for (const char* bad : {"", "usb:1", "file:", "v4l2:", "v4l2:front", "Synthetic"}) {
    auto spec = parseCameraSpec(bad);
    BOOST_REQUIRE_MESSAGE(!spec.ok(), "accepted '" << bad << "'");
    BOOST_TEST(spec.error().code == "camera.unsupported_source");
    BOOST_TEST(spec.error().params.at("source") == bad);
  }
}

BOOST_AUTO_TEST_CASE(factory_opens_a_synthetic_camera_at_the_requested_size) {
  auto camera = mws::camera::openCamera("synthetic", {64, 48});
  BOOST_REQUIRE(camera.ok());
  BOOST_TEST(camera.value()->isOpen());
  BOOST_TEST((camera.value()->frameSize() == mws::peripherals::FrameSize{64, 48}));
}

BOOST_AUTO_TEST_CASE(factory_reports_a_bad_spec_and_a_missing_file_as_errors) {
  auto bad = mws::camera::makeCamera("webcam");
  BOOST_REQUIRE(!bad.ok());
  BOOST_TEST(bad.error().code == "camera.unsupported_source");

  auto missing = mws::camera::openCamera("file:/nonexistent/mws/clip.avi");
  BOOST_REQUIRE(!missing.ok());
  BOOST_TEST(missing.error().code == "camera.not_found");
}

BOOST_AUTO_TEST_SUITE_END()
