#pragma once
// Building the check list and the guidance from measurements (private to mws::face).

#include <optional>

#include "mws/face/face_config.hpp"
#include "mws/face/face_report.hpp"

namespace mws::face {

// What was measured on one picture; nullopt where a measure could not be taken.
struct Measurements {
  int faces = 0;
  int eyes = 0;
  std::optional<double> interEyePx;
  std::optional<double> rollDeg;
  std::optional<double> centringPct;  // signed
  std::optional<double> headPct;
  std::optional<double> sharpness;
  std::optional<double> luminance;
  std::optional<double> clippedPct;
  std::optional<double> backgroundStdDev;
  std::optional<double> skinHueDeg;   // nullopt also when the skin is too grey to tell
};

std::vector<CheckResult> evaluate(const Measurements& m, const FaceConfig& config);

// The officer's next steps, most important first; Ready alone when all pass.
std::vector<Guidance> guide(const std::vector<CheckResult>& checks, const Measurements& m);

}  // namespace mws::face
