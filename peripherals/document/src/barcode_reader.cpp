#define ZX_USE_UTF8 1
#include "mws/document/barcode_reader.hpp"

#include <opencv2/imgproc.hpp>

#include <ZXing/ReadBarcode.h>

namespace mws::document {
namespace {

peripherals::DecodedBarcode toDecoded(const ZXing::Result& result) {
  peripherals::DecodedBarcode code;
  code.format = ZXing::ToString(result.format());
  code.text = result.text();
  const auto& position = result.position();
  for (std::size_t i = 0; i < 4; ++i) {
    code.corners[i] = {static_cast<double>(position[i].x), static_cast<double>(position[i].y)};
  }
  return code;
}

}  // namespace

core::Result<std::vector<peripherals::DecodedBarcode>> readBarcodes(const cv::Mat& image) {
  cv::Mat gray = image;
  if (image.channels() == 3) cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
  if (gray.empty() || gray.type() != CV_8UC1) {
    return core::makeError("document.unreadable", "not an 8-bit image").with("reason", "undecodable");
  }
  ZXing::DecodeHints hints;
  hints.setTryHarder(true).setTryRotate(true).setTryDownscale(true);
  const ZXing::ImageView view(gray.data, gray.cols, gray.rows, ZXing::ImageFormat::Lum,
                              static_cast<int>(gray.step));
  std::vector<peripherals::DecodedBarcode> codes;
  for (const auto& result : ZXing::ReadBarcodes(view, hints)) {
    if (result.isValid()) codes.push_back(toDecoded(result));
  }
  if (codes.empty()) {
    return core::makeError("document.no_barcode", "no barcode was found in the image");
  }
  return codes;
}

core::Result<std::vector<peripherals::DecodedBarcode>> readBarcodes(const peripherals::Frame& frame) {
  const int type = frame.format == peripherals::PixelFormat::Gray8 ? CV_8UC1 : CV_8UC3;
  const cv::Mat image(frame.height, frame.width, type,
                      const_cast<std::uint8_t*>(frame.pixels.data()), frame.stride);
  return readBarcodes(image);
}

}  // namespace mws::document
