// The classifier's training cells: MRZ strips rendered in OCR-B at 150–600 dpi with the
// sample generator's degradations (blur, noise, low contrast, JPEG, a residual skew and
// perspective after the locator's deskew), scaled to the width the locator cuts bands to,
// and cut into cells by the reader's own segmentation, so the classifier learns the cells
// it will see, misalignments included.
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "glyph_classifier.hpp"
#include "mrz_line_reader.hpp"
#include "mws/document/mrz_sample_generator.hpp"

namespace mws::document::detail {
namespace {

constexpr double kStripWidth = 1100.0;  // as the locator cuts a band
constexpr double kCapPerPitch = 2.4 / 2.54;
constexpr double kLinePitchPerPitch = 4.3 / 2.54;
constexpr double kPitchAt300Dpi = 2.54 / 25.4 * 300;

double uniform(std::mt19937& rng, double low, double high) {
  return std::uniform_real_distribution<double>(low, high)(rng);
}

// Half the lines as an MRZ has them ('<' runs, names, dates), half any of the 37 classes,
// so that every class is seen in every position of a cell's neighbourhood.
std::vector<std::string> strings(std::mt19937& rng) {
  constexpr core::MrzFormat kFormats[] = {core::MrzFormat::Td1, core::MrzFormat::Td2,
                                          core::MrzFormat::Td3, core::MrzFormat::MrvA,
                                          core::MrzFormat::MrvB};
  auto lines = randomMrzLines(kFormats[std::uniform_int_distribution<int>(0, 4)(rng)], rng);
  std::uniform_int_distribution<std::size_t> any(0, core::kMrzClasses.size() - 1);
  for (auto& line : lines) {
    if (uniform(rng, 0, 1) < 0.5) continue;
    for (auto& c : line) c = core::kMrzClasses[any(rng)];
  }
  return lines;
}

void drawLine(cv::Mat& page, OcrbFont& font, const std::string& text, double left, double baseline,
              double pitch, int ink) {
  const int size = std::max(4, static_cast<int>(std::lround(pitch * kCapPerPitch / font.capRatio())));
  const int top = static_cast<int>(std::lround(baseline)) - static_cast<int>(std::lround(0.8 * size));
  for (std::size_t i = 0; i < text.size(); ++i) {
    const cv::Mat& cell = font.cell(text[i], size);
    const cv::Rect box(static_cast<int>(std::lround(left + (i + 0.5) * pitch - cell.cols / 2.0)), top,
                       cell.cols, cell.rows);
    const cv::Rect clipped = box & cv::Rect(0, 0, page.cols, page.rows);
    if (clipped.empty()) continue;
    cv::Mat roi = page(clipped);
    const cv::Mat alpha = cell(clipped - box.tl());
    for (int y = 0; y < roi.rows; ++y) {
      for (int x = 0; x < roi.cols; ++x) {
        const int a = alpha.at<std::uint8_t>(y, x);
        auto& p = roi.at<std::uint8_t>(y, x);
        p = static_cast<std::uint8_t>((p * (255 - a) + ink * a) / 255);
      }
    }
  }
}

// One degraded strip of `lines`, as the locator would cut it out of a page.
cv::Mat strip(OcrbFont& font, const std::vector<std::string>& lines, std::mt19937& rng) {
  const double dpi = uniform(rng, 150, 600);
  const double pitch = kPitchAt300Dpi * dpi / 300;
  const double count = static_cast<double>(lines[0].size());
  const double linePitch = kLinePitchPerPitch * pitch;
  const double band = (static_cast<double>(lines.size()) - 1) * linePitch + kCapPerPitch * pitch;
  const double marginX = 0.03 * count * pitch, marginY = 0.3 * band + 8 * count * pitch / kStripWidth;
  cv::Mat page(static_cast<int>(band + 2 * marginY), static_cast<int>(count * pitch + 2 * marginX), CV_8UC1);
  const int base = static_cast<int>(uniform(rng, 170, 245));
  for (int y = 0; y < page.rows; ++y) page.row(y).setTo(cv::Scalar(base - 15.0 * y / page.rows));
  for (int curve = 0; curve < 3; ++curve) {  // guilloche
    std::vector<cv::Point> points;
    const double phase = uniform(rng, 0, 6.28), amp = uniform(rng, 2, 8) * pitch / 2.54;
    const double y0 = uniform(rng, 0, page.rows);
    for (int x = 0; x < page.cols; x += 3) {
      points.emplace_back(x, static_cast<int>(y0 + amp * std::sin(phase + x / (6 * pitch / 2.54))));
    }
    cv::polylines(page, points, false, cv::Scalar(base - uniform(rng, 15, 45)), 1);
  }
  const int ink = static_cast<int>(uniform(rng, 0, 50));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    drawLine(page, font, lines[i], marginX, marginY + kCapPerPitch * pitch + static_cast<double>(i) * linePitch,
             pitch, ink);
  }
  // What the locator's deskew leaves: a fraction of a degree, and a camera's perspective.
  const cv::Point2f size(static_cast<float>(page.cols), static_cast<float>(page.rows));
  std::vector<cv::Point2f> from{{0, 0}, {size.x, 0}, {size.x, size.y}, {0, size.y}};
  cv::Mat affine = cv::getRotationMatrix2D(size / 2, uniform(rng, -0.6, 0.6), 1.0);
  std::vector<cv::Point2f> to;
  cv::transform(from, to, affine);
  for (auto& p : to) {
    p += cv::Point2f(static_cast<float>(uniform(rng, -0.006, 0.006) * size.x),
                     static_cast<float>(uniform(rng, -0.03, 0.03) * size.y));
  }
  cv::warpPerspective(page, page, cv::getPerspectiveTransform(from, to), page.size(), cv::INTER_LINEAR,
                      cv::BORDER_REPLICATE);
  if (uniform(rng, 0, 1) < 0.3) page.convertTo(page, CV_8U, uniform(rng, 0.45, 0.7), uniform(rng, 40, 80));
  cv::GaussianBlur(page, page, cv::Size(0, 0), uniform(rng, 0.3, 1.3) * dpi / 300);
  cv::Mat noise(page.size(), CV_16S), noisy;
  // Seeded from `rng`: cv::randn would draw from the thread's shared cv::theRNG(), and the
  // classifier would depend on what the thread had drawn before.
  cv::RNG noiseRng(rng());
  noiseRng.fill(noise, cv::RNG::NORMAL, 0, uniform(rng, 2, 10));
  page.convertTo(noisy, CV_16S);
  noisy += noise;
  noisy.convertTo(page, CV_8U);
  std::vector<std::uint8_t> jpeg;
  cv::imencode(".jpg", page, jpeg, {cv::IMWRITE_JPEG_QUALITY, static_cast<int>(uniform(rng, 40, 90))});
  page = cv::imdecode(jpeg, cv::IMREAD_GRAYSCALE);
  const double scale = kStripWidth / (count * pitch);
  cv::Mat out;
  cv::resize(page, out, cv::Size(), scale, scale, cv::INTER_LINEAR);
  return out;
}

}  // namespace

