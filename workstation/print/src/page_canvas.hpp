#pragma once
// Internal: one A4 page drawn with cairo, into a PDF or onto a raster image at a given dpi
// (the same drawing calls, so the printed page is the PDF's page), text laid out by pango (any script the fonts
// cover; DejaVu Sans has Latin and Cyrillic), images from OpenCV matrices, QR codes from
// libqrencode. Units are PDF points (1/72 inch), origin at the top left.

#include <cairo.h>

#include <opencv2/core.hpp>
#include <string>
#include <string_view>

#include "mws/core/domain/ports/receipt_renderer.hpp"
#include "mws/core/result.hpp"

namespace mws::print {

struct Rgb {
  double r = 0, g = 0, b = 0;
};

struct TextStyle {
  double size = 10;
  bool bold = false;
  bool monospace = false;
  Rgb color;
  enum class Align { Left, Center, Right } align = Align::Left;
};

inline TextStyle styled(double size, bool bold = false, bool monospace = false, Rgb color = {},
                        TextStyle::Align align = TextStyle::Align::Left) {
  TextStyle style;
  style.size = size;
  style.bold = bold;
  style.monospace = monospace;
  style.color = color;
  style.align = align;
  return style;
}

class PageCanvas {
 public:
  static constexpr double kA4Width = 595.28;
  static constexpr double kA4Height = 841.89;

  // A PDF page.
  PageCanvas();
  // A white RGB image of the page at `dpi`, drawn in the same point units.
  explicit PageCanvas(double dpi);
  ~PageCanvas();
  PageCanvas(const PageCanvas&) = delete;
  PageCanvas& operator=(const PageCanvas&) = delete;

  // Lays `text` out in a box `width` wide at (x, y), wrapping at words; returns its height.
  double text(double x, double y, double width, std::string_view text, const TextStyle& style);
  void fillRect(double x, double y, double w, double h, Rgb color);
  void strokeRect(double x, double y, double w, double h, double lineWidth, Rgb color);
  void line(double x1, double y1, double x2, double y2, double lineWidth, Rgb color);
  // A BGR image scaled into the box, keeping its aspect ratio, centred. With `jpeg` (the
  // file `bgr` was decoded from, same size) the PDF embeds those bytes as they are.
  void image(const cv::Mat& bgr, double x, double y, double w, double h, std::string_view jpeg = {});
  // `payload` as a QR code (error correction M) with its quiet zone, `size` points square.
  // False when the payload cannot be encoded.
  bool qr(std::string_view payload, double x, double y, double size);
  // Ends the page and the document: the PDF's bytes, or "print.failed".
  core::Result<std::string> finish();
  // Ends a raster page: the image as PNG, or "print.failed".
  core::Result<core::RasterPage> finishPng();

 private:
  static cairo_status_t append(void* closure, const unsigned char* data, unsigned int length);

  void release();

  std::string m_pdf;  // the PDF's bytes, or the PNG's
  double m_dpi = 0;   // 0 for a PDF page
  cairo_surface_t* m_surface = nullptr;
  cairo_t* m_cr = nullptr;
};

}  // namespace mws::print
