#pragma once
// Where the portrait is cut from a picture (private to mws::face). The head is modelled from
// the detected face box: the frontal-face cascade's box runs from the brow to the chin, and
// the crown sits about a fifth of the box above it (ICAO 9303 head = chin to crown).

#include <opencv2/core/types.hpp>

#include "mws/face/face_config.hpp"

namespace mws::face {

struct HeadModel {
  double centreX = 0;  // the eye midpoint, or the box centre without eyes
  double crown = 0;
  double chin = 0;
  double height() const { return chin - crown; }
};

struct CropPlan {
  cv::Rect2d box;        // 35×45, inside the picture
  double scale = 1;      // final pixels per picture pixel, ≤ 1
  double centringPct = 0;  // signed: face right of the crop's centre is positive
  double headPct = 0;
};

HeadModel headModel(const cv::Rect& face, const double* eyeMidX);

// The crop an ICAO portrait needs, moved and shrunk as little as possible to fit the picture.
CropPlan planCrop(const HeadModel& head, cv::Size picture, const FaceConfig& config);

}  // namespace mws::face
