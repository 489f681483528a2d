#pragma once
// Quality of one fingerprint impression, from the image and the driver's minutiae count.
//
// score = 100 × weighted mean of
//   coherence  mean ridge-orientation coherence (structure tensor) over the 16×16 blocks
//              with texture (noise and smudges have texture but no orientation),
//   contrast   mean ridge/valley spread over the ridge blocks (standard deviation / 64),
//   area       share of blocks that hold ridges — texture with coherence ≥ 0.35 (up to 60 %
//              of the image counts fully),
//   minutiae   libfprint's (NBIS mindtct) minutiae count / 25, when the driver ran detection.
// Weights: 0.35, 0.20, 0.25, 0.20 (without a minutiae count, the other three share it).

#include "mws/peripherals/fingerprint_types.hpp"

namespace mws::fingerprint {

inline constexpr double kDefaultMinQuality = 40;

// An empty image scores 0. `minutiae` < 0 means unknown.
peripherals::FingerprintQuality assessQuality(const peripherals::Frame& image, int minutiae = -1);

}  // namespace mws::fingerprint
