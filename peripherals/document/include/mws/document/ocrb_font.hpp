#pragma once
// The OCR-B font (fonts-ocr-b) rendered with FreeType: the glyphs the MRZ classifier learns
// from and the test-data generator prints with.

#include <filesystem>
#include <map>
#include <memory>
#include <string_view>

#include <opencv2/core.hpp>

#include "mws/core/result.hpp"

namespace mws::document {

// The characters an MRZ may hold, in class order.
inline constexpr std::string_view kMrzAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<";

// The default font path (Debian's fonts-ocr-b).
std::filesystem::path defaultOcrbFontPath();

// One glyph as ink (255) on black (0), placed in a cell one advance wide and one
// line-height tall, so relative size and position survive (a '<' stays small).
class OcrbFont {
public:
  // "document.font_missing" (params reason) when the font cannot be loaded.
  static core::Result<std::shared_ptr<OcrbFont>> load(const std::filesystem::path& path);

  // The cell of `c` at a pixel size (em height); glyphs are cached per size.
  const cv::Mat& cell(char c, int pixelSize);
  // Advance and cap height as fractions of the em (pitch / size, cap / size).
  double advanceRatio() const { return m_advance; }
  double capRatio() const { return m_cap; }
  double ascentRatio() const { return m_ascent; }

  ~OcrbFont();

private:
  OcrbFont() = default;
  cv::Mat render(char c, int pixelSize) const;

  struct Impl;
  std::unique_ptr<Impl> m_impl;
  std::map<std::pair<int, char>, cv::Mat> m_cache;
  double m_advance = 0.6, m_cap = 0.7, m_ascent = 0.8;
};

}  // namespace mws::document
