#include "mrz_locator.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <opencv2/imgproc.hpp>

namespace mws::document::detail {
namespace {

constexpr double kWorkSide = 900.0;  // the long side of the image searched for the band
constexpr double kStripWidth = 1100.0;

struct Candidate {
  cv::RotatedRect rect;  // in the searched (small, maybe turned) image
  double score = 0;
  bool turned = false;
};

cv::Mat textMask(const cv::Mat& small) {
  cv::Mat blackhat, gradient, mask;
  cv::morphologyEx(small, blackhat, cv::MORPH_BLACKHAT,
                   cv::getStructuringElement(cv::MORPH_RECT, cv::Size(25, 11)));
  cv::Sobel(blackhat, gradient, CV_32F, 1, 0, 3);
  gradient = cv::abs(gradient);
  cv::normalize(gradient, gradient, 0, 255, cv::NORM_MINMAX);
  gradient.convertTo(gradient, CV_8U);
  cv::morphologyEx(gradient, mask, cv::MORPH_CLOSE,
                   cv::getStructuringElement(cv::MORPH_RECT, cv::Size(17, 3)));
  cv::threshold(mask, mask, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
  cv::morphologyEx(mask, mask, cv::MORPH_CLOSE,
                   cv::getStructuringElement(cv::MORPH_RECT, cv::Size(25, 13)));
  cv::erode(mask, mask, cv::Mat(), cv::Point(-1, -1), 2);
  return mask;
}

// Long side first; the angle of the long side in (-90°, 90°].
void normalise(cv::RotatedRect& rect) {
  if (rect.size.width < rect.size.height) {
    std::swap(rect.size.width, rect.size.height);
    rect.angle += 90.0f;
  }
  while (rect.angle > 90.0f) rect.angle -= 180.0f;
  while (rect.angle <= -90.0f) rect.angle += 180.0f;
}

std::vector<Candidate> lineLike(const cv::Mat& small, bool turned) {
  std::vector<std::vector<cv::Point>> contours;
  cv::findContours(textMask(small), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
  std::vector<Candidate> found;
  for (const auto& contour : contours) {
    cv::RotatedRect rect = cv::minAreaRect(contour);
    normalise(rect);
    const double aspect = rect.size.width / std::max(1.0f, rect.size.height);
    if (std::abs(rect.angle) > 20.0f || aspect < 4.0 || aspect > 60.0) continue;
    if (rect.size.width < 0.25 * small.cols) continue;
    const double fill = cv::contourArea(contour) / std::max(1.0f, rect.size.area());
    found.push_back(Candidate{rect, rect.size.width * fill * fill, turned});
  }
  return found;
}

// Where `c` lies across the text direction of `best`: its near and far edges.
std::pair<float, float> across(const Candidate& c, const Candidate& best) {
  const double rad = best.rect.angle * CV_PI / 180.0;
  const cv::Point2f normal(static_cast<float>(-std::sin(rad)), static_cast<float>(std::cos(rad)));
  const float offset = (c.rect.center - best.rect.center).dot(normal);
  return {offset - c.rect.size.height / 2, offset + c.rect.size.height / 2};
}

// The best line-like block, grown by the parallel lines of like length that stand within
// a line's height of it (the lines of a TD1 may stand too far apart to merge in the mask).
Candidate grow(std::vector<Candidate>& found, const Candidate best, bool turned) {
  std::vector<cv::Point2f> points;
  float low = -best.rect.size.height / 2, high = best.rect.size.height / 2;
  double score = 0;
  for (bool grew = true; grew;) {
    grew = false;
    for (auto& c : found) {
      if (c.score < 0 || std::abs(c.rect.angle - best.rect.angle) > 4.0f ||
          c.rect.size.width < 0.8f * best.rect.size.width) continue;
      const auto [near, far] = across(c, best);
      const float line = std::min(c.rect.size.height, best.rect.size.height);
      if (near > high + 1.3f * line + 1 || far < low - 1.3f * line - 1) continue;
      low = std::min(low, near), high = std::max(high, far);
      cv::Point2f corners[4];
      c.rect.points(corners);
      points.insert(points.end(), corners, corners + 4);
      score += c.score;
      c.score = -1;  // taken
      grew = true;
    }
  }
  cv::RotatedRect merged = cv::minAreaRect(points);
  normalise(merged);
  return Candidate{merged, score, turned};
}

// The `most` best bands of the page, best first, each grown from the best line-like block
// the bands before it did not take.
std::vector<Candidate> bands(const cv::Mat& small, bool turned, int most) {
  auto found = lineLike(small, turned);
  std::vector<Candidate> grown;
  while (static_cast<int>(grown.size()) < most) {
    const auto best = std::max_element(found.begin(), found.end(),
        [](const Candidate& a, const Candidate& b) { return a.score < b.score; });
    if (best == found.end() || best->score < 0) break;
    grown.push_back(grow(found, *best, turned));
  }
  return grown;
}

// The band cut out of the page upright, scaled so its long side is kStripWidth wide. `rect`
// lies in the page turned a quarter clockwise when `turned`: that turn joins the same warp
// (turning the whole page first would cost more than the rest of the search).
cv::Mat cutStrip(const cv::Mat& gray, const cv::RotatedRect& rect, bool turned) {
  const double scale = kStripWidth / rect.size.width;
  const cv::Size out(static_cast<int>(kStripWidth * 1.06),
                     static_cast<int>(rect.size.height * scale * 1.5 + 16));
  cv::Mat affine = cv::getRotationMatrix2D(rect.center, rect.angle, scale);
  affine.at<double>(0, 2) += out.width / 2.0 - rect.center.x;
  affine.at<double>(1, 2) += out.height / 2.0 - rect.center.y;
  if (turned) {  // turned (x, y) = (rows - 1 - y, x) of the page
    const cv::Matx33d quarter(0, -1, gray.rows - 1.0, 1, 0, 0, 0, 0, 1);
    affine = cv::Mat(cv::Matx23d(affine) * quarter);
  }
  cv::Mat strip;
  cv::warpAffine(gray, strip, affine, out, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
  return strip;
}

// One candidate band in page coordinates, cut out.
MrzBand toBand(const cv::Mat& gray, const Candidate& found, double scale) {
  cv::RotatedRect rect = found.rect;
  rect.center = rect.center / scale;
  rect.size = cv::Size2f(static_cast<float>(rect.size.width / scale), static_cast<float>(rect.size.height / scale));
  MrzBand band;
  band.quarterTurned = found.turned;
  band.strip = cutStrip(gray, rect, found.turned);
  cv::Point2f points[4];
  rect.points(points);
  for (int i = 0; i < 4; ++i) {
    // RotatedRect::points() starts at the bottom left; the band's corners at the top left.
    const cv::Point2f p = points[(i + 1) % 4];
    // Undo the quarter turn: (x, y) in the turned page is (y, H-1-x)... inverted here.
    band.corners[static_cast<std::size_t>(i)] =
        found.turned ? cv::Point2f(p.y, gray.rows - 1 - p.x) : p;
  }
  return band;
}

}  // namespace

std::vector<MrzBand> locateMrzBands(const cv::Mat& gray, int most) {
  const double scale = std::min(1.0, kWorkSide / std::max(gray.cols, gray.rows));
  cv::Mat small, turnedSmall;
  cv::resize(gray, small, cv::Size(), scale, scale, cv::INTER_AREA);
  cv::rotate(small, turnedSmall, cv::ROTATE_90_CLOCKWISE);
  auto found = bands(small, false, most);
  for (auto& c : bands(turnedSmall, true, most)) found.push_back(c);
  std::stable_sort(found.begin(), found.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  std::vector<MrzBand> located;
  for (std::size_t i = 0; i < found.size() && static_cast<int>(i) < most; ++i) {
    located.push_back(toBand(gray, found[i], scale));
  }
  return located;
}

MrzBand halfTurn(const MrzBand& band) {
  MrzBand turned = band;
  cv::rotate(band.strip, turned.strip, cv::ROTATE_180);
  for (std::size_t i = 0; i < 4; ++i) turned.corners[i] = band.corners[(i + 2) % 4];
  return turned;
}

}  // namespace mws::document::detail
