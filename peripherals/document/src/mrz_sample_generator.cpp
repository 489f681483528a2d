// Document-like pages with an OCR-B MRZ, and the degradations of scanners and cameras.
#include "mws/document/mrz_sample_generator.hpp"

#include <cmath>
#include <vector>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace mws::document {
namespace {

constexpr double kPitchMm = 2.54;     // ICAO 9303: 10 characters per inch
constexpr double kCapMm = 2.4;        // OCR-B size 1 character height
constexpr double kLinePitchMm = 4.3;

cv::Size2d documentMm(core::MrzFormat format) {
  switch (format) {
    case core::MrzFormat::Td1: return {85.6, 54.0};
    case core::MrzFormat::Td2:
    case core::MrzFormat::MrvB: return {105.0, 74.0};
    case core::MrzFormat::Td3:
    case core::MrzFormat::MrvA: break;
  }
  return {125.0, 88.0};
}

double uniformReal(std::mt19937& rng, double low, double high) {
  return std::uniform_real_distribution<double>(low, high)(rng);
}

// A soft bright spot; drawn and blurred at 1/8 scale (the blur is wide), then scaled up.
void addGlare(cv::Mat& image, std::mt19937& rng) {
  constexpr double kScale = 8.0;
  const cv::Point centre(static_cast<int>(uniformReal(rng, 0, image.cols) / kScale),
                         static_cast<int>(uniformReal(rng, 0, image.rows) / kScale));
  const int radius = std::max(1, static_cast<int>(uniformReal(rng, 0.1, 0.3) * image.cols / kScale));
  cv::Mat glare = cv::Mat::zeros(cv::Size(image.cols / 8 + 1, image.rows / 8 + 1), CV_32F);
  cv::circle(glare, centre, radius, cv::Scalar(uniformReal(rng, 40, 110)), cv::FILLED);
  cv::GaussianBlur(glare, glare, cv::Size(0, 0), radius / 2.0);
  cv::resize(glare, glare, image.size(), 0, 0, cv::INTER_LINEAR);
  cv::Mat asFloat;
  image.convertTo(asFloat, CV_32F);
  asFloat += glare;
  asFloat.convertTo(image, CV_8U);
}

}  // namespace

MrzSampleGenerator::MrzSampleGenerator(std::shared_ptr<OcrbFont> font, std::uint32_t seed)
    : m_font(std::move(font)), m_rng(seed) {}

void MrzSampleGenerator::drawText(cv::Mat& page, const std::string& text, cv::Point origin,
                                  double capPx, double pitchPx, int ink) {
  const int size = std::max(4, static_cast<int>(std::lround(capPx / m_font->capRatio())));
  const int baseline = static_cast<int>(std::lround(0.8 * size));
  for (std::size_t i = 0; i < text.size(); ++i) {
    const cv::Mat& cell = m_font->cell(text[i], size);
    const int x = static_cast<int>(std::lround(origin.x + (i + 0.5) * pitchPx - cell.cols / 2.0));
    const cv::Rect box(x, origin.y - baseline, cell.cols, cell.rows);
    const cv::Rect clipped = box & cv::Rect(0, 0, page.cols, page.rows);
    if (clipped.empty()) continue;
    cv::Mat roi = page(clipped);
    const cv::Mat alpha = cell(clipped - box.tl());
    for (int y = 0; y < roi.rows; ++y) {
      for (int xx = 0; xx < roi.cols; ++xx) {
        const int a = alpha.at<std::uint8_t>(y, xx);
        auto& p = roi.at<std::uint8_t>(y, xx);
        p = static_cast<std::uint8_t>((p * (255 - a) + ink * a) / 255);
      }
    }
  }
}

void MrzSampleGenerator::drawBackground(cv::Mat& page, double pxPerMm) {
  const int base = static_cast<int>(uniformReal(m_rng, 200, 245));
  for (int y = 0; y < page.rows; ++y) {
    page.row(y).setTo(cv::Scalar(base - 15.0 * y / page.rows));
  }
  for (int curve = 0; curve < 12; ++curve) {  // guilloche
    std::vector<cv::Point> points;
    const double phase = uniformReal(m_rng, 0, 6.28), amp = uniformReal(m_rng, 2, 8) * pxPerMm;
    const double y0 = uniformReal(m_rng, 0, page.rows);
    for (int x = 0; x < page.cols; x += 3) {
      points.emplace_back(x, static_cast<int>(y0 + amp * std::sin(phase + x / (6 * pxPerMm))));
    }
    cv::polylines(page, points, false, cv::Scalar(base - uniformReal(m_rng, 15, 45)), 1);
  }
  const cv::Rect photo(static_cast<int>(4 * pxPerMm), static_cast<int>(8 * pxPerMm),
                       static_cast<int>(page.cols * 0.25), static_cast<int>(page.rows * 0.45));
  cv::rectangle(page, photo, cv::Scalar(uniformReal(m_rng, 90, 170)), cv::FILLED);
  cv::ellipse(page, (photo.tl() + photo.br()) / 2, cv::Size(photo.width / 3, photo.height / 3),
              0, 0, 360, cv::Scalar(uniformReal(m_rng, 40, 120)), cv::FILLED);
}

