#include <fstream>

#include <boost/test/unit_test.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "mws/document/page_image.hpp"
#include "test_output.hpp"

using mws::peripherals::PixelFormat;

namespace {

std::filesystem::path pageDir() { return mws::test::freshOutputDir("document_pages"); }

void requireUnreadable(const std::filesystem::path& path, const std::string& reason) {
  auto page = mws::document::loadPageImage(path);
  BOOST_REQUIRE_MESSAGE(!page.ok(), "loaded " << path.filename());
  BOOST_TEST(page.error().code == "document.unreadable");
  BOOST_TEST(page.error().params.at("reason") == reason);
  BOOST_TEST(!page.error().detail.empty());
  // The path may carry the applicant's name: it must not leak into diagnostics.
  BOOST_TEST(page.error().detail.find(path.filename().string()) == std::string::npos);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(document_page_image)

BOOST_AUTO_TEST_CASE(a_gray_page_round_trips_through_png_pixel_for_pixel) {
  cv::Mat page(100, 200, CV_8UC1);
  for (int y = 0; y < page.rows; ++y) {
    for (int x = 0; x < page.cols; ++x) {
      page.at<std::uint8_t>(y, x) = static_cast<std::uint8_t>((x + 3 * y) % 256);
    }
  }
  const auto path = pageDir() / "page.png";
  BOOST_REQUIRE(cv::imwrite(path.string(), page));

  mws::document::ImageFilePageSource source;
  auto frame = source.loadPageImage(path);
  BOOST_REQUIRE(frame.ok());
  BOOST_TEST(frame->width == 200);
  BOOST_TEST(frame->height == 100);
  BOOST_TEST((frame->format == PixelFormat::Gray8));
  BOOST_TEST(frame->stride == 200u);
  for (int y = 0; y < page.rows; ++y) {
    BOOST_REQUIRE(std::equal(frame->row(y), frame->row(y) + 200, page.ptr<std::uint8_t>(y)));
  }
}

BOOST_AUTO_TEST_CASE(a_colour_page_is_loaded_as_grayscale) {
  const auto path = pageDir() / "red.png";
  BOOST_REQUIRE(cv::imwrite(path.string(), cv::Mat(40, 60, CV_8UC3, cv::Scalar(0, 0, 255))));
  auto frame = mws::document::loadPageImage(path);
  BOOST_REQUIRE(frame.ok());
  BOOST_TEST((frame->format == PixelFormat::Gray8));
  BOOST_TEST(frame->pixels.size() == 40u * 60u);
  BOOST_TEST(int(frame->row(20)[30]) == 76);  // 0.299 * 255, ITU-R BT.601 luma
}

BOOST_AUTO_TEST_CASE(garbage_missing_and_odd_files_are_unreadable_with_a_reason) {
  const auto dir = pageDir();
  std::ofstream(dir / "garbage-ivanova.png") << "these bytes are not a PNG image";
  std::ofstream(dir / "empty.jpg");
  requireUnreadable(dir / "garbage-ivanova.png", "undecodable");
  requireUnreadable(dir / "missing-petrov.png", "missing");
  requireUnreadable(dir / "empty.jpg", "empty");
  requireUnreadable(dir, "not_a_file");
}

BOOST_AUTO_TEST_SUITE_END()
