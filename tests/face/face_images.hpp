#pragma once
// Real faces from Debian packages and the pictures the tests derive from them (rotated,
// darkened, blurred, off-centre, cropped too tight, two faces, no face…). Derived images
// are made in memory, never stored in the repository.

#include <filesystem>

#include <opencv2/core/mat.hpp>

#include "mws/peripherals/frame.hpp"

namespace mws::test {

// A frontal portrait shipped by opencv-doc (584×824, a garden behind the head).
extern const char* const kPortraitPath;

cv::Mat gardenPortrait();
// The same person in front of a plain light-grey wall (GrabCut separates the person).
const cv::Mat& studioPortrait();

cv::Mat rotated(const cv::Mat& image, double degrees);
cv::Mat scaledLevels(const cv::Mat& image, double gain);      // darker or brighter
cv::Mat blurred(const cv::Mat& image, double sigma);
cv::Mat harshContrast(const cv::Mat& image, double contrast);  // clipped shadows and highlights
cv::Mat colourCast(const cv::Mat& image, double blueGain, double redGain);
cv::Mat offCentre(const cv::Mat& image, int cutLeft);          // face near the left edge
cv::Mat tooTight(const cv::Mat& image);                        // the head fills the picture
cv::Mat farAway(const cv::Mat& image, double scale);           // smaller, on the same wall
cv::Mat twoFaces(const cv::Mat& image);                        // side by side
cv::Mat noFace(const cv::Mat& image);                          // the wall alone

peripherals::Frame toFrame(const cv::Mat& bgr);
std::filesystem::path writeImage(const std::filesystem::path& dir, const std::string& name,
                                 const cv::Mat& image);

}  // namespace mws::test
