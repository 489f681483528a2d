#pragma once
// Image measures behind the ICAO checks (private to mws::face).

#include <optional>

#include <opencv2/core/mat.hpp>

namespace mws::face {

// The inner part of the face box: skin without hair, ears or background.
cv::Rect innerFace(const cv::Rect& face, cv::Size picture);

// Variance of the Laplacian of the face scaled to a fixed width and to mid-grey brightness
// (so that it depends neither on the resolution nor on the exposure).
double sharpness(const cv::Mat& gray, const cv::Rect& inner);

struct Exposure {
  double meanLuminance = 0;
  double clippedPct = 0;
};
Exposure exposure(const cv::Mat& gray, const cv::Rect& inner);

// Spread of the luminance (robust standard deviation) in the plainer of the crop's top
// corners, beside the crown; nullopt when fewer than `minPixels` background pixels show.
std::optional<double> backgroundSpread(const cv::Mat& gray, const cv::Rect& crop,
                                       const cv::Rect& face, double minPixels);

struct SkinColour {
  double hueDeg = 0;  // atan2(b*, a*)
  double chroma = 0;  // hypot(a*, b*)
};
SkinColour skinColour(const cv::Mat& bgr, const cv::Rect& inner);

}  // namespace mws::face
