#include "geometry.hpp"

#include <algorithm>

namespace mws::face {
namespace {

constexpr double kCrownAboveBox = 0.22;  // of the face box height
constexpr double kChinBelowBox = 0.02;

}  // namespace

HeadModel headModel(const cv::Rect& face, const double* eyeMidX) {
  HeadModel head;
  head.centreX = eyeMidX ? *eyeMidX : face.x + face.width / 2.0;
  head.crown = face.y - kCrownAboveBox * face.height;
  head.chin = face.y + (1.0 + kChinBelowBox) * face.height;
  return head;
}

CropPlan planCrop(const HeadModel& head, cv::Size picture, const FaceConfig& config) {
  double height = head.height() / config.targetHeadFraction;
  double width = height * config.cropAspect;
  const double shrink = std::min({1.0, picture.width / width, picture.height / height});
  width *= shrink;
  height *= shrink;
  double left = head.centreX - width / 2;
  double top = head.crown - config.crownMargin * height;
  left = std::clamp(left, 0.0, picture.width - width);
  top = std::clamp(top, 0.0, picture.height - height);

  CropPlan plan;
  plan.box = cv::Rect2d(left, top, width, height);
  plan.scale = std::min(1.0, config.maxOutputWidth / width);
  plan.centringPct = 100.0 * (head.centreX - (left + width / 2)) / width;
  plan.headPct = 100.0 * head.height() / height;
  return plan;
}

}  // namespace mws::face
