#pragma once
// Receipts and certificates as one A4 PDF page: the unit, the title, a "provisional until
// confirmed by the centre" band while the case is not synced, the portrait, the QR code with
// the case id, the applicant in Latin and Cyrillic, the service's details, the fee lines and
// the officer. Drawn with cairo and pango (DejaVu fonts), the QR code by libqrencode, the
// portrait decoded by OpenCV (JPEG or PNG). The same page also as a raster image for printing. The words come from receipt_labels.hpp.

#include "mws/core/domain/ports/receipt_renderer.hpp"

namespace mws::print {

class CairoReceiptRenderer : public core::ReceiptRenderer {
 public:
  // "print.bad_photo" when photoJpeg is not empty and is no readable image; "print.bad_case_id"
  // when the id cannot go into a QR code; "print.failed" when cairo cannot write the PDF.
  // Safe to call from any thread (each call draws on its own surface).
  core::Result<std::string> renderPdf(const core::ReceiptData& data) override;
  // The one page as a PNG at `dpi` (A4 at 300 dpi is 2480 x 3508 pixels), drawn by the same
  // layout as the PDF; "print.bad_dpi" outside [kMinDpi, kMaxDpi].
  core::Result<std::vector<core::RasterPage>> renderPages(const core::ReceiptData& data, double dpi) override;

  static constexpr double kMinDpi = 72;
  static constexpr double kMaxDpi = 1200;
};

}  // namespace mws::print
