// Image limits (issue 9): every loader sizes an image from its header before OpenCV
// allocates for it. The crafted files of tests/fuzz/seeds/image are a few hundred bytes to a
// few kilobytes each and claim 60000 x 60000 or 30000 x 30000 pixels; Debian 12's OpenCV 4.6
// decodes the 30000 x 30000 JPEG (311 bytes) into 900 MB in grey, 2.7 GB in colour, when
// asked. Here they must be refused at once, naming the limit, with no such allocation.
#include <sys/resource.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "mws/camera/folder_camera.hpp"
#include "mws/document/page_image.hpp"
#include "mws/face/image_file.hpp"
#include "mws/peripherals/image_limits.hpp"
#include "test_output.hpp"

namespace fs = std::filesystem;
using mws::peripherals::checkImageFile;

namespace {

const fs::path kSeeds = fs::path(MWS_SOURCE_DIR) / "tests/fuzz/seeds/image";
const std::vector<std::string> kBombs{"bomb_60000x60000.png", "bomb_30000x30000_rgb.png",
                                      "bomb_30000x30000.jpg"};

long peakRssMegabytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

std::vector<std::uint8_t> bytesOf(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void requireTooLarge(const mws::core::Error& error, const std::string& name) {
  BOOST_TEST(error.code == "image.too_large", name);
  BOOST_TEST(error.params.at("what") == "side", name);  // 30000 and 60000 > 20000 a side
  BOOST_TEST(error.params.at("limit") == "20000", name);
  BOOST_TEST(error.detail.find(name) == std::string::npos, name);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(image_limits)

BOOST_AUTO_TEST_CASE(the_header_gives_the_size_opencv_decodes_for_every_format_read) {
  for (const char* name : {"black.pgm", "blue.webp", "color.jpg", "gray.png", "green.tiff", "white.bmp"}) {
    const fs::path path = kSeeds / name;
    auto header = checkImageFile(path);
    BOOST_TEST_REQUIRE(header.ok(), name);
    const cv::Mat decoded = cv::imread(path.string(), cv::IMREAD_UNCHANGED);
    BOOST_TEST_REQUIRE(!decoded.empty(), name);
    BOOST_TEST(header->width == static_cast<std::uint64_t>(decoded.cols), name);
    BOOST_TEST(header->height == static_cast<std::uint64_t>(decoded.rows), name);
    auto fromBytes = mws::peripherals::checkImageBytes(bytesOf(path));
    BOOST_TEST((fromBytes.ok() && fromBytes->width == header->width), name);
  }
}

BOOST_AUTO_TEST_CASE(sizes_written_by_opencv_itself_in_more_formats) {
  const fs::path dir = mws::test::freshOutputDir("image_limits_formats");
  const cv::Mat colour(37, 91, CV_8UC3, cv::Scalar(10, 20, 30));
  const cv::Mat gray(37, 91, CV_8UC1, cv::Scalar(90));
  for (const std::string name : {"a.ppm", "a.pgm", "a.pbm", "a.pam", "a.ras", "a.tif", "a.jpg", "a.png", "a.bmp"}) {
    const fs::path path = dir / name;
    const bool grayOnly = name == "a.pgm" || name == "a.pbm";
    BOOST_TEST_REQUIRE(cv::imwrite(path.string(), grayOnly ? gray : colour), name);
    auto header = checkImageFile(path);
    BOOST_TEST_REQUIRE(header.ok(), name << ": " << (header.ok() ? "" : header.error().params.at("reason")));
    BOOST_TEST(header->width == 91u, name);
    BOOST_TEST(header->height == 37u, name);
  }
}

BOOST_AUTO_TEST_CASE(a_bomb_is_refused_by_every_loader_quickly_without_allocating) {
  const long before = peakRssMegabytes();
  const auto started = std::chrono::steady_clock::now();
  for (const std::string& name : kBombs) {
    const fs::path path = kSeeds / name;
    BOOST_TEST(fs::file_size(path) < 4096u, name);  // a few kilobytes at most
    auto page = mws::document::loadPageImage(path);  // mws mrz read, mws barcode read
    BOOST_TEST_REQUIRE(!page.ok(), name);
    requireTooLarge(page.error(), name);
    auto photo = mws::face::readImageFile(path);  // mws face check
    BOOST_TEST_REQUIRE(!photo.ok(), name);
    requireTooLarge(photo.error(), name);
    auto bytes = mws::peripherals::checkImageBytes(bytesOf(path));  // the receipt's portrait
    BOOST_TEST_REQUIRE(!bytes.ok(), name);
    requireTooLarge(bytes.error(), name);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  BOOST_TEST(seconds < 1.0);                       // OpenCV takes 5 s on the JPEG alone
  BOOST_TEST(peakRssMegabytes() - before < 100);   // OpenCV touches 900 MB on the JPEG
}

BOOST_AUTO_TEST_CASE(the_pixel_and_file_size_limits_name_their_limit) {
  const fs::path path = kSeeds / "gray.png";
  auto header = checkImageFile(path);
  BOOST_TEST_REQUIRE(header.ok());
  mws::peripherals::ImageLimits pixels;
  pixels.maxPixels = header->width * header->height - 1;
  auto refused = checkImageFile(path, pixels);
  BOOST_TEST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "image.too_large");
  BOOST_TEST(refused.error().params.at("what") == "pixels");
  BOOST_TEST(refused.error().params.at("limit") == std::to_string(pixels.maxPixels));

  mws::peripherals::ImageLimits file;
  file.maxFileBytes = fs::file_size(path) - 1;
  auto big = checkImageFile(path, file);
  BOOST_TEST_REQUIRE(!big.ok());
  BOOST_TEST(big.error().params.at("what") == "file_size");
  BOOST_TEST(big.error().params.at("limit") == std::to_string(file.maxFileBytes));
}

BOOST_AUTO_TEST_CASE(a_cut_header_or_an_unknown_format_is_never_decoded) {
  const std::vector<std::uint8_t> png = bytesOf(kSeeds / "gray.png");
  for (std::size_t cut : {0u, 1u, 8u, 20u}) {
    auto header = mws::peripherals::readImageHeader(std::span(png.data(), cut));
    BOOST_TEST_REQUIRE(!header.ok(), cut);
    BOOST_TEST(header.error().code == "image.unknown_format");
  }
  const std::vector<std::uint8_t> text{'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd'};
  BOOST_TEST(mws::peripherals::readImageHeader(text).error().params.at("reason") == "format");
  // A JPEG whose markers run into image data before any frame header.
  const std::vector<std::uint8_t> jpeg{0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0x00, 0x00};
  BOOST_TEST(mws::peripherals::readImageHeader(jpeg).error().code == "image.unknown_format");
}

BOOST_AUTO_TEST_CASE(a_png_chunk_longer_than_the_file_is_never_handed_to_libpng) {
  // 220 bytes found by the image fuzzer: an 8x6 PNG whose last text chunk claims 1.8 GB,
  // which libpng allocated before reading it.
  const fs::path path = kSeeds / "oom_png_text_chunk_1_8gb.png";
  auto bytes = mws::peripherals::checkImageBytes(bytesOf(path));
  BOOST_TEST_REQUIRE(!bytes.ok());
  BOOST_TEST(bytes.error().params.at("reason") == "chunk");
  BOOST_TEST(checkImageFile(path).error().params.at("reason") == "chunk");
  auto page = mws::document::loadPageImage(path);
  BOOST_TEST_REQUIRE(!page.ok());
  BOOST_TEST(page.error().code == "document.unreadable");
}

BOOST_AUTO_TEST_CASE(a_bomb_in_the_camera_folder_is_refused_at_open_and_skipped_later) {
  const fs::path dir = mws::test::freshOutputDir("image_limits_folder");
  fs::copy_file(kSeeds / "bomb_30000x30000.jpg", dir / "a.jpg");
  mws::camera::FolderCamera camera;
  auto opened = camera.open("folder:" + dir.string(), {});
  BOOST_TEST_REQUIRE(!opened.ok());
  BOOST_TEST(opened.error().code == "image.too_large");
}

BOOST_AUTO_TEST_SUITE_END()