// A strip whose cells a first fit mostly disagrees with was cut wrongly (a line lost, the
// grid a cell off): its labels would teach the wrong glyphs, so the second fit leaves it out.
GlyphClassifier trainGlyphClassifier(OcrbFont& font, int strips, std::uint32_t seed) {
  std::mt19937 rng(seed);
  struct Strip {
    cv::Mat features;
    std::vector<int> labels;
  };
  std::vector<Strip> cut;
  for (int s = 0; s < strips; ++s) {
    const auto lines = strings(rng);
    const auto cells = cutBand(strip(font, lines, rng));
    if (!cells || cells->cells.size() != lines.size() || cells->cells[0].size() != lines[0].size()) continue;
    Strip one;
    for (std::size_t l = 0; l < lines.size(); ++l) {
      for (std::size_t c = 0; c < lines[l].size(); ++c) {
        one.features.push_back(cv::Mat(cellFeature(cells->cells[l][c]), true).reshape(1, 1));
        one.labels.push_back(static_cast<int>(core::kMrzClasses.find(lines[l][c])));
      }
    }
    cut.push_back(std::move(one));
  }
  const auto fit = [&](const std::vector<bool>& use) {
    LabelledCells train, heldOut;
    for (std::size_t s = 0; s < cut.size(); ++s) {
      if (!use[s]) continue;
      auto& into = s % 5 == 4 ? heldOut : train;
      into.features.push_back(cut[s].features);
      into.labels.insert(into.labels.end(), cut[s].labels.begin(), cut[s].labels.end());
    }
    return GlyphClassifier(train, heldOut);
  };
  std::vector<bool> use(cut.size(), true);
  const GlyphClassifier first = fit(use);
  bool dropped = false;
  for (std::size_t s = 0; s < cut.size(); ++s) {
    int right = 0;
    for (int i = 0; i < cut[s].features.rows; ++i) {
      const auto p = first.classify(std::vector<float>(cut[s].features.ptr<float>(i),
                                                       cut[s].features.ptr<float>(i) + kFeatureLength)).p;
      right += std::max_element(p.begin(), p.end()) - p.begin() == cut[s].labels[static_cast<std::size_t>(i)];
    }
    use[s] = right * 10 >= cut[s].features.rows * 7;
    dropped = dropped || !use[s];
  }
  return dropped ? fit(use) : first;
}

}  // namespace mws::document::detail
