// Every ICAO check seen to pass on a compliant portrait and to fail, for the right reason,
// on a picture derived from it.
#include <boost/test/unit_test.hpp>

#include "face_images.hpp"
#include "face_test_support.hpp"

using mws::face::CheckId;
using mws::face::Guidance;
using mws::face::Verdict;
using mws::test::analyse;
using mws::test::describe;
using mws::test::failing;
using mws::test::studioPortrait;

namespace {

bool guides(const mws::face::FaceReport& report, Guidance g) {
  return !report.guidance.empty() && report.guidance.front() == g;
}

// The report fails exactly `expected` (every other check passes) and guides with `first`.
void expectFailure(const cv::Mat& image, std::set<CheckId> expected, Guidance first) {
  const auto report = analyse(image);
  BOOST_TEST_CONTEXT(describe(report)) {
  BOOST_TEST(!report.passed());
  BOOST_TEST((failing(report) == expected));
  for (auto id : expected) {
    BOOST_TEST((report.check(id).verdict == Verdict::Fail));
  }
  BOOST_TEST(guides(report, first));
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(face_checks)

BOOST_AUTO_TEST_CASE(a_plain_background_portrait_passes_every_check) {
  const auto report = analyse(studioPortrait());
  BOOST_TEST_MESSAGE(describe(report));
  BOOST_TEST(report.passed());
  BOOST_TEST(report.checks.size() == 11u);
  BOOST_TEST((report.guidance == std::vector<Guidance>{Guidance::Ready}));
  BOOST_REQUIRE(report.crop.has_value());
  const auto& crop = *report.crop;
  BOOST_TEST(double(crop.width) / crop.height == 35.0 / 45.0, boost::test_tools::tolerance(0.01));
  BOOST_TEST(crop.x >= 0);
  BOOST_TEST(crop.y >= 0);
  BOOST_TEST(crop.x + crop.width <= report.imageWidth);
  BOOST_TEST(crop.y + crop.height <= report.imageHeight);
  BOOST_TEST(report.check(CheckId::InterEyeDistance).value > 110.0);
}

BOOST_AUTO_TEST_CASE(a_busy_background_fails_the_background_check) {
  expectFailure(mws::test::gardenPortrait(), {CheckId::Background}, Guidance::PlainBackground);
}

BOOST_AUTO_TEST_CASE(a_tilted_head_fails_the_roll_check) {
  expectFailure(mws::test::rotated(studioPortrait(), 13), {CheckId::Roll},
                Guidance::StraightenHead);
  const auto slight = analyse(mws::test::rotated(studioPortrait(), 3));
  BOOST_TEST_MESSAGE(describe(slight));
  BOOST_TEST(slight.passed());
}

BOOST_AUTO_TEST_CASE(a_dark_photo_fails_the_exposure_check) {
  expectFailure(mws::test::scaledLevels(studioPortrait(), 0.35), {CheckId::Exposure},
                Guidance::TooDark);
}

BOOST_AUTO_TEST_CASE(an_overexposed_photo_fails_exposure_and_clipping) {
  expectFailure(mws::test::scaledLevels(studioPortrait(), 1.7),
                {CheckId::Exposure, CheckId::Clipping}, Guidance::TooBright);
}

BOOST_AUTO_TEST_CASE(harsh_light_fails_the_clipping_check) {
  expectFailure(mws::test::harshContrast(studioPortrait(), 3.0), {CheckId::Clipping},
                Guidance::EvenLighting);
}

BOOST_AUTO_TEST_CASE(a_blurred_photo_fails_the_sharpness_check) {
  expectFailure(mws::test::blurred(studioPortrait(), 3.0), {CheckId::Sharpness},
                Guidance::HoldStill);
}

BOOST_AUTO_TEST_CASE(a_blue_cast_fails_the_colour_check) {
  expectFailure(mws::test::colourCast(studioPortrait(), 1.5, 0.7), {CheckId::ColourCast},
                Guidance::CheckColour);
}

BOOST_AUTO_TEST_CASE(a_face_near_the_edge_fails_the_centring_check) {
  expectFailure(mws::test::offCentre(studioPortrait(), 130), {CheckId::Centring},
                Guidance::MoveRight);
}

BOOST_AUTO_TEST_CASE(a_photo_cropped_too_tight_fails_the_head_height_check) {
  const auto report = analyse(mws::test::tooTight(studioPortrait()));
  BOOST_TEST_MESSAGE(describe(report));
  BOOST_TEST((report.check(CheckId::HeadHeight).verdict == Verdict::Fail));
  BOOST_TEST(report.check(CheckId::HeadHeight).value > 80.0);
  BOOST_TEST((report.check(CheckId::SingleFace).verdict == Verdict::Pass));
  BOOST_TEST((report.check(CheckId::Roll).verdict == Verdict::Pass));
  BOOST_TEST(guides(report, Guidance::MoveBack));
}

BOOST_AUTO_TEST_CASE(a_face_too_far_away_fails_the_inter_eye_distance) {
  expectFailure(mws::test::farAway(studioPortrait(), 0.55), {CheckId::InterEyeDistance},
                Guidance::MoveCloser);
}

BOOST_AUTO_TEST_CASE(two_faces_fail_and_leave_the_rest_unmeasured) {
  const auto report = analyse(mws::test::twoFaces(studioPortrait()));
  BOOST_TEST_MESSAGE(describe(report));
  BOOST_TEST((report.check(CheckId::SingleFace).verdict == Verdict::Fail));
  BOOST_TEST(report.check(CheckId::SingleFace).value == 2.0);
  for (const auto& c : report.checks) {
    if (c.id != CheckId::SingleFace) {
      BOOST_TEST((c.verdict == Verdict::NotMeasured), mws::face::checkName(c.id));
    }
  }
  BOOST_TEST((report.guidance == std::vector<Guidance>{Guidance::OneFaceOnly}));
  BOOST_TEST(!report.crop.has_value());
}

BOOST_AUTO_TEST_CASE(no_face_fails_and_nothing_else_is_called_a_pass) {
  const auto report = analyse(mws::test::noFace(studioPortrait()));
  BOOST_TEST((report.check(CheckId::SingleFace).verdict == Verdict::Fail));
  BOOST_TEST(report.check(CheckId::SingleFace).value == 0.0);
  for (const auto& c : report.checks) {
    BOOST_TEST((c.verdict != Verdict::Pass), mws::face::checkName(c.id));
  }
  BOOST_TEST((report.guidance == std::vector<Guidance>{Guidance::NoFace}));
}

BOOST_AUTO_TEST_CASE(thresholds_come_from_the_configuration) {
  auto config = mws::face::defaultFaceConfig();
  config.minInterEyePx = 200;
  config.maxRollDeg = 1;
  auto strict = mws::face::FaceAnalyzer::create(config);
  BOOST_REQUIRE(strict.ok());
  auto report = strict->analyze(mws::test::toFrame(studioPortrait()));
  BOOST_REQUIRE(report.ok());
  BOOST_TEST((report->check(CheckId::InterEyeDistance).verdict == Verdict::Fail));
  BOOST_TEST(*report->check(CheckId::InterEyeDistance).min == 200.0);
  BOOST_TEST((report->check(CheckId::Roll).verdict == Verdict::Fail));

  config.cascadeDir = "/nonexistent/mws/cascades";
  auto missing = mws::face::FaceAnalyzer::create(config);
  BOOST_REQUIRE(!missing.ok());
  BOOST_TEST(missing.error().code == "face.cascade_missing");
}

BOOST_AUTO_TEST_CASE(an_empty_frame_is_an_error_value) {
  auto report = mws::test::analyzer().analyze(mws::peripherals::Frame{});
  BOOST_REQUIRE(!report.ok());
  BOOST_TEST(report.error().code == "face.unsupported_frame");
}

BOOST_AUTO_TEST_SUITE_END()
