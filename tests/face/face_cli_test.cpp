// `mws face check IMAGE --json` through mws::cli::run: verdicts, reasons and exit codes.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

#include "face_images.hpp"
#include "mws/cli/cli.hpp"

namespace {

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

CliRun faceCheck(const std::filesystem::path& image) {
  std::istringstream in;
  std::ostringstream out, err;
  const int code = mws::cli::run({"face", "check", image.string(), "--json"}, in, out, err);
  return {code, out.str(), err.str()};
}

std::filesystem::path outputDir() {
  const char* root = std::getenv("MWS_TEST_OUTPUT");
  auto dir = std::filesystem::path(root && *root ? root : "/tmp/mws-face-tests") / "cli";
  std::filesystem::create_directories(dir);
  return dir;
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(face_cli)

BOOST_AUTO_TEST_CASE(a_compliant_photo_exits_0_with_every_check_and_the_crop) {
  const auto run = faceCheck(mws::test::writeImage(outputDir(), "studio.jpg",
                                                   mws::test::studioPortrait()));
  BOOST_TEST_MESSAGE(run.out);
  BOOST_TEST(run.code == 0);
  BOOST_TEST(has(run.out, "\"passed\":true"));
  BOOST_TEST(has(run.out, "\"crop\":{\"x\":"));
  for (const char* name : {"single_face", "eyes_found", "inter_eye_distance", "roll", "centring",
                           "head_height", "sharpness", "exposure", "clipping", "background",
                           "colour_cast"}) {
    BOOST_TEST(has(run.out, std::string("\"check\":\"") + name + "\""), name);
  }
  BOOST_TEST(!has(run.out, "\"verdict\":\"fail\""));
  BOOST_TEST(has(run.out, "\"guidance\":[\"ready\"]"));
}

BOOST_AUTO_TEST_CASE(a_failing_photo_exits_1_and_names_the_check) {
  const auto dir = outputDir();
  const auto dark = faceCheck(mws::test::writeImage(
      dir, "dark.jpg", mws::test::scaledLevels(mws::test::studioPortrait(), 0.35)));
  BOOST_TEST(dark.code == 1);
  BOOST_TEST(has(dark.out, "{\"check\":\"exposure\",\"value\":"));
  BOOST_TEST(has(dark.out, "\"max\":210.00,\"verdict\":\"fail\""));
  BOOST_TEST(has(dark.out, "\"guidance\":[\"too_dark\"]"));

  const auto tilted = faceCheck(mws::test::writeImage(
      dir, "tilted.jpg", mws::test::rotated(mws::test::studioPortrait(), 13)));
  BOOST_TEST(tilted.code == 1);
  BOOST_TEST(has(tilted.out, "\"max\":8.00,\"verdict\":\"fail\""));
  BOOST_TEST(has(tilted.out, "\"guidance\":[\"straighten_head\"]"));

  const auto none = faceCheck(mws::test::writeImage(dir, "wall.png",
                                                    mws::test::noFace(mws::test::studioPortrait())));
  BOOST_TEST(none.code == 1);
  BOOST_TEST(has(none.out, "\"face\":null,\"crop\":null"));
  BOOST_TEST(has(none.out, "{\"check\":\"roll\",\"value\":null,\"min\":null,\"max\":8.00,"
                           "\"verdict\":\"not_measured\"}"));
}

BOOST_AUTO_TEST_CASE(an_unreadable_file_exits_2) {
  const auto garbage = outputDir() / "garbage.jpg";
  std::ofstream(garbage) << "not a photo";
  const auto run = faceCheck(garbage);
  BOOST_TEST(run.code == 2);
  BOOST_TEST(has(run.err, "cannot read the photo (undecodable)"));
  BOOST_TEST(faceCheck(outputDir() / "missing.jpg").code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
