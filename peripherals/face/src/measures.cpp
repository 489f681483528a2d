#include "measures.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <opencv2/imgproc.hpp>

namespace mws::face {
namespace {

constexpr int kSharpnessWidth = 200;
constexpr double kMidGrey = 128.0;
constexpr double kSpreadOfNormal = 2.563;  // p90 - p10 of a normal distribution, in sigmas
constexpr double kCornerWidth = 0.10;   // of the crop
constexpr double kCornerHeight = 0.16;

// The spread between the 10th and the 90th percentile, scaled to a standard deviation: a lock
// of hair reaching into a corner does not make a plain wall look busy.
double robustSpread(const cv::Mat& gray, const cv::Mat& mask) {
  cv::Mat histogram;
  const int channels[] = {0};
  const int bins[] = {256};
  const float range[] = {0, 256};
  const float* ranges[] = {range};
  cv::calcHist(&gray, 1, channels, mask, histogram, 1, bins, ranges);
  const double total = cv::sum(histogram)[0];
  double seen = 0;
  int p10 = -1;
  int p90 = 255;
  for (int level = 0; level < 256; ++level) {
    seen += histogram.at<float>(level);
    if (p10 < 0 && seen >= 0.10 * total) p10 = level;
    if (seen >= 0.90 * total) {
      p90 = level;
      break;
    }
  }
  return (p90 - p10) / kSpreadOfNormal;
}

}  // namespace

cv::Rect innerFace(const cv::Rect& face, cv::Size picture) {
  const cv::Rect inner(face.x + face.width / 5, face.y + face.height / 5, face.width * 3 / 5,
                       face.height * 3 / 5);
  return inner & cv::Rect(0, 0, picture.width, picture.height);
}

double sharpness(const cv::Mat& gray, const cv::Rect& inner) {
  // Larger faces are scaled down to a common width; smaller ones are never scaled up.
  const double scale = std::min(1.0, double(kSharpnessWidth) / inner.width);
  cv::Mat scaled;
  cv::resize(gray(inner), scaled, cv::Size(), scale, scale, cv::INTER_AREA);
  cv::Mat laplacian;
  cv::Laplacian(scaled, laplacian, CV_32F);
  cv::Scalar mean;
  cv::Scalar deviation;
  cv::meanStdDev(laplacian, mean, deviation);
  // As if the face were lit to mid-grey: a darker photo is not a blurrier one.
  const double gain = kMidGrey / std::max(1.0, cv::mean(scaled)[0]);
  return deviation[0] * deviation[0] * gain * gain;
}

Exposure exposure(const cv::Mat& gray, const cv::Rect& inner) {
  const cv::Mat face = gray(inner);
  const double total = double(face.total());
  const double clipped = cv::countNonZero(face >= 250) + cv::countNonZero(face <= 5);
  return {cv::mean(face)[0], 100.0 * clipped / total};
}

std::optional<double> backgroundSpread(const cv::Mat& gray, const cv::Rect& crop,
                                       const cv::Rect& face, double minPixels) {
  // The top corners of the crop, beside the crown and clear of the face. Hair may reach into
  // one of them, so the plainer corner speaks for the background.
  const int width = int(crop.width * kCornerWidth);
  const int height = int(crop.height * kCornerHeight);
  const cv::Rect corners[] = {{crop.x, crop.y, width, height},
                              {crop.x + crop.width - width, crop.y, width, height}};
  std::optional<double> plainest;
  for (const auto& corner : corners) {
    cv::Mat mask = cv::Mat::zeros(gray.size(), CV_8UC1);
    mask(corner & cv::Rect(0, 0, gray.cols, gray.rows)).setTo(255);
    mask(face & cv::Rect(0, 0, gray.cols, gray.rows)).setTo(0);
    if (cv::countNonZero(mask) < minPixels / 2) {
      return std::nullopt;
    }
    const double spread = robustSpread(gray, mask);
    plainest = plainest ? std::min(*plainest, spread) : spread;
  }
  return plainest;
}

SkinColour skinColour(const cv::Mat& bgr, const cv::Rect& inner) {
  cv::Mat lab;
  cv::cvtColor(bgr(inner), lab, cv::COLOR_BGR2Lab);
  const cv::Scalar mean = cv::mean(lab);
  const double a = mean[1] - 128.0;
  const double b = mean[2] - 128.0;
  return {std::atan2(b, a) * 180.0 / std::numbers::pi, std::hypot(a, b)};
}

}  // namespace mws::face
