#include "face_images.hpp"

#include <cstring>
#include <stdexcept>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace mws::test {
namespace {

const cv::Scalar kWall(200, 200, 200);

// The portrait's person, found by GrabCut from a box around head and shoulders.
cv::Mat personMask(const cv::Mat& image) {
  cv::Mat mask;
  cv::Mat background;
  cv::Mat foreground;
  const cv::Rect person(60, 70, image.cols - 60, image.rows - 70);
  cv::grabCut(image, mask, person, background, foreground, 4, cv::GC_INIT_WITH_RECT);
  cv::Mat sure = (mask == cv::GC_FGD) | (mask == cv::GC_PR_FGD);
  cv::morphologyEx(sure, sure, cv::MORPH_CLOSE,
                   cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(15, 15)));
  return sure;
}

}  // namespace

const char* const kPortraitPath = "/usr/share/doc/opencv-doc/opencv4/html/230501201_1.jpg";

cv::Mat gardenPortrait() {
  cv::Mat image = cv::imread(kPortraitPath, cv::IMREAD_COLOR);
  if (image.empty()) {
    throw std::runtime_error("the opencv-doc portrait is missing: install opencv-doc");
  }
  return image;
}

const cv::Mat& studioPortrait() {
  static const cv::Mat studio = [] {
    const cv::Mat garden = gardenPortrait();
    cv::Mat wall(garden.size(), CV_8UC3, kWall);
    garden.copyTo(wall, personMask(garden));
    return wall;
  }();
  return studio;
}

cv::Mat rotated(const cv::Mat& image, double degrees) {
  const cv::Point2f centre(image.cols / 2.0f, image.rows / 2.5f);
  cv::Mat out;
  cv::warpAffine(image, out, cv::getRotationMatrix2D(centre, degrees, 1.0), image.size(),
                 cv::INTER_LINEAR, cv::BORDER_CONSTANT, kWall);
  return out;
}

cv::Mat scaledLevels(const cv::Mat& image, double gain) {
  cv::Mat out;
  image.convertTo(out, -1, gain, 0);
  return out;
}

cv::Mat blurred(const cv::Mat& image, double sigma) {
  cv::Mat out;
  cv::GaussianBlur(image, out, cv::Size(), sigma);
  return out;
}

cv::Mat harshContrast(const cv::Mat& image, double contrast) {
  cv::Mat out;
  image.convertTo(out, -1, contrast, 128.0 * (1.0 - contrast) + 20.0);
  return out;
}

cv::Mat colourCast(const cv::Mat& image, double blueGain, double redGain) {
  std::vector<cv::Mat> channels;
  cv::split(image, channels);
  channels[0].convertTo(channels[0], -1, blueGain);
  channels[2].convertTo(channels[2], -1, redGain);
  cv::Mat out;
  cv::merge(channels, out);
  return out;
}

cv::Mat offCentre(const cv::Mat& image, int cutLeft) {
  cv::Mat out;
  cv::copyMakeBorder(image(cv::Rect(cutLeft, 0, image.cols - cutLeft, image.rows)), out, 0, 0,
                     0, cutLeft, cv::BORDER_CONSTANT, kWall);
  return out;
}

cv::Mat tooTight(const cv::Mat& image) {
  return image(cv::Rect(110, 160, 400, 480)).clone();
}

cv::Mat farAway(const cv::Mat& image, double scale) {
  cv::Mat small;
  cv::resize(image, small, cv::Size(), scale, scale, cv::INTER_AREA);
  cv::Mat out(image.size(), CV_8UC3, kWall);
  const cv::Rect place((out.cols - small.cols) / 2, out.rows - small.rows, small.cols, small.rows);
  small.copyTo(out(place));
  return out;
}

cv::Mat twoFaces(const cv::Mat& image) {
  cv::Mat out;
  cv::hconcat(image, image, out);
  return out;
}

cv::Mat noFace(const cv::Mat& image) { return cv::Mat(image.size(), CV_8UC3, kWall); }

peripherals::Frame toFrame(const cv::Mat& bgr) {
  auto frame = peripherals::makeFrame(bgr.cols, bgr.rows, peripherals::PixelFormat::Bgr8);
  for (int y = 0; y < bgr.rows; ++y) {
    std::memcpy(frame.row(y), bgr.ptr(y), frame.stride);
  }
  return frame;
}

std::filesystem::path writeImage(const std::filesystem::path& dir, const std::string& name,
                                 const cv::Mat& image) {
  const auto path = dir / name;
  cv::imwrite(path.string(), image, {cv::IMWRITE_JPEG_QUALITY, 95});
  return path;
}

}  // namespace mws::test
