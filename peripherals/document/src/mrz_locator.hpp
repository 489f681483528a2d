#pragma once
// Finding the MRZ band on a page: any of four orientations, skew up to ±10°.

#include <array>
#include <optional>

#include <opencv2/core.hpp>

namespace mws::document::detail {

struct MrzBand {
  cv::Mat strip;                      // the band, upright up to a half turn, ≈1100 px wide
  std::array<cv::Point2f, 4> corners; // in the page's own coordinates
  bool quarterTurned = false;         // found in the page turned by 90°
};

// The most MRZ-like band on the page (gray, 8-bit), or nullopt when none.
std::optional<MrzBand> locateMrz(const cv::Mat& gray);

// The same band turned by 180° (corners follow).
MrzBand halfTurn(const MrzBand& band);

}  // namespace mws::document::detail
