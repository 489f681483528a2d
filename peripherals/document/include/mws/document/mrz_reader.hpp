#pragma once
// Reading the MRZ of a page image: find the band (any orientation, ±10° skew), deskew,
// segment the fixed-pitch OCR-B characters, recognise them with a classifier trained from
// the OCR-B font at start-up, and let the check digits and field syntax choose among each
// character's alternatives. The result is then parsed like typed text.

#include <array>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "mws/core/mrz/mrz.hpp"
#include "mws/core/mrz/mrz_resolver.hpp"
#include "mws/peripherals/frame.hpp"

namespace mws::document {

struct MrzPoint {
  double x = 0;
  double y = 0;
};

struct MrzImageReading {
  core::MrzFormat format = core::MrzFormat::Td3;
  std::vector<std::string> lines;
  std::vector<std::vector<float>> confidence;  // per character, 0–1
  std::vector<float> lineConfidence;           // per line: its least confident character
  int substitutions = 0;  // characters the check digits moved off the first choice
  // Per field, its least confident character; `lowConfidence` when any field falls under
  // core::kMrzLowConfidence. Passing check digits do not make a low field right: names and
  // optional data carry no check, so an application must have an officer confirm them.
  std::vector<core::MrzFieldConfidence> fieldConfidence;
  bool lowConfidence = false;
  std::array<MrzPoint, 4> corners;  // the band in the image: clockwise from the MRZ's top left
  core::Result<core::MrzDocument> document = core::makeError("mrz.unread");
};

class MrzImageReader {
public:
  // "document.font_missing" when the OCR-B font cannot be loaded. Cheap: the classifier is
  // trained by prepare() or the first read.
  static core::Result<std::shared_ptr<MrzImageReader>> create(
      const std::filesystem::path& fontPath);

  // Trains the classifier (most of a second of CPU, once per process and font; every reader
  // of the process shares it) unless done. read() calls it; call it early off the GUI thread
  // to spare the first page the wait. Thread-safe.
  void prepare() const;

  // "document.no_mrz" (param reason: "no_band", "no_lines") when no MRZ is found.
  core::Result<MrzImageReading> read(const cv::Mat& image, const core::CivilDate& today) const;
  core::Result<MrzImageReading> read(const peripherals::Frame& frame,
                                     const core::CivilDate& today) const;

  ~MrzImageReader();

private:
  MrzImageReader() = default;
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace mws::document
