#pragma once
// Synthetic fingerprints for tests, the simulated scanner and the benchmark (DESIGN §6).
//
// A finger is a master ridge pattern grown by iterated oriented Gabor filtering of sparse
// noise (as in SFinGe): an orientation field with the finger's own cores and deltas
// (arch, left/right loop, whorl; Sherlock–Monro model), its own ridge period, and minutiae
// where the grown ridges meet — all drawn from the finger's seed. An impression renders the
// master with a per-impression shift, rotation, pressure (ridge width), partial contact area
// and sensor noise, as 8-bit gray at 500 dpi with dark ridges on a light background.

#include <cstdint>
#include <vector>

#include "mws/peripherals/frame.hpp"

namespace mws::fingerprint {

struct ImpressionVariation {
  double shiftX = 0;     // pixels
  double shiftY = 0;     // pixels
  double rotation = 0;   // degrees
  double pressure = 0;   // −1 (dry, thin ridges) … +1 (pressed hard, thick ridges)
  double coverage = 1;   // share of the finger pad that touches the sensor, 0–1
  double noise = 0;      // standard deviation of sensor noise, gray levels
  double blur = 0;       // Gaussian blur sigma, pixels (smudge)
};

class SyntheticFinger {
public:
  static constexpr int kWidth = 256;   // impression size: 13 × 16 mm at 500 dpi
  static constexpr int kHeight = 320;

  explicit SyntheticFinger(std::uint64_t seed);

  peripherals::Frame impression(const ImpressionVariation& variation) const;
  // A realistic impression drawn from `impressionSeed`: small shift and rotation, some
  // pressure change, mostly full contact, light noise.
  peripherals::Frame impression(std::uint64_t impressionSeed) const;
  // A poor impression: a small smudged patch under heavy noise.
  peripherals::Frame poorImpression(std::uint64_t impressionSeed) const;

  static ImpressionVariation randomVariation(std::uint64_t impressionSeed);

  std::uint64_t seed() const { return m_seed; }
  int pattern() const { return m_pattern; }  // 0 arch, 1 left loop, 2 right loop, 3 whorl

private:
  std::uint64_t m_seed;
  int m_pattern = 0;
  int m_masterWidth = 0;
  int m_masterHeight = 0;
  std::vector<float> m_ridges;  // master pattern in [−1, 1], row-major
  std::vector<float> m_pad;     // finger pad mask in [0, 1]
};

}  // namespace mws::fingerprint
