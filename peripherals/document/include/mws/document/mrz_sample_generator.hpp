#pragma once
// Test data for the MRZ reader (committed code, data generated at test time): random valid
// MRZs of every format printed in OCR-B onto document-like pages, with the ground truth, and
// optionally the degradations of real scans and camera frames.

#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "mws/core/mrz/mrz_layout.hpp"
#include "mws/document/ocrb_font.hpp"

namespace mws::document {

struct MrzSampleOptions {
  bool degraded = false;  // rotation (4 orientations, ±10°), perspective, blur, noise,
                          // glare, low contrast, JPEG
  int dpi = 300;          // of the clean set; the degraded set draws 150–600
};

struct MrzSample {
  core::MrzFormat format = core::MrzFormat::Td3;
  std::vector<std::string> lines;  // the ground truth
  cv::Mat image;                   // 8-bit grayscale page
  int quarterTurns = 0;            // orientation applied (0–3, clockwise)
  double skewDegrees = 0;
};

// Random lines of a valid MRZ (every check digit right, country codes real).
std::vector<std::string> randomMrzLines(core::MrzFormat format, std::mt19937& rng);

class MrzSampleGenerator {
public:
  MrzSampleGenerator(std::shared_ptr<OcrbFont> font, std::uint32_t seed);

  MrzSample make(core::MrzFormat format, const MrzSampleOptions& options);
  // Prints given lines (the same page layout) without degradations.
  cv::Mat render(core::MrzFormat format, const std::vector<std::string>& lines, int dpi);

private:
  cv::Mat page(core::MrzFormat format, const std::vector<std::string>& lines, int dpi);
  void drawBackground(cv::Mat& page, double pxPerMm);
  void drawText(cv::Mat& page, const std::string& text, cv::Point origin, double capPx,
                double pitchPx, int ink);
  cv::Mat degrade(const cv::Mat& page, MrzSample& sample);

  std::shared_ptr<OcrbFont> m_font;
  std::mt19937 m_rng;
};

}  // namespace mws::document
