#include "mws/print/cairo_receipt_renderer.hpp"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>

#include "mws/peripherals/image_limits.hpp"
#include "mws/print/receipt_labels.hpp"
#include "page_canvas.hpp"

namespace mws::print {

namespace {

using core::ReceiptData;

constexpr double kMargin = 42;
constexpr double kContent = PageCanvas::kA4Width - 2 * kMargin;
constexpr double kPhotoW = 99.2, kPhotoH = 127.6;  // 35 x 45 mm
constexpr double kQrSize = 118;
constexpr Rgb kGray{0.38, 0.38, 0.38};
constexpr Rgb kRule{0.75, 0.75, 0.75};
constexpr Rgb kBand{0.80, 0.16, 0.10};

std::string date(const core::CivilDate& d) {
  char text[16];
  std::snprintf(text, sizeof text, "%02u.%02u.%04d", d.day(), d.month(), d.year());
  return text;
}

// 1234500 -> "1 234 500".
std::string grouped(std::int64_t value) {
  std::string digits = std::to_string(value < 0 ? -value : value), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ' ';
    out += digits[i];
  }
  return value < 0 ? "-" + out : out;
}

bool isJpeg(const std::string& bytes) { return bytes.rfind("\xFF\xD8\xFF", 0) == 0; }

core::Result<cv::Mat> decodePortrait(const std::string& bytes) {
  // Sized from its header before decoding: a crafted portrait cannot make the renderer
  // allocate gigabytes ("image.too_large" with the limit).
  auto header = peripherals::checkImageBytes(
      {reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()});
  if (!header) {
    if (header.error().code == "image.too_large") return header.error();
    return core::makeError("print.bad_photo", "the portrait is no JPEG or PNG image");
  }
  cv::Mat raw(1, static_cast<int>(bytes.size()), CV_8U, const_cast<char*>(bytes.data()));
  cv::Mat image;
  try {
    image = cv::imdecode(raw, cv::IMREAD_COLOR);
  } catch (const cv::Exception&) {
    image.release();
  }
  if (image.empty()) return core::makeError("print.bad_photo", "the portrait is no JPEG or PNG image");
  // About 300 dpi at 35 x 45 mm is all the page needs; a JPEG is embedded as it is.
  if (image.rows > 540 && !isJpeg(bytes)) {
    cv::resize(image, image, cv::Size(image.cols * 540 / image.rows, 540), 0, 0, cv::INTER_AREA);
  }
  return image;
}

class ReceiptLayout {
 public:
  ReceiptLayout(PageCanvas& canvas, const ReceiptData& data)
      : m_canvas(canvas), m_data(data), m_labels(labelsFor(data.language)) {}

  bool draw(const std::optional<cv::Mat>& portrait) {
    header();
    if (m_data.provisional) band();
    if (!identity(portrait)) return false;
    details();
    fees();
    footer();
    return true;
  }

 private:
  bool isCertificate() const { return m_data.kind == ReceiptData::Kind::Certificate; }

  void header() {
    m_y = kMargin;
    const std::string unit = m_data.unitName.empty() ? m_data.unitCode
                                                     : m_data.unitName + " (" + m_data.unitCode + ")";
    m_y += m_canvas.text(kMargin, m_y, kContent, unit, styled(9, false, false, kGray)) + 6;
    const auto title = isCertificate() ? m_labels.certificateTitle : m_labels.receiptTitle;
    m_y += m_canvas.text(kMargin, m_y, kContent, title, styled(18, true)) + 4;
    m_y += m_canvas.text(kMargin, m_y, kContent, serviceName(m_data.service, m_data.language),
                         styled(12)) + 10;
  }

  void band() {
    const double h = 28;
    m_canvas.fillRect(kMargin, m_y, kContent, h, kBand);
    const TextStyle style = styled(12.5, true, false, {1, 1, 1}, TextStyle::Align::Center);
    m_canvas.text(kMargin, m_y + 6.5, kContent, m_labels.provisional, style);
    m_y += h + 14;
  }

  // One label over its value; returns the height used.
  double field(double x, double y, double w, std::string_view label, const std::string& value,
               bool mono = false) {
    double used = m_canvas.text(x, y, w, label, styled(7.5, true, false, kGray)) + 1;
    used += m_canvas.text(x, y + used, w, value, styled(10.5, false, mono));
    return used + 6;
  }

