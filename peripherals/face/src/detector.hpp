#pragma once
// OpenCV's Haar cascades (opencv-data) for faces and eyes (private to mws::face).

#include <optional>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>
#include <opencv2/objdetect.hpp>

#include "mws/core/result.hpp"

namespace mws::face {

struct Eyes {
  cv::Point2d left;   // on the picture's left
  cv::Point2d right;
};

struct EyeSearch {
  int found = 0;                // 0, 1 or 2 eyes
  std::optional<Eyes> eyes;     // both, when found == 2
};

class Detector {
public:
  // "face.cascade_missing" (param "file") when a cascade does not load.
  static core::Result<Detector> load(const std::string& cascadeDir);

  // Faces in a grayscale image, in its pixels; `maxSide` is the longest side searched.
  std::vector<cv::Rect> faces(const cv::Mat& gray, int maxSide, int minFace);
  // The two eyes inside a face of a grayscale image, in image pixels.
  EyeSearch eyes(const cv::Mat& gray, const cv::Rect& face);

private:
  cv::CascadeClassifier m_face;
  cv::CascadeClassifier m_eye;
  cv::CascadeClassifier m_eyeGlasses;  // tried when the plain eye cascade misses an eye
};

}  // namespace mws::face
