#pragma once
// Finding the MRZ band on a page: any of four orientations, skew up to ±10°.

#include <array>
#include <optional>
#include <vector>

#include <opencv2/core.hpp>

namespace mws::document::detail {

struct MrzBand {
  cv::Mat strip;                      // the band, upright up to a half turn, ≈1100 px wide
  std::array<cv::Point2f, 4> corners; // in the page's own coordinates
  bool quarterTurned = false;         // found in the page turned by 90°
};

// The `most` most MRZ-like bands on the page (gray, 8-bit), best first; empty when none.
// The runners-up matter where a document's visual zone prints lines as long as its MRZ's.
std::vector<MrzBand> locateMrzBands(const cv::Mat& gray, int most);

// The same band turned by 180° (corners follow).
MrzBand halfTurn(const MrzBand& band);

}  // namespace mws::document::detail
