#pragma once
// What the face analysis finds in one picture: every ICAO check with its measured value,
// the threshold it was held to and a verdict, the crop box of the portrait and guidance for
// the officer. Plain types only: the UI words the codes in the officer's language.

#include <optional>
#include <string_view>
#include <vector>

namespace mws::face {

enum class CheckId {
  SingleFace,        // number of faces found; exactly one passes
  EyesFound,         // number of eyes found in the face; two pass
  InterEyeDistance,  // pixels between the eye centres on the final crop
  Roll,              // degrees the eye line leans
  Centring,          // horizontal offset of the face from the crop's centre, % of its width
  HeadHeight,        // chin to crown, % of the final crop's height
  Sharpness,         // variance of the Laplacian of the face, normalised size and brightness
  Exposure,          // mean luminance of the face, 0–255
  Clipping,          // % of face pixels clipped to black or white
  Background,        // luminance standard deviation of the background beside the crown
  ColourCast,        // hue angle of the skin in CIELAB, degrees
};

enum class Verdict { Pass, Fail, NotMeasured };

struct CheckResult {
  CheckId id = CheckId::SingleFace;
  Verdict verdict = Verdict::NotMeasured;
  double value = 0;             // meaningless when NotMeasured
  std::optional<double> min;    // the value must be at least this (inclusive)
  std::optional<double> max;    // … and at most this (inclusive)
};

// What the officer should do next, most important first. Directions are as seen on the
// (unmirrored) preview: MoveLeft means the face should move towards the picture's left.
enum class Guidance {
  NoFace,
  OneFaceOnly,
  FaceTheCamera,
  StraightenHead,
  MoveLeft,
  MoveRight,
  MoveCloser,
  MoveBack,
  HoldStill,
  TooDark,
  TooBright,
  EvenLighting,
  PlainBackground,
  CheckColour,
  Ready,
};

struct Box {
  int x = 0;
  int y = 0;
  int width = 0;
  int height = 0;

  bool operator==(const Box&) const = default;
};

struct Point {
  double x = 0;
  double y = 0;
};

struct FaceReport {
  int imageWidth = 0;
  int imageHeight = 0;
  std::vector<CheckResult> checks;    // one per CheckId, in CheckId order
  std::optional<Box> face;            // the face found, in image pixels
  std::optional<Point> leftEye;       // the eye on the picture's left
  std::optional<Point> rightEye;
  std::optional<Box> crop;            // the 35×45 portrait box, inside the image
  double cropScale = 1.0;             // final pixels per image pixel (≤ 1: never upscaled)
  std::vector<Guidance> guidance;     // Ready alone when every check passes

  // Every check passes (none failed, none unmeasured).
  bool passed() const;
  const CheckResult& check(CheckId id) const;
};

// Stable names for JSON and logs: "single_face", "pass", "move_closer"…
std::string_view checkName(CheckId id);
std::string_view verdictName(Verdict verdict);
std::string_view guidanceName(Guidance guidance);

}  // namespace mws::face
