#include "detector.hpp"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace mws::face {
namespace {

constexpr int kEyeSearchWidth = 160;  // the face is scaled to this width to look for eyes
constexpr double kEyeLine = 0.40;     // where the eyes sit, as a fraction of the face box

core::Result<cv::CascadeClassifier> loadCascade(const std::string& file) {
  cv::CascadeClassifier cascade;
  bool loaded = false;
  try {
    loaded = cascade.load(file);
  } catch (const cv::Exception&) {
    loaded = false;
  }
  if (!loaded || cascade.empty()) {
    return core::makeError("face.cascade_missing", "install opencv-data").with("file", file);
  }
  return cascade;
}

// The candidate closest to where an eye sits in a frontal face (in face-scaled pixels).
std::optional<cv::Point2d> nearest(const std::vector<cv::Rect>& found, cv::Point2d expected,
                                   double maxDistance) {
  std::optional<cv::Point2d> best;
  double bestDistance = maxDistance;
  for (const auto& r : found) {
    const cv::Point2d centre(r.x + r.width / 2.0, r.y + r.height / 2.0);
    const double d = std::hypot(centre.x - expected.x, centre.y - expected.y);
    if (d < bestDistance) {
      bestDistance = d;
      best = centre;
    }
  }
  return best;
}

std::vector<cv::Rect> detectEyes(cv::CascadeClassifier& cascade, const cv::Mat& roi) {
  std::vector<cv::Rect> found;
  const int minEye = kEyeSearchWidth / 9;
  cascade.detectMultiScale(roi, found, 1.1, 3, 0, cv::Size(minEye, minEye),
                           cv::Size(kEyeSearchWidth / 3, kEyeSearchWidth / 3));
  return found;
}

// The eye candidates nearest to where the eyes of a frontal face sit (face-scaled pixels).
EyeSearch pickEyes(const std::vector<cv::Rect>& found, double expectedY) {
  const double reach = kEyeSearchWidth * 0.2;
  auto left = nearest(found, {kEyeSearchWidth * 0.32, expectedY}, reach);
  auto right = nearest(found, {kEyeSearchWidth * 0.68, expectedY}, reach);
  EyeSearch search;
  search.found = int(left.has_value()) + int(right.has_value());
  if (left && right && right->x - left->x > kEyeSearchWidth * 0.2) {
    search.eyes = Eyes{*left, *right};
  } else {
    search.found = std::min(search.found, 1);
  }
  return search;
}

}  // namespace

core::Result<Detector> Detector::load(const std::string& cascadeDir) {
  auto face = loadCascade(cascadeDir + "/haarcascade_frontalface_default.xml");
  if (!face) {
    return face.error();
  }
  auto eye = loadCascade(cascadeDir + "/haarcascade_eye.xml");
  if (!eye) {
    return eye.error();
  }
  auto glasses = loadCascade(cascadeDir + "/haarcascade_eye_tree_eyeglasses.xml");
  if (!glasses) {
    return glasses.error();
  }
  Detector detector;
  detector.m_face = std::move(face.value());
  detector.m_eye = std::move(eye.value());
  detector.m_eyeGlasses = std::move(glasses.value());
  return detector;
}

std::vector<cv::Rect> Detector::faces(const cv::Mat& gray, int maxSide, int minFace) {
  const double scale = std::min(1.0, double(maxSide) / std::max(gray.cols, gray.rows));
  cv::Mat small;
  cv::resize(gray, small, cv::Size(), scale, scale, cv::INTER_AREA);
  cv::equalizeHist(small, small);
  std::vector<cv::Rect> found;
  const int minSide = std::max(20, int(minFace * scale));
  m_face.detectMultiScale(small, found, 1.1, 5, 0, cv::Size(minSide, minSide));
  for (auto& r : found) {
    r = cv::Rect(int(std::lround(r.x / scale)), int(std::lround(r.y / scale)),
                 int(std::lround(r.width / scale)), int(std::lround(r.height / scale)));
  }
  return found;
}

EyeSearch Detector::eyes(const cv::Mat& gray, const cv::Rect& face) {
  // Eyes sit in the upper half of a frontal face; search a band around the expected line.
  const cv::Rect band(face.x, face.y + face.height / 6, face.width, face.height / 2);
  const cv::Rect inside = band & cv::Rect(0, 0, gray.cols, gray.rows);
  if (inside.width < 8 || inside.height < 8) {
    return {};
  }
  const double scale = double(kEyeSearchWidth) / face.width;
  cv::Mat roi;
  cv::resize(gray(inside), roi, cv::Size(), scale, scale,
             scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
  const double expectedY = (face.y + face.height * kEyeLine - inside.y) * scale;
  EyeSearch search = pickEyes(detectEyes(m_eye, roi), expectedY);
  if (search.found < 2) {
    const EyeSearch second = pickEyes(detectEyes(m_eyeGlasses, roi), expectedY);
    search = second.found > search.found ? second : search;
  }
  if (search.eyes) {
    auto toImage = [&](cv::Point2d p) {
      return cv::Point2d(inside.x + p.x / scale, inside.y + p.y / scale);
    };
    search.eyes = Eyes{toImage(search.eyes->left), toImage(search.eyes->right)};
  }
  return search;
}

}  // namespace mws::face
