#include "checks.hpp"

#include <cmath>

namespace mws::face {
namespace {

CheckResult judge(CheckId id, std::optional<double> value, std::optional<double> min,
                  std::optional<double> max) {
  CheckResult check{id, Verdict::NotMeasured, 0, min, max};
  if (!value || !std::isfinite(*value)) {
    return check;
  }
  check.value = *value;
  const bool ok = (!min || *value >= *min) && (!max || *value <= *max);
  check.verdict = ok ? Verdict::Pass : Verdict::Fail;
  return check;
}

std::optional<double> magnitude(std::optional<double> value) {
  return value ? std::optional<double>(std::fabs(*value)) : std::nullopt;
}

bool failed(const std::vector<CheckResult>& checks, CheckId id) {
  return checks[std::size_t(id)].verdict == Verdict::Fail;
}

bool notMeasured(const std::vector<CheckResult>& checks, CheckId id) {
  return checks[std::size_t(id)].verdict == Verdict::NotMeasured;
}

// When nothing failed but something could not be measured: what would let it be measured.
std::vector<Guidance> unmeasuredGuidance(const std::vector<CheckResult>& checks) {
  if (notMeasured(checks, CheckId::EyesFound) || notMeasured(checks, CheckId::Roll)) {
    return {Guidance::FaceTheCamera};
  }
  if (notMeasured(checks, CheckId::Background)) return {Guidance::MoveBack};
  if (notMeasured(checks, CheckId::ColourCast)) return {Guidance::CheckColour};
  for (const auto& c : checks) {
    if (c.verdict != Verdict::Pass) return {};
  }
  return {Guidance::Ready};
}

}  // namespace

std::vector<CheckResult> evaluate(const Measurements& m, const FaceConfig& c) {
  return {
      judge(CheckId::SingleFace, double(m.faces), 1.0, 1.0),
      judge(CheckId::EyesFound, m.faces == 1 ? std::optional<double>(m.eyes) : std::nullopt,
            2.0, 2.0),
      judge(CheckId::InterEyeDistance, m.interEyePx, c.minInterEyePx, std::nullopt),
      judge(CheckId::Roll, magnitude(m.rollDeg), std::nullopt, c.maxRollDeg),
      judge(CheckId::Centring, magnitude(m.centringPct), std::nullopt, c.maxCentringPct),
      judge(CheckId::HeadHeight, m.headPct, c.minHeadPct, c.maxHeadPct),
      judge(CheckId::Sharpness, m.sharpness, c.minSharpness, std::nullopt),
      judge(CheckId::Exposure, m.luminance, c.minFaceLuminance, c.maxFaceLuminance),
      judge(CheckId::Clipping, m.clippedPct, std::nullopt, c.maxClippedPct),
      judge(CheckId::Background, m.backgroundStdDev, std::nullopt, c.maxBackgroundStdDev),
      judge(CheckId::ColourCast, m.skinHueDeg, c.minSkinHueDeg, c.maxSkinHueDeg),
  };
}

std::vector<Guidance> guide(const std::vector<CheckResult>& checks, const Measurements& m) {
  if (m.faces == 0) return {Guidance::NoFace};
  if (m.faces > 1) return {Guidance::OneFaceOnly};
  std::vector<Guidance> out;
  if (failed(checks, CheckId::EyesFound)) out.push_back(Guidance::FaceTheCamera);
  if (failed(checks, CheckId::Roll)) out.push_back(Guidance::StraightenHead);
  if (failed(checks, CheckId::Centring)) {
    out.push_back(*m.centringPct > 0 ? Guidance::MoveLeft : Guidance::MoveRight);
  }
  if (failed(checks, CheckId::HeadHeight)) {
    out.push_back(*m.headPct > checks[std::size_t(CheckId::HeadHeight)].max.value_or(100)
                      ? Guidance::MoveBack : Guidance::MoveCloser);
  }
  if (failed(checks, CheckId::InterEyeDistance)) out.push_back(Guidance::MoveCloser);
  if (failed(checks, CheckId::Sharpness)) out.push_back(Guidance::HoldStill);
  if (failed(checks, CheckId::Exposure)) {
    const auto& e = checks[std::size_t(CheckId::Exposure)];
    out.push_back(e.min && e.value < *e.min ? Guidance::TooDark : Guidance::TooBright);
  }
  if (failed(checks, CheckId::Clipping)) out.push_back(Guidance::EvenLighting);
  if (failed(checks, CheckId::Background)) out.push_back(Guidance::PlainBackground);
  if (failed(checks, CheckId::ColourCast)) out.push_back(Guidance::CheckColour);
  if (out.empty()) {
    out = unmeasuredGuidance(checks);
  }
  return out;
}

}  // namespace mws::face
