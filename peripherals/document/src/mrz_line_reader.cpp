#include "mrz_line_reader.hpp"

#include <algorithm>
#include <cmath>
#include <complex>

#include <opencv2/imgproc.hpp>

namespace mws::document::detail {
namespace {

constexpr int kPad = 48;

struct TextLine {
  int top = 0, bottom = 0;  // ink rows, inclusive
  int left = 0, right = 0;  // ink columns, inclusive
  long ink = 0;
};

std::vector<TextLine> findRows(const cv::Mat& binary) {
  std::vector<TextLine> rows;
  const int threshold = binary.cols / 25;
  int start = -1;
  for (int y = 0; y <= binary.rows; ++y) {
    const int count = y < binary.rows ? cv::countNonZero(binary.row(y)) : 0;
    if (count > threshold && start < 0) start = y;
    if (count <= threshold && start >= 0) {
      if (y - start >= 6) rows.push_back({start, y - 1, 0, 0, 0});
      start = -1;
    }
  }
  return rows;
}

bool measure(const cv::Mat& binary, TextLine& line) {
  cv::Mat columns;
  cv::reduce(binary.rowRange(line.top, line.bottom + 1), columns, 0, cv::REDUCE_SUM, CV_32S);
  line.left = -1;
  for (int x = 0; x < columns.cols; ++x) {
    const int value = columns.at<int>(0, x);
    line.ink += value / 255;
    if (value >= 2 * 255) {
      if (line.left < 0) line.left = x;
      line.right = x;
    }
  }
  return line.left >= 0 && line.right - line.left > binary.cols * 0.55;
}

std::vector<TextLine> mrzLines(const cv::Mat& binary) {
  std::vector<TextLine> lines;
  for (auto row : findRows(binary)) {
    if (measure(binary, row)) lines.push_back(row);
  }
  while (lines.size() > 3) {  // drop the faintest (text of the visual zone caught above)
    auto faint = std::min_element(lines.begin(), lines.end(),
                                  [](const auto& a, const auto& b) { return a.ink < b.ink; });
    lines.erase(faint);
  }
  return lines;
}

// The strength and phase of the line's ink at period `pitch`: the fundamental of the
// column profile. Fixed-pitch printing puts one glyph per period, so its phase gives where
// the cells' centres fall, whatever the glyphs (long runs of '<' included).
std::complex<double> fundamental(const std::vector<float>& profile, double pitch) {
  std::complex<double> sum, turn(1.0, 0.0);
  const std::complex<double> step = std::polar(1.0, -2 * CV_PI / pitch);
  for (float value : profile) {
    sum += static_cast<double>(value) * turn;
    turn *= step;
  }
  return sum;
}

double centroidX(const cv::Mat& ink, const cv::Rect& box) {
  const cv::Moments m = cv::moments(ink(box & cv::Rect(0, 0, ink.cols, ink.rows)));
  return m.m00 > 0 ? box.x + m.m10 / m.m00 : box.x + box.width / 2.0;
}

// A camera's perspective makes the pitch change along the line: the cells' offsets from the
// regular grid follow a parabola, fitted through their ink centroids (twice, the second
// time without the cells the first fit left more than 0.12 pitch away).
std::vector<double> followPerspective(const cv::Mat& ink, const TextLine& line,
                                      const std::vector<double>& grid, double pitch) {
  const int n = static_cast<int>(grid.size());
  std::vector<double> offset(grid.size());
  for (int i = 0; i < n; ++i) {
    const cv::Rect box(static_cast<int>(std::lround(grid[i] - pitch / 2)), line.top,
                       static_cast<int>(std::lround(pitch)), line.bottom - line.top + 1);
    offset[i] = std::clamp(centroidX(ink, box) - grid[i], -0.3 * pitch, 0.3 * pitch);
  }
  cv::Mat coef = cv::Mat::zeros(3, 1, CV_64F);
  const auto fitted = [&](int i) {
    const double t = (i - (n - 1) / 2.0) / n;
    return coef.at<double>(0) + coef.at<double>(1) * t + coef.at<double>(2) * t * t;
  };
  for (int pass = 0; pass < 2; ++pass) {
    cv::Mat a(0, 3, CV_64F), b(0, 1, CV_64F);
    for (int i = 0; i < n; ++i) {
      if (pass > 0 && std::abs(offset[i] - fitted(i)) > 0.12 * pitch) continue;
      const double t = (i - (n - 1) / 2.0) / n;
      a.push_back(cv::Mat(cv::Matx13d(1.0, t, t * t)));
      b.push_back(offset[i]);
    }
    if (a.rows >= 6) cv::solve(a, b, coef, cv::DECOMP_QR);
  }
  std::vector<double> centres;
  for (int i = 0; i < n; ++i) {  // each glyph cut around its own centroid, near the fit
    const double at = grid[i] + fitted(i);
    const cv::Rect box(static_cast<int>(std::lround(at - pitch / 2)), line.top,
                       static_cast<int>(std::lround(pitch)), line.bottom - line.top + 1);
    centres.push_back(std::clamp(centroidX(ink, box), at - 0.2 * pitch, at + 0.2 * pitch));
  }
  return centres;
}

// Centres of the N fixed-pitch cells: the pitch where the profile's fundamental is
// strongest near the ink extent's estimate, the phase from it, and the first cell where
// the N cells take in the most ink.
std::vector<double> cellCentres(const cv::Mat& ink, const TextLine& line, int count) {
  cv::Mat columns;
  cv::reduce(ink.rowRange(line.top, line.bottom + 1), columns, 0, cv::REDUCE_SUM, CV_32F);
  const std::vector<float> profile(columns.begin<float>(), columns.end<float>());
  const double estimate = (line.right - line.left + 1) / (count - 0.25);
  double pitch = estimate, strongest = -1;
  for (double p = 0.94 * estimate; p <= 1.06 * estimate; p += 0.002 * estimate) {
    const double strength = std::abs(fundamental(profile, p));
    if (strength > strongest) strongest = strength, pitch = p;
  }
  const double phase = std::arg(fundamental(profile, pitch));
  const double anchor = -phase / (2 * CV_PI) * pitch;  // a cell centre, modulo the pitch
  double first = anchor + std::round((line.left + pitch / 2 - anchor) / pitch) * pitch;
  std::vector<double> cumulative(profile.size() + 1, 0.0);
  for (std::size_t x = 0; x < profile.size(); ++x) cumulative[x + 1] = cumulative[x] + profile[x];
  const auto inkIn = [&](double from) {
    const auto at = [&](double x) {
      return cumulative[static_cast<std::size_t>(std::clamp<long>(std::lround(x), 0, long(profile.size())))];
    };
    return at(from - pitch / 2 + count * pitch) - at(from - pitch / 2);
  };
  for (double shifted : {first - pitch, first + pitch}) {
    if (inkIn(shifted) > inkIn(first)) first = shifted;
  }
  std::vector<double> grid;
  for (int i = 0; i < count; ++i) grid.push_back(first + i * pitch);
  return followPerspective(ink, line, grid, pitch);
}

// Cells are cut as the templates are: from the baseline (the line's ink bottom) up one cap
// height and a margin, the cap height following from the pitch. A line's own ink height
// would not do: OCR-B's digits stand taller than its letters.
std::vector<cv::Mat> cutLine(const cv::Mat& ink, const TextLine& line, int count) {
  const std::vector<double> centres = cellCentres(ink, line, count);
  const double pitch = (centres.back() - centres.front()) / (count - 1);
  const int cap = static_cast<int>(std::lround(pitch / kPitchPerCap));
  const int margin = static_cast<int>(std::lround(0.15 * cap));
  std::vector<cv::Mat> cells;
  for (double centre : centres) {
    const cv::Rect box(static_cast<int>(std::lround(centre - pitch / 2)),
                       line.bottom + 1 - cap - margin, static_cast<int>(std::lround(pitch)),
                       cap + 2 * margin);
    cells.push_back(ink(box & cv::Rect(0, 0, ink.cols, ink.rows)));
  }
  return cells;
}

// The median distance between neighbouring glyphs (components about a character tall);
// 0 when too few stand on the line.
double medianPitch(const cv::Mat& binary, const TextLine& line) {
  cv::Mat labels, stats, centroids;
  const cv::Rect rows(0, line.top, binary.cols, line.bottom - line.top + 1);
  const int n = cv::connectedComponentsWithStats(binary(rows), labels, stats, centroids, 8, CV_32S);
  std::vector<double> xs;
  for (int i = 1; i < n; ++i) {
    if (stats.at<int>(i, cv::CC_STAT_HEIGHT) * 3 >= rows.height) xs.push_back(centroids.at<double>(i, 0));
  }
  if (xs.size() < 12) return 0;
  std::sort(xs.begin(), xs.end());
  std::vector<double> gaps;
  for (std::size_t i = 1; i < xs.size(); ++i) gaps.push_back(xs[i] - xs[i - 1]);
  std::nth_element(gaps.begin(), gaps.begin() + static_cast<long>(gaps.size() / 2), gaps.end());
  return gaps[gaps.size() / 2];
}

// 30 for three lines; else 36 or 44, from the ink extent over the glyphs' own pitch.
int charactersPerLine(const cv::Mat& binary, const std::vector<TextLine>& lines) {
  if (lines.size() == 3) return 30;
  double estimate = 0;
  int counted = 0;
  for (const auto& l : lines) {
    const double pitch = medianPitch(binary, l);
    if (pitch <= 0) continue;
    estimate += (l.right - l.left) / pitch + 0.4;
    ++counted;
  }
  if (counted == 0) {  // fall back on the cap height (the tallest line: digits)
    const double cap = lines[0].bottom - lines[0].top + 1;
    estimate = (lines[0].right - lines[0].left) / (kPitchPerCap * cap * 1.1);
    counted = 1;
  }
  estimate /= counted;
  return std::abs(estimate - 36) < std::abs(estimate - 44) ? 36 : 44;
}

}  // namespace

std::optional<BandCells> cutBand(const cv::Mat& strip) {
  cv::Mat padded, ink, binary;
  cv::copyMakeBorder(strip, padded, kPad, kPad, kPad, kPad, cv::BORDER_REPLICATE);
  cv::morphologyEx(padded, ink, cv::MORPH_BLACKHAT,
                   cv::getStructuringElement(cv::MORPH_RECT, cv::Size(45, 45)));
  cv::threshold(ink, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
  const auto lines = mrzLines(binary);
  if (lines.size() < 2) return std::nullopt;
  const int count = charactersPerLine(binary, lines);
  const auto format = core::detectMrzFormat(static_cast<int>(lines.size()), count, 'P');
  if (!format) return std::nullopt;
  BandCells band;
  band.format = *format;
  for (const auto& line : lines) band.cells.push_back(cutLine(ink, line, count));
  return band;
}

std::optional<BandReading> readBand(const cv::Mat& strip, const GlyphClassifier& classifier) {
  auto band = cutBand(strip);
  if (!band) return std::nullopt;
  BandReading reading;
  reading.format = band->format;
  for (const auto& line : band->cells) {
    std::vector<std::vector<float>> features;
    for (const auto& cell : line) features.push_back(cellFeature(cell));
    reading.scores.push_back(classifier.classify(features));
  }
  return reading;
}

}  // namespace mws::document::detail
