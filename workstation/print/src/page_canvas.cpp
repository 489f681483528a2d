#include "page_canvas.hpp"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

namespace mws::print {

namespace {

void setColor(cairo_t* cr, Rgb c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

PangoAlignment pangoAlign(TextStyle::Align align) {
  switch (align) {
    case TextStyle::Align::Center: return PANGO_ALIGN_CENTER;
    case TextStyle::Align::Right: return PANGO_ALIGN_RIGHT;
    case TextStyle::Align::Left: break;
  }
  return PANGO_ALIGN_LEFT;
}

std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> fontFor(
    const TextStyle& style) {
  PangoFontDescription* font = pango_font_description_new();
  pango_font_description_set_family(font, style.monospace ? "DejaVu Sans Mono" : "DejaVu Sans");
  pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_size(font, static_cast<int>(style.size * PANGO_SCALE));
  return {font, &pango_font_description_free};
}

}  // namespace

PageCanvas::PageCanvas() {
  m_surface = cairo_pdf_surface_create_for_stream(&PageCanvas::append, this, kA4Width, kA4Height);
  m_cr = cairo_create(m_surface);
}

PageCanvas::PageCanvas(double dpi) : m_dpi(dpi) {
  const double scale = dpi / 72.0;
  m_surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(std::lround(kA4Width * scale)),
                                         static_cast<int>(std::lround(kA4Height * scale)));
  m_cr = cairo_create(m_surface);
  cairo_set_source_rgb(m_cr, 1, 1, 1);
  cairo_paint(m_cr);
  cairo_scale(m_cr, scale, scale);
  // Lay text out as on the PDF page whatever the resolution: no metrics snapped to pixels.
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_set_font_options(m_cr, options);
  cairo_font_options_destroy(options);
}

PageCanvas::~PageCanvas() { release(); }

void PageCanvas::release() {
  if (m_cr) cairo_destroy(m_cr);
  if (m_surface) cairo_surface_destroy(m_surface);
  m_cr = nullptr;
  m_surface = nullptr;
}

cairo_status_t PageCanvas::append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<PageCanvas*>(closure)->m_pdf.append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

double PageCanvas::text(double x, double y, double width, std::string_view text,
                       const TextStyle& style) {
  PangoLayout* layout = pango_cairo_create_layout(m_cr);
  // Sizes in points on a surface measured in points.
  pango_cairo_context_set_resolution(pango_layout_get_context(layout), 72);
  pango_layout_context_changed(layout);
  auto font = fontFor(style);
  pango_layout_set_font_description(layout, font.get());
  pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment(layout, pangoAlign(style.align));
  pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
  setColor(m_cr, style.color);
  cairo_move_to(m_cr, x, y);
  pango_cairo_show_layout(m_cr, layout);
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  g_object_unref(layout);
  return static_cast<double>(h) / PANGO_SCALE;
}

void PageCanvas::fillRect(double x, double y, double w, double h, Rgb color) {
  setColor(m_cr, color);
  cairo_rectangle(m_cr, x, y, w, h);
  cairo_fill(m_cr);
}

void PageCanvas::strokeRect(double x, double y, double w, double h, double lineWidth, Rgb color) {
  setColor(m_cr, color);
  cairo_set_line_width(m_cr, lineWidth);
  cairo_rectangle(m_cr, x, y, w, h);
  cairo_stroke(m_cr);
}

void PageCanvas::line(double x1, double y1, double x2, double y2, double lineWidth, Rgb color) {
  setColor(m_cr, color);
  cairo_set_line_width(m_cr, lineWidth);
  cairo_move_to(m_cr, x1, y1);
  cairo_line_to(m_cr, x2, y2);
  cairo_stroke(m_cr);
}

void PageCanvas::image(const cv::Mat& bgr, double x, double y, double w, double h,
                      std::string_view jpeg) {
  cairo_surface_t* img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, bgr.cols, bgr.rows);
  cairo_surface_flush(img);
  unsigned char* data = cairo_image_surface_get_data(img);
  const int stride = cairo_image_surface_get_stride(img);
  for (int row = 0; row < bgr.rows; ++row) {
    auto* out = reinterpret_cast<std::uint32_t*>(data + row * stride);
    const auto* in = bgr.ptr<cv::Vec3b>(row);
    for (int col = 0; col < bgr.cols; ++col) {
      out[col] = (std::uint32_t{in[col][2]} << 16) | (std::uint32_t{in[col][1]} << 8) | in[col][0];
    }
  }
  cairo_surface_mark_dirty(img);
  if (!jpeg.empty()) {
    auto* copy = static_cast<unsigned char*>(g_malloc(jpeg.size()));
    std::memcpy(copy, jpeg.data(), jpeg.size());
    cairo_surface_set_mime_data(img, CAIRO_MIME_TYPE_JPEG, copy, jpeg.size(), g_free, copy);
  }
  const double scale = std::min(w / bgr.cols, h / bgr.rows);
  cairo_save(m_cr);
  cairo_translate(m_cr, x + (w - bgr.cols * scale) / 2, y + (h - bgr.rows * scale) / 2);
  cairo_scale(m_cr, scale, scale);
  cairo_set_source_surface(m_cr, img, 0, 0);
  cairo_paint(m_cr);
  cairo_restore(m_cr);
  cairo_surface_destroy(img);
}

bool PageCanvas::qr(std::string_view payload, double x, double y, double size) {
  const std::string text(payload);
  QRcode* code = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  if (!code) return false;
  const int modules = code->width;
  const double unit = size / (modules + 8);  // four modules of quiet zone on each side
  fillRect(x, y, size, size, {1, 1, 1});
  setColor(m_cr, {0, 0, 0});
  for (int row = 0; row < modules; ++row) {
    for (int col = 0; col < modules;) {
      if (!(code->data[row * modules + col] & 1)) { ++col; continue; }
      int run = col;
      while (run < modules && (code->data[row * modules + run] & 1)) ++run;
      cairo_rectangle(m_cr, x + (col + 4) * unit, y + (row + 4) * unit, (run - col) * unit, unit);
      col = run;
    }
  }
  cairo_fill(m_cr);
  QRcode_free(code);
  return true;
}

core::Result<std::string> PageCanvas::finish() {
  cairo_show_page(m_cr);
  cairo_destroy(m_cr);
  m_cr = nullptr;
  cairo_surface_finish(m_surface);
  const cairo_status_t status = cairo_surface_status(m_surface);
  cairo_surface_destroy(m_surface);
  m_surface = nullptr;
  if (status != CAIRO_STATUS_SUCCESS) {
    return core::makeError("print.failed", cairo_status_to_string(status));
  }
  return std::move(m_pdf);
}

core::Result<core::RasterPage> PageCanvas::finishPng() {
  cairo_surface_flush(m_surface);
  core::RasterPage page;
  page.widthPx = cairo_image_surface_get_width(m_surface);
  page.heightPx = cairo_image_surface_get_height(m_surface);
  page.dpi = m_dpi;
  page.widthMm = kA4Width / 72.0 * 25.4;
  page.heightMm = kA4Height / 72.0 * 25.4;
  m_pdf.clear();
  const cairo_status_t status = cairo_surface_write_to_png_stream(m_surface, &PageCanvas::append, this);
  release();
  if (status != CAIRO_STATUS_SUCCESS) return core::makeError("print.failed", cairo_status_to_string(status));
  page.png = std::move(m_pdf);
  return page;
}

}  // namespace mws::print