  bool identity(const std::optional<cv::Mat>& portrait) {
    const double top = m_y, textX = kMargin + kPhotoW + 16;
    const double textW = kContent - kPhotoW - kQrSize - 32;
    if (portrait) {
      m_canvas.image(*portrait, kMargin, top, kPhotoW, kPhotoH,
                     isJpeg(m_data.photoJpeg) ? std::string_view(m_data.photoJpeg) : std::string_view());
    } else {
      m_canvas.text(kMargin, top + kPhotoH / 2 - 6, kPhotoW, m_labels.noPhoto,
                    styled(8, false, false, kGray, TextStyle::Align::Center));
    }
    m_canvas.strokeRect(kMargin, top, kPhotoW, kPhotoH, 0.6, kRule);
    if (!m_canvas.qr(m_data.caseId, kMargin + kContent - kQrSize, top, kQrSize)) return false;
    double y = top;
    y += field(textX, y, textW, m_labels.caseNumber, m_data.caseId, true);
    std::string name = m_data.personNameLatin;
    if (!m_data.personNameCyrillic.empty()) name += (name.empty() ? "" : "\n") + m_data.personNameCyrillic;
    y += field(textX, y, textW, m_labels.applicant, name);
    y += field(textX, y, textW, m_labels.birthDate, date(m_data.birthDate));
    y += field(textX, y, textW, m_labels.document, m_data.documentNumber, true);
    y += field(textX, y, textW, m_labels.filedOn, date(m_data.filedOn));
    y += field(textX, y, textW, m_labels.state, std::string(stateName(m_data.state, m_data.language)));
    m_y = std::max(y, top + std::max(kPhotoH, kQrSize)) + 8;
    m_canvas.line(kMargin, m_y, kMargin + kContent, m_y, 0.6, kRule);
    m_y += 10;
    return true;
  }

  void row(std::string_view label, const std::string& value, bool bold = false) {
    const double labelW = kContent * 0.38;
    const double h1 = m_canvas.text(kMargin, m_y, labelW - 8, label, styled(9.5, bold, false, kGray));
    const double h2 = m_canvas.text(kMargin + labelW, m_y, kContent - labelW, value, styled(9.5, bold));
    m_y += std::max(h1, h2) + 4;
  }

  void heading(std::string_view text) {
    m_y += 4;
    m_y += m_canvas.text(kMargin, m_y, kContent, text, styled(11, true)) + 5;
  }

  void details() {
    if (m_data.details.empty()) return;
    heading(m_labels.details);
    for (const auto& [label, value] : m_data.details) row(label, value);
  }

  std::string amount(const core::FeeLine& line) const {
    std::string text = core::formatBcu(line.bcuHundredths) + " " + std::string(m_labels.bcu);
    if (line.waived) return text + " — " + std::string(m_labels.waived);
    return text + " = " + grouped(line.som) + " " + std::string(m_labels.som);
  }

  void fees() {
    heading(m_labels.fee);
    for (const auto& line : m_data.fee.lines) row(feeItemName(line.item, m_data.language), amount(line));
    row(m_labels.total, core::formatBcu(m_data.fee.totalBcuHundredths) + " " +
                            std::string(m_labels.bcu) + " = " + grouped(m_data.fee.totalSom) +
                            " " + std::string(m_labels.som), true);
    if (m_data.fee.payer == core::Payer::Organisation) row("", std::string(m_labels.payerOrganisation));
  }

  void footer() {
    m_y += 8;
    const auto note = isCertificate() ? m_labels.certificateStatement : m_labels.receiptNote;
    m_y += m_canvas.text(kMargin, m_y, kContent, note, styled(9.5, false)) + 18;
    row(m_labels.unit, m_data.unitName.empty() ? m_data.unitCode : m_data.unitName);
    row(m_labels.officer, m_data.officerName);
    m_y += 22;
    m_canvas.line(kMargin + kContent - 180, m_y, kMargin + kContent, m_y, 0.6, {0, 0, 0});
    m_canvas.text(kMargin + kContent - 180, m_y + 3, 180, m_labels.signature,
                  styled(8, false, false, kGray, TextStyle::Align::Center));
  }

  PageCanvas& m_canvas;
  const ReceiptData& m_data;
  const ReceiptLabels& m_labels;
  double m_y = kMargin;
};

}  // namespace

namespace {

core::Result<std::optional<cv::Mat>> portraitOf(const ReceiptData& data) {
  if (data.photoJpeg.empty()) return std::optional<cv::Mat>();
  auto decoded = decodePortrait(data.photoJpeg);
  if (!decoded) return decoded.error();
  return std::optional<cv::Mat>(std::move(*decoded));
}

core::Error badCaseId() { return core::makeError("print.bad_case_id", "the case id cannot be put in a QR code"); }

}  // namespace

core::Result<std::string> CairoReceiptRenderer::renderPdf(const ReceiptData& data) {
  auto portrait = portraitOf(data);
  if (!portrait) return portrait.error();
  PageCanvas canvas;
  if (!ReceiptLayout(canvas, data).draw(*portrait)) return badCaseId();
  return canvas.finish();
}

core::Result<std::vector<core::RasterPage>> CairoReceiptRenderer::renderPages(const ReceiptData& data,
                                                                              double dpi) {
  if (!(dpi >= kMinDpi && dpi <= kMaxDpi)) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", dpi);
    return core::makeError("print.bad_dpi", "the resolution is outside 72..1200 dpi").with("dpi", text);
  }
  auto portrait = portraitOf(data);
  if (!portrait) return portrait.error();
  PageCanvas canvas(dpi);
  if (!ReceiptLayout(canvas, data).draw(*portrait)) return badCaseId();
  auto page = canvas.finishPng();
  if (!page) return page.error();
  return std::vector<core::RasterPage>{std::move(*page)};
}

}  // namespace mws::print
