#include "mws/document/mrz_reader.hpp"

#include <map>
#include <mutex>
#include <numeric>

#include <opencv2/imgproc.hpp>

#include "glyph_classifier.hpp"
#include "mrz_line_reader.hpp"
#include "mrz_locator.hpp"
#include "mws/core/mrz/mrz_resolver.hpp"

namespace mws::document {

struct MrzImageReader::Impl {
  std::filesystem::path fontPath;
  std::shared_ptr<OcrbFont> font;
  std::once_flag trained;
  std::shared_ptr<const detail::GlyphClassifier> classifier;  // set once, by prepare()
};

namespace {

// Training takes most of a second of CPU, and the classifier never changes for a font file:
// the readers of one process share it.
std::shared_ptr<const detail::GlyphClassifier> trainedFor(const std::filesystem::path& fontPath,
                                                          OcrbFont& font) {
  static std::mutex mutex;
  static std::map<std::filesystem::path, std::shared_ptr<const detail::GlyphClassifier>> trained;
  const std::lock_guard lock(mutex);
  auto& classifier = trained[fontPath];
  if (!classifier) classifier = std::make_shared<const detail::GlyphClassifier>(detail::trainGlyphClassifier(font));
  return classifier;
}

// Bands tried, best first, until one holds the 2 or 3 lines of an MRZ: a visual zone's
// lines can look as MRZ-like to the locator as the MRZ itself.
constexpr int kBandsTried = 3;

core::Error noMrz(std::string reason) {
  return core::makeError("document.no_mrz", "no machine-readable zone was found")
      .with("reason", std::move(reason));
}

// A visa's MRZ has the shape of TD3/TD2 and starts with 'V'.
core::MrzFormat visaAware(core::MrzFormat format, const core::MrzCharScores& first) {
  const auto v = core::kMrzClasses.find('V');
  const bool visa = first.p[v] >= *std::max_element(first.p.begin(), first.p.end());
  if (!visa) return format;
  return format == core::MrzFormat::Td3 ? core::MrzFormat::MrvA
         : format == core::MrzFormat::Td2 ? core::MrzFormat::MrvB : format;
}

// Passing checks first, then the mean confidence.
double quality(const MrzImageReading& reading) {
  double passed = 0;
  if (reading.document.ok()) {
    for (const auto& check : reading.document->checks) passed += check.passed ? 1 : 0;
    passed += reading.document->issues.empty() ? 1 : 0;
  }
  double sum = 0, count = 0;
  for (const auto& line : reading.confidence) {
    sum += std::accumulate(line.begin(), line.end(), 0.0);
    count += static_cast<double>(line.size());
  }
  return passed + (count > 0 ? sum / count : 0);
}

bool convincing(const MrzImageReading& reading) {
  if (!reading.document.ok() || !reading.document->valid()) return false;
  for (float c : reading.lineConfidence) {
    if (c < 0.3f) return false;
  }
  return true;
}

}  // namespace

MrzImageReader::~MrzImageReader() = default;

core::Result<std::shared_ptr<MrzImageReader>> MrzImageReader::create(
    const std::filesystem::path& fontPath) {
  auto font = OcrbFont::load(fontPath);
  if (!font) return font.error();
  std::shared_ptr<MrzImageReader> reader(new MrzImageReader());
  reader->m_impl = std::make_unique<Impl>();
  reader->m_impl->fontPath = fontPath;
  reader->m_impl->font = *font;
  return reader;
}

void MrzImageReader::prepare() const {
  std::call_once(m_impl->trained, [this] {
    m_impl->classifier = trainedFor(m_impl->fontPath, *m_impl->font);
  });
}

static std::optional<MrzImageReading> readOnce(const detail::MrzBand& band,
                                               const detail::GlyphClassifier& classifier,
                                               const core::CivilDate& today) {
  auto band_reading = detail::readBand(band.strip, classifier);
  if (!band_reading) return std::nullopt;
  MrzImageReading reading;
  reading.format = visaAware(band_reading->format, band_reading->scores[0][0]);
  auto resolved = core::resolveMrz(reading.format, band_reading->scores, core::mrzCountryCodes());
  reading.lines = resolved.lines;
  reading.confidence = std::move(resolved.confidence);
  reading.lineConfidence = std::move(resolved.lineConfidence);
  reading.substitutions = resolved.substitutions;
  reading.fieldConfidence = std::move(resolved.fields);
  reading.lowConfidence = resolved.lowConfidence;
  for (std::size_t i = 0; i < 4; ++i) reading.corners[i] = {band.corners[i].x, band.corners[i].y};
  reading.document = core::parseMrz(resolved.lines, core::MrzParseOptions{today, nullptr});
  return reading;
}

core::Result<MrzImageReading> MrzImageReader::read(const cv::Mat& image,
                                                   const core::CivilDate& today) const {
  prepare();
  cv::Mat gray = image;
  if (image.channels() == 3) cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
  const auto bands = detail::locateMrzBands(gray, kBandsTried);
  if (bands.empty()) return noMrz("no_band");
  for (const auto& band : bands) {
    auto first = readOnce(band, *m_impl->classifier, today);
    if (first && convincing(*first)) return *std::move(first);
    auto second = readOnce(detail::halfTurn(band), *m_impl->classifier, today);
    if (!first && !second) continue;  // no MRZ lines in this band: the next one
    if (!second || (first && quality(*first) >= quality(*second))) return *std::move(first);
    return *std::move(second);
  }
  return noMrz("no_lines");
}

core::Result<MrzImageReading> MrzImageReader::read(const peripherals::Frame& frame,
                                                   const core::CivilDate& today) const {
  const int type = frame.format == peripherals::PixelFormat::Gray8 ? CV_8UC1 : CV_8UC3;
  const cv::Mat image(frame.height, frame.width, type, const_cast<std::uint8_t*>(frame.pixels.data()),
                      frame.stride);
  return read(image, today);
}

}  // namespace mws::document
