#include "mws/face/face_report.hpp"

#include <algorithm>
#include <stdexcept>

namespace mws::face {

bool FaceReport::passed() const {
  return !checks.empty() && std::all_of(checks.begin(), checks.end(), [](const CheckResult& c) {
    return c.verdict == Verdict::Pass;
  });
}

const CheckResult& FaceReport::check(CheckId id) const {
  for (const auto& c : checks) {
    if (c.id == id) {
      return c;
    }
  }
  throw std::logic_error("face report without the requested check");
}

std::string_view checkName(CheckId id) {
  switch (id) {
    case CheckId::SingleFace: return "single_face";
    case CheckId::EyesFound: return "eyes_found";
    case CheckId::InterEyeDistance: return "inter_eye_distance";
    case CheckId::Roll: return "roll";
    case CheckId::Centring: return "centring";
    case CheckId::HeadHeight: return "head_height";
    case CheckId::Sharpness: return "sharpness";
    case CheckId::Exposure: return "exposure";
    case CheckId::Clipping: return "clipping";
    case CheckId::Background: return "background";
    case CheckId::ColourCast: return "colour_cast";
  }
  return "unknown";
}

std::string_view verdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::Pass: return "pass";
    case Verdict::Fail: return "fail";
    case Verdict::NotMeasured: return "not_measured";
  }
  return "unknown";
}

std::string_view guidanceName(Guidance guidance) {
  switch (guidance) {
    case Guidance::NoFace: return "no_face";
    case Guidance::OneFaceOnly: return "one_face_only";
    case Guidance::FaceTheCamera: return "face_the_camera";
    case Guidance::StraightenHead: return "straighten_head";
    case Guidance::MoveLeft: return "move_left";
    case Guidance::MoveRight: return "move_right";
    case Guidance::MoveCloser: return "move_closer";
    case Guidance::MoveBack: return "move_back";
    case Guidance::HoldStill: return "hold_still";
    case Guidance::TooDark: return "too_dark";
    case Guidance::TooBright: return "too_bright";
    case Guidance::EvenLighting: return "even_lighting";
    case Guidance::PlainBackground: return "plain_background";
    case Guidance::CheckColour: return "check_colour";
    case Guidance::Ready: return "ready";
  }
  return "unknown";
}

}  // namespace mws::face
