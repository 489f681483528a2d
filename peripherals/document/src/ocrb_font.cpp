#include "mws/document/ocrb_font.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <cmath>

namespace mws::document {

struct OcrbFont::Impl {
  FT_Library library = nullptr;
  FT_Face face = nullptr;
  ~Impl() {
    if (face) FT_Done_Face(face);
    if (library) FT_Done_FreeType(library);
  }
};

std::filesystem::path defaultOcrbFontPath() {
  return "/usr/share/fonts/opentype/ocr-b/OCRB.otf";
}

OcrbFont::~OcrbFont() = default;

core::Result<std::shared_ptr<OcrbFont>> OcrbFont::load(const std::filesystem::path& path) {
  std::shared_ptr<OcrbFont> font(new OcrbFont());
  font->m_impl = std::make_unique<Impl>();
  auto& impl = *font->m_impl;
  if (FT_Init_FreeType(&impl.library) != 0) {
    return core::makeError("document.font_missing", "FreeType failed").with("reason", "freetype");
  }
  if (FT_New_Face(impl.library, path.c_str(), 0, &impl.face) != 0) {
    return core::makeError("document.font_missing", "the OCR-B font cannot be opened")
        .with("reason", "unreadable");
  }
  const double em = impl.face->units_per_EM;
  FT_Set_Pixel_Sizes(impl.face, 0, 1000);
  if (FT_Load_Char(impl.face, 'H', FT_LOAD_DEFAULT) == 0) {
    font->m_advance = impl.face->glyph->advance.x / 64.0 / 1000.0;
    font->m_cap = impl.face->glyph->metrics.height / 64.0 / 1000.0;
  }
  font->m_ascent = impl.face->ascender / em;
  return font;
}

cv::Mat OcrbFont::render(char c, int pixelSize) const {
  FT_Face face = m_impl->face;
  FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(pixelSize));
  const int width = static_cast<int>(std::lround(m_advance * pixelSize));
  const int height = pixelSize;
  cv::Mat cell = cv::Mat::zeros(height, std::max(width, 1), CV_8UC1);
  if (FT_Load_Char(face, static_cast<FT_ULong>(c), FT_LOAD_RENDER) != 0) return cell;
  const FT_Bitmap& bitmap = face->glyph->bitmap;
  const int baseline = static_cast<int>(std::lround(0.8 * pixelSize));
  const int left = face->glyph->bitmap_left;
  const int top = baseline - face->glyph->bitmap_top;
  for (int y = 0; y < static_cast<int>(bitmap.rows); ++y) {
    for (int x = 0; x < static_cast<int>(bitmap.width); ++x) {
      const int cx = left + x, cy = top + y;
      if (cx < 0 || cy < 0 || cx >= cell.cols || cy >= cell.rows) continue;
      cell.at<std::uint8_t>(cy, cx) = bitmap.buffer[y * bitmap.pitch + x];
    }
  }
  return cell;
}

const cv::Mat& OcrbFont::cell(char c, int pixelSize) {
  const auto key = std::make_pair(pixelSize, c);
  auto it = m_cache.find(key);
  if (it == m_cache.end()) it = m_cache.emplace(key, render(c, pixelSize)).first;
  return it->second;
}

}  // namespace mws::document
