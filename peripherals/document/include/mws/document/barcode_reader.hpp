#pragma once
// QR, PDF417, DataMatrix, Aztec and the linear codes on a page image (e-visa printouts,
// residence cards), decoded with ZXing-C++ from Debian; turned and noisy images included.

#include <vector>

#include <opencv2/core.hpp>

#include "mws/core/result.hpp"
#include "mws/peripherals/document_reader.hpp"

namespace mws::document {

// Every code on the page (8-bit gray or BGR). "document.no_barcode" when none decodes.
core::Result<std::vector<peripherals::DecodedBarcode>> readBarcodes(const cv::Mat& image);
core::Result<std::vector<peripherals::DecodedBarcode>> readBarcodes(const peripherals::Frame& frame);

}  // namespace mws::document
