#pragma once
// The page an identity document was read from, kept as case evidence: cropped to the
// document around its MRZ and scaled to about 150 dpi, as a JPEG small enough to store,
// seal and send with the case (tens of kilobytes).

#include <array>
#include <optional>
#include <string>

#include "mws/document/mrz_reader.hpp"
#include "mws/peripherals/frame.hpp"

namespace mws::document {

struct ScanEvidenceOptions {
  int documentWidthPx = 760;  // a TD3 data page (125 mm) at ~150 dpi
  int pageLongSidePx = 1754;  // a whole A4 page at 150 dpi, when no MRZ says where the document is
  int jpegQuality = 80;
};

// `band`: the MRZ's corners in the page (clockwise from its top left), when one was found.
// The document is taken as the rectangle an ICAO 9303 document's proportions put around its
// MRZ (1.15 band widths wide, 0.82 high, the band at its foot), turned upright; without a
// band the whole page is kept. Empty when the page cannot be encoded (an empty frame).
std::string documentScanJpeg(const peripherals::Frame& page,
                                           const std::optional<std::array<MrzPoint, 4>>& band,
                                           const ScanEvidenceOptions& options = {});

}  // namespace mws::document