cv::Mat MrzSampleGenerator::page(core::MrzFormat format, const std::vector<std::string>& lines,
                                 int dpi) {
  const double pxPerMm = dpi / 25.4;
  const cv::Size2d mm = documentMm(format);
  cv::Mat page(static_cast<int>(mm.height * pxPerMm), static_cast<int>(mm.width * pxPerMm), CV_8UC1);
  drawBackground(page, pxPerMm);
  for (int row = 0; row < 4; ++row) {  // the visual zone
    const cv::Point at(static_cast<int>(page.cols * 0.33), static_cast<int>((12 + 7 * row) * pxPerMm));
    std::string words;
    for (int w = 0; w < 3; ++w) words += randomMrzLines(core::MrzFormat::Td1, m_rng)[2].substr(0, 6) + " ";
    drawText(page, words, at, 1.8 * pxPerMm, 2.0 * pxPerMm, 40);
  }
  const double width = lines[0].size() * kPitchMm * pxPerMm;
  const double left = (page.cols - width) / 2;
  const double bottom = page.rows - 4.5 * pxPerMm;
  const int ink = static_cast<int>(uniformReal(m_rng, 0, 50));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const double baseline = bottom - (lines.size() - 1 - i) * kLinePitchMm * pxPerMm;
    drawText(page, lines[i], cv::Point(static_cast<int>(left), static_cast<int>(baseline)),
             kCapMm * pxPerMm, kPitchMm * pxPerMm, ink);
  }
  return page;
}

cv::Mat MrzSampleGenerator::render(core::MrzFormat format, const std::vector<std::string>& lines,
                                   int dpi) {
  cv::Mat doc = page(format, lines, dpi);
  cv::Mat bed(doc.rows + doc.rows / 3, doc.cols + doc.cols / 4, CV_8UC1, cv::Scalar(250));
  doc.copyTo(bed(cv::Rect((bed.cols - doc.cols) / 2, (bed.rows - doc.rows) / 2, doc.cols, doc.rows)));
  return bed;
}

cv::Mat MrzSampleGenerator::degrade(const cv::Mat& doc, MrzSample& sample) {
  auto& rng = m_rng;
  const int bedShade = uniformReal(rng, 0, 1) < 0.5 ? 30 : 245;
  const int margin = static_cast<int>(doc.cols * 0.22);
  cv::Mat bed(doc.rows + 2 * margin, doc.cols + 2 * margin, CV_8UC1, cv::Scalar(bedShade));
  doc.copyTo(bed(cv::Rect(margin, margin, doc.cols, doc.rows)));
  sample.skewDegrees = uniformReal(rng, -10, 10);
  const cv::Point2f centre(bed.cols / 2.0f, bed.rows / 2.0f);
  cv::Mat affine = cv::getRotationMatrix2D(centre, sample.skewDegrees, 1.0);
  std::vector<cv::Point2f> from{{0, 0}, {1.0f * bed.cols, 0}, {1.0f * bed.cols, 1.0f * bed.rows}, {0, 1.0f * bed.rows}};
  std::vector<cv::Point2f> to;
  cv::transform(from, to, affine);
  for (auto& p : to) p += cv::Point2f(static_cast<float>(uniformReal(rng, -0.015, 0.015) * bed.cols),
                                      static_cast<float>(uniformReal(rng, -0.015, 0.015) * bed.rows));
  cv::Mat out;
  cv::warpPerspective(bed, out, cv::getPerspectiveTransform(from, to), bed.size(), cv::INTER_LINEAR,
                      cv::BORDER_CONSTANT, cv::Scalar(bedShade));
  if (uniformReal(rng, 0, 1) < 0.5) addGlare(out, rng);
  if (uniformReal(rng, 0, 1) < 0.3) out.convertTo(out, CV_8U, uniformReal(rng, 0.45, 0.7), uniformReal(rng, 40, 80));
  const double dpiScale = doc.cols / documentMm(sample.format).width / (300 / 25.4);
  cv::GaussianBlur(out, out, cv::Size(0, 0), uniformReal(rng, 0.3, 1.3) * dpiScale);
  cv::Mat noise(out.size(), CV_16S);
  // Seeded from the generator: cv::randn would draw from the thread's shared cv::theRNG(), so
  // a page would depend on what else the thread had drawn (a reader's training, say).
  cv::RNG noiseRng(rng());
  noiseRng.fill(noise, cv::RNG::NORMAL, 0, uniformReal(rng, 2, 10));
  cv::Mat noisy;
  out.convertTo(noisy, CV_16S);
  noisy += noise;
  noisy.convertTo(out, CV_8U);
  std::vector<std::uint8_t> jpeg;
  cv::imencode(".jpg", out, jpeg, {cv::IMWRITE_JPEG_QUALITY, static_cast<int>(uniformReal(rng, 40, 90))});
  out = cv::imdecode(jpeg, cv::IMREAD_GRAYSCALE);
  sample.quarterTurns = std::uniform_int_distribution<int>(0, 3)(rng);
  static const cv::RotateFlags kTurns[] = {cv::ROTATE_90_CLOCKWISE, cv::ROTATE_180,
                                           cv::ROTATE_90_COUNTERCLOCKWISE};
  if (sample.quarterTurns > 0) cv::rotate(out, out, kTurns[sample.quarterTurns - 1]);
  return out;
}

MrzSample MrzSampleGenerator::make(core::MrzFormat format, const MrzSampleOptions& options) {
  MrzSample sample;
  sample.format = format;
  sample.lines = randomMrzLines(format, m_rng);
  if (!options.degraded) {
    sample.image = render(format, sample.lines, options.dpi);
    return sample;
  }
  const int dpi = static_cast<int>(uniformReal(m_rng, 150, 600));
  sample.image = degrade(page(format, sample.lines, dpi), sample);
  return sample;
}

}  // namespace mws::document
