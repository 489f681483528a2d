// mws barcode read on codes ZXing's own writer draws at test time: straight, turned and
// noisy, and an image with no code at all.
#include <boost/test/unit_test.hpp>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <filesystem>
#include <random>
#include <sstream>

#include "mws/cli/cli.hpp"
#include "mws/document/barcode_reader.hpp"

using namespace mws;

namespace {

const std::string kVisa = "EVISA|UZB|V1234567|ERIKSSON ANNA|2027-03-01";

// The code drawn by ZXing, `module` pixels per module, on a white page.
cv::Mat drawCode(ZXing::BarcodeFormat format, const std::string& text, int width, int height) {
  const auto matrix = ZXing::MultiFormatWriter(format).setMargin(4).encode(text, width, height);
  cv::Mat code(matrix.height(), matrix.width(), CV_8UC1);
  for (int y = 0; y < matrix.height(); ++y) {
    for (int x = 0; x < matrix.width(); ++x) code.at<std::uint8_t>(y, x) = matrix.get(x, y) ? 0 : 255;
  }
  cv::Mat page(code.rows + 200, code.cols + 300, CV_8UC1, cv::Scalar(255));
  code.copyTo(page(cv::Rect(150, 100, code.cols, code.rows)));
  return page;
}

// Turned by `degrees`, blurred, with sensor noise.
cv::Mat spoil(const cv::Mat& page, double degrees) {
  cv::Mat turned, noise(page.size(), CV_16S), out;
  const cv::Mat affine =
      cv::getRotationMatrix2D(cv::Point2f(page.cols / 2.0f, page.rows / 2.0f), degrees, 1.0);
  cv::warpAffine(page, turned, affine, page.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                 cv::Scalar(255));
  cv::GaussianBlur(turned, turned, cv::Size(0, 0), 1.0);
  cv::theRNG().state = 7;
  cv::randn(noise, 0, 12);
  turned.convertTo(out, CV_16S);
  out += noise;
  out.convertTo(out, CV_8U);
  return out;
}

struct Run {
  int status;
  std::string out, err;
};

Run barcodeRead(const cv::Mat& image) {
  const auto dir = std::filesystem::temp_directory_path() / "mws_barcode_test";
  std::filesystem::create_directories(dir);
  const auto path = (dir / "page.png").string();
  cv::imwrite(path, image);
  std::istringstream in;
  std::ostringstream out, err;
  const int status = cli::run({"barcode", "read", path, "--json"}, in, out, err);
  std::filesystem::remove_all(dir);
  return {status, out.str(), err.str()};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(barcode_read)

BOOST_AUTO_TEST_CASE(a_qr_code_is_decoded_with_its_format_text_and_corners) {
  const auto run = barcodeRead(drawCode(ZXing::BarcodeFormat::QRCode, kVisa, 300, 300));
  BOOST_TEST(run.status == 0, run.err);
  BOOST_TEST(run.out.find("\"format\":\"QRCode\"") != std::string::npos, run.out);
  BOOST_TEST(run.out.find("\"text\":\"" + kVisa + "\"") != std::string::npos, run.out);
  BOOST_TEST(run.out.find("\"corners\":[[") != std::string::npos, run.out);
}

BOOST_AUTO_TEST_CASE(a_pdf417_code_is_decoded) {
  const auto run = barcodeRead(drawCode(ZXing::BarcodeFormat::PDF417, kVisa, 600, 200));
  BOOST_TEST(run.status == 0, run.err);
  BOOST_TEST(run.out.find("\"format\":\"PDF417\"") != std::string::npos, run.out);
  BOOST_TEST(run.out.find(kVisa) != std::string::npos, run.out);
}

BOOST_AUTO_TEST_CASE(turned_and_noisy_codes_are_decoded) {
  const auto qr = document::readBarcodes(spoil(drawCode(ZXing::BarcodeFormat::QRCode, kVisa, 300, 300), 23));
  BOOST_REQUIRE(qr.ok());
  BOOST_TEST(qr->at(0).text == kVisa);
  const cv::Mat pdf = drawCode(ZXing::BarcodeFormat::PDF417, kVisa, 600, 200);
  cv::Mat upsideDown;
  cv::rotate(spoil(pdf, 0), upsideDown, cv::ROTATE_90_CLOCKWISE);
  const auto turned = document::readBarcodes(upsideDown);
  BOOST_REQUIRE(turned.ok());
  BOOST_TEST(turned->at(0).format == "PDF417");
  BOOST_TEST(turned->at(0).text == kVisa);
}

BOOST_AUTO_TEST_CASE(an_image_without_a_code_exits_2_with_a_reason) {
  cv::Mat page(600, 900, CV_8UC1, cv::Scalar(240));
  cv::putText(page, "NO CODE HERE", cv::Point(100, 300), cv::FONT_HERSHEY_SIMPLEX, 2.0, cv::Scalar(20), 3);
  const auto run = barcodeRead(page);
  BOOST_TEST(run.status == 2);
  BOOST_TEST(run.out.empty());
  BOOST_TEST(run.err.rfind("mws: no barcode:", 0) == 0u, run.err);
}

BOOST_AUTO_TEST_CASE(a_missing_image_exits_1) {
  std::istringstream in;
  std::ostringstream out, err;
  BOOST_TEST(cli::run({"barcode", "read", "/nonexistent/page.png"}, in, out, err) == 1);
  BOOST_TEST(err.str().find("(missing)") != std::string::npos, err.str());
}

BOOST_AUTO_TEST_SUITE_END()
