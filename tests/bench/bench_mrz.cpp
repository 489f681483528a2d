// MRZ reading figures (docs/benchmarks.md, issue 4): generated pages of every format, clean
// and degraded, read by mws::document and by a plain Tesseract pipeline (eng traineddata,
// whitelist A-Z0-9<, PSM 6 on the band our locator found, else the whole page) in the same
// run, on one core.
// Usage: OMP_THREAD_LIMIT=1 taskset -c 0 bench_mrz [--per-format N] [--tesseract M]
//        [--seed S] [--sets clean,degraded] [--list 1]
// N pages per format and set (default 1000); Tesseract reads the first M of them (default
// 100: it is two orders of magnitude slower).
// --list 1 prints each page ours got wrong: format, index, and each wrong character with
// its position and field.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>
#include <tesseract/baseapi.h>

#include "bench_stats.hpp"
#include "mws/core/mrz/mrz.hpp"
#include "mws/document/mrz_reader.hpp"
#include "mws/document/mrz_sample_generator.hpp"

namespace {

using mws::core::MrzFormat;
using Corners = std::array<mws::document::MrzPoint, 4>;

const mws::core::CivilDate kToday = *mws::core::CivilDate::make(2026, 11, 21);
constexpr MrzFormat kFormats[] = {MrzFormat::Td1, MrzFormat::Td2, MrzFormat::Td3, MrzFormat::MrvA,
                                  MrzFormat::MrvB};

struct Options {
  int perFormat = 1000;
  int tesseract = 100;
  std::uint32_t seed = 9303;
  bool clean = true;
  bool degraded = true;
  bool list = false;  // print each failing page: format, index, what went wrong and where
};

// What one reader made of one page.
struct Outcome {
  std::vector<std::string> lines;
  bool valid = false;     // every check passed
  std::string failure;    // empty when lines were read
  std::optional<Corners> corners;
  float least = 1.0f;     // the least confident character (ours only)
  bool flagged = false;   // some field low-confidence (ours only)
};

struct Tally {
  int docs = 0, exactDocs = 0, lines = 0, exactLines = 0, validButWrong = 0;
  int silentWrong = 0, flaggedExact = 0;  // valid-but-wrong unflagged; exact but flagged
  std::vector<float> wrongLeast, exactLeast;  // least character confidence, for thresholds
  long chars = 0, charErrors = 0;
  std::vector<double> ms;
  std::vector<double> cpuMs;  // this thread's CPU time: what the page costs, whatever the load
  std::map<std::string, int> failures;
  std::map<std::pair<char, char>, int> confusions;  // (truth, read)
};

int editDistance(const std::string& a, const std::string& b) {
  std::vector<int> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const int up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::string classify(const std::vector<std::string>& truth, const Outcome& got) {
  if (!got.failure.empty()) return got.failure;
  if (got.lines.size() != truth.size()) return "line_count";
  for (std::size_t l = 0; l < truth.size(); ++l) {
    if (got.lines[l].size() != truth[l].size()) return "line_length";
  }
  return "characters";
}

void record(Tally& t, const std::vector<std::string>& truth, const Outcome& got, double ms,
            double cpuMs) {
  ++t.docs;
  t.ms.push_back(ms);
  t.cpuMs.push_back(cpuMs);
  bool exact = got.lines.size() == truth.size();
  for (std::size_t l = 0; l < truth.size(); ++l) {
    const std::string read = l < got.lines.size() ? got.lines[l] : std::string();
    t.chars += static_cast<long>(truth[l].size());
    t.charErrors += std::min<long>(editDistance(truth[l], read), truth[l].size());
    ++t.lines;
    t.exactLines += read == truth[l] ? 1 : 0;
    exact = exact && read == truth[l];
    if (read.size() != truth[l].size()) continue;
    for (std::size_t c = 0; c < read.size(); ++c) {
      if (read[c] != truth[l][c]) ++t.confusions[{truth[l][c], read[c]}];
    }
  }
  t.exactDocs += exact ? 1 : 0;
  t.validButWrong += !exact && got.valid ? 1 : 0;
  t.silentWrong += !exact && got.valid && !got.flagged ? 1 : 0;
  t.flaggedExact += exact && got.flagged ? 1 : 0;
  (exact ? t.exactLeast : t.wrongLeast).push_back(got.valid || exact ? got.least : -1.0f);
  if (!exact) ++t.failures[classify(truth, got)];
}

// The plain Tesseract pipeline: LSTM eng, whitelist, one uniform block of text.
class TesseractBaseline {
public:
  bool init() {
    if (m_api.Init(nullptr, "eng") != 0) return false;
    m_api.SetVariable("tessedit_char_whitelist", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<");
    m_api.SetVariable("user_defined_dpi", "300");
    m_api.SetVariable("debug_file", "/dev/null");
    m_api.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
    return true;
  }
  ~TesseractBaseline() { m_api.End(); }

  Outcome read(const cv::Mat& page, const std::optional<Corners>& band, std::size_t lineCount,
               std::size_t lineLength) {
    const cv::Mat input = band ? upright(page, *band) : page;
    m_api.SetImage(input.data, input.cols, input.rows, 1, static_cast<int>(input.step));
    std::unique_ptr<char[]> text(m_api.GetUTF8Text());
    Outcome got;
    std::istringstream in(text ? text.get() : "");
    for (std::string line; std::getline(in, line);) {
      std::erase(line, ' ');
      if (line.size() * 10 >= lineLength * 7) got.lines.push_back(line);
    }
    if (got.lines.size() > lineCount) got.lines.erase(got.lines.begin(), got.lines.end() - lineCount);
    if (got.lines.empty()) got.failure = "no_lines";
    auto doc = mws::core::parseMrz(got.lines, mws::core::MrzParseOptions{kToday, nullptr});
    got.valid = doc.ok() && doc->valid();
    return got;
  }

private:
  // The band cut out along its corners (clockwise from the MRZ's top left), with a margin.
  static cv::Mat upright(const cv::Mat& page, const Corners& c) {
    const auto at = [&](int i) { return cv::Point2f(float(c[i].x), float(c[i].y)); };
    const float width = float(cv::norm(at(1) - at(0))), height = float(cv::norm(at(3) - at(0)));
    const float m = 0.15f * height;
    const std::vector<cv::Point2f> from{at(0), at(1), at(2), at(3)};
    const std::vector<cv::Point2f> to{{m, m}, {m + width, m}, {m + width, m + height}, {m, m + height}};
    cv::Mat out;
    cv::warpPerspective(page, out, cv::getPerspectiveTransform(from, to),
                        cv::Size(int(width + 2 * m), int(height + 2 * m)), cv::INTER_LINEAR,
                        cv::BORDER_REPLICATE);
    return out;
  }

  tesseract::TessBaseAPI m_api;
};

Outcome readOurs(const mws::document::MrzImageReader& reader, const cv::Mat& page) {
  Outcome got;
  auto reading = reader.read(page, kToday);
  if (!reading) {
    auto reason = reading.error().params.find("reason");
    got.failure = reason == reading.error().params.end() ? reading.error().code : reason->second;
    return got;
  }
  got.lines = reading->lines;
  got.corners = reading->corners;
  got.valid = reading->document.ok() && reading->document->valid();
  got.flagged = reading->lowConfidence;
  for (const auto& line : reading->confidence) {
    for (float c : line) got.least = std::min(got.least, c);
  }
  return got;
}

double threadCpuMs() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// The field of the layout a position belongs to ("check" for a lone check digit).
std::string fieldAt(MrzFormat format, int line, int column) {
  const auto& layout = mws::core::mrzLayout(format);
  for (const auto& f : layout.fields) {
    if (f.line == line && column >= f.start && column < f.start + f.length) return std::string(f.name);
    if (f.line == line && f.checkAt && *f.checkAt == column) return std::string(f.name) + "_check";
  }
  if (layout.compositeAt && layout.compositeAt->line == line && layout.compositeAt->start == column) {
    return "composite_check";
  }
  return "?";
}

void listFailure(bool degraded, MrzFormat format, int index, const std::vector<std::string>& truth,
                 const Outcome& got) {
  bool exact = got.lines == truth;
  if (exact) return;
  std::printf("FAIL %s %s #%d %s valid=%d flagged=%d least=%.2f:", degraded ? "degraded" : "clean",
              std::string(toString(format)).c_str(), index, classify(truth, got).c_str(),
              got.valid ? 1 : 0, got.flagged ? 1 : 0, double(got.least));
  if (got.lines.size() == truth.size()) {
    for (std::size_t l = 0; l < truth.size(); ++l) {
      if (got.lines[l].size() != truth[l].size()) continue;
      for (std::size_t c = 0; c < truth[l].size(); ++c) {
        if (got.lines[l][c] == truth[l][c]) continue;
        std::printf(" %c>%c@%zu.%zu(%s)", truth[l][c], got.lines[l][c], l, c,
                    fieldAt(format, int(l), int(c)).c_str());
      }
    }
  }
  std::printf("\n");
}

struct SetResult {
  std::map<MrzFormat, Tally> ours, tesseract;
};

SetResult runSet(const mws::document::MrzImageReader& reader, TesseractBaseline& baseline,
                 std::shared_ptr<mws::document::OcrbFont> font, bool degraded, const Options& o) {
  mws::document::MrzSampleGenerator generator(std::move(font), o.seed + (degraded ? 1 : 0));
  SetResult result;
  for (MrzFormat format : kFormats) {
    for (int i = 0; i < o.perFormat; ++i) {
      const auto sample = generator.make(format, mws::document::MrzSampleOptions{degraded, 300});
      mws::bench::Stopwatch watch;
      const double cpu = threadCpuMs();
      const Outcome ours = readOurs(reader, sample.image);
      record(result.ours[format], sample.lines, ours, watch.elapsedMs(), threadCpuMs() - cpu);
      if (o.list) listFailure(degraded, format, i, sample.lines, ours);
      if (i >= o.tesseract) continue;
      mws::bench::Stopwatch tessWatch;
      const double tessCpu = threadCpuMs();
      const Outcome tess = baseline.read(sample.image, ours.corners, sample.lines.size(),
                                         sample.lines[0].size());
      record(result.tesseract[format], sample.lines, tess, tessWatch.elapsedMs(),
             threadCpuMs() - tessCpu);
    }
    std::fprintf(stderr, "  %s %s done\n", degraded ? "degraded" : "clean",
                 std::string(toString(format)).c_str());
  }
  return result;
}

Tally merged(const std::map<MrzFormat, Tally>& byFormat) {
  Tally all;
  for (const auto& [format, t] : byFormat) {
    all.docs += t.docs, all.exactDocs += t.exactDocs, all.lines += t.lines;
    all.exactLines += t.exactLines, all.validButWrong += t.validButWrong;
    all.silentWrong += t.silentWrong, all.flaggedExact += t.flaggedExact;
    all.wrongLeast.insert(all.wrongLeast.end(), t.wrongLeast.begin(), t.wrongLeast.end());
    all.exactLeast.insert(all.exactLeast.end(), t.exactLeast.begin(), t.exactLeast.end());
    all.chars += t.chars, all.charErrors += t.charErrors;
    all.ms.insert(all.ms.end(), t.ms.begin(), t.ms.end());
    all.cpuMs.insert(all.cpuMs.end(), t.cpuMs.begin(), t.cpuMs.end());
    for (const auto& [k, v] : t.failures) all.failures[k] += v;
    for (const auto& [k, v] : t.confusions) all.confusions[k] += v;
  }
  return all;
}

double percent(double part, double whole) { return whole > 0 ? 100.0 * part / whole : 0.0; }

void printRow(const char* set, const std::string& format, const char* who, const Tally& t) {
  const auto s = mws::bench::summarise(t.ms);
  const auto cpu = mws::bench::summarise(t.cpuMs);
  std::printf("| %-8s | %-5s | %-9s | %5d | %6.2f %% | %6.2f %% | %6.2f %% | %5d | %8.1f | %8.1f "
              "| %8.1f | %8.1f |\n",
              set, format.c_str(), who, t.docs, percent(t.exactDocs, t.docs),
              percent(t.exactLines, t.lines), 100.0 - percent(double(t.charErrors), double(t.chars)),
              t.validButWrong, s.p50, s.p95, cpu.p50, cpu.p95);
}

// What other thresholds on the least character confidence would flag (valid-but-wrong
// documents left silent / exact documents flagged).
void printThresholds(const Tally& t) {
  std::printf("\n  thresholds:");
  for (float threshold : {0.5f, 0.7f, 0.8f, 0.9f, 0.95f, 0.99f}) {
    const auto under = [&](const std::vector<float>& v, bool below) {
      return std::count_if(v.begin(), v.end(), [&](float c) {
        return c >= 0 && (c < threshold) == below;
      });
    };
    std::printf("  %.2f: silent %ld, flagged exact %ld", double(threshold),
                long(under(t.wrongLeast, false)), long(under(t.exactLeast, true)));
  }
  std::printf("\n");
}

void printDiagnosis(const char* set, const Tally& ours) {
  std::printf("\n%s, ours: failures", set);
  for (const auto& [why, n] : ours.failures) std::printf("  %s %d", why.c_str(), n);
  std::vector<std::pair<int, std::pair<char, char>>> top;
  for (const auto& [pair, n] : ours.confusions) top.push_back({n, pair});
  std::sort(top.rbegin(), top.rend());
  std::printf("\n%s, ours: confusions (truth>read)", set);
  for (std::size_t i = 0; i < std::min<std::size_t>(12, top.size()); ++i) {
    std::printf("  %c>%c %d", top[i].second.first, top[i].second.second, top[i].first);
  }
  std::printf("\n%s, ours: valid but wrong and not flagged low-confidence %d; exact but flagged %d",
              set, ours.silentWrong, ours.flaggedExact);
  printThresholds(ours);
}

void printVerdict(const char* set, const Tally& ours, double target) {
  const double exact = percent(ours.exactDocs, ours.docs);
  const double median = mws::bench::summarise(ours.ms).p50;
  const double cpu = mws::bench::summarise(ours.cpuMs).p50;
  std::printf("%s: documents exact %.2f %% (target >= %.1f %%: %s), median %.1f ms wall "
              "(target <= 20 ms: %s), %.1f ms CPU (%s)\n",
              set, exact, target, exact >= target ? "met" : "MISSED", median,
              median <= 20.0 ? "met" : "MISSED", cpu, cpu <= 20.0 ? "met" : "MISSED");
}

void report(const char* set, const SetResult& r, double target) {
  for (MrzFormat format : kFormats) {
    printRow(set, std::string(toString(format)), "mws", r.ours.at(format));
    if (r.tesseract.contains(format)) {
      printRow(set, std::string(toString(format)), "tesseract", r.tesseract.at(format));
    }
  }
  printRow(set, "all", "mws", merged(r.ours));
  if (!r.tesseract.empty()) printRow(set, "all", "tesseract", merged(r.tesseract));
  printDiagnosis(set, merged(r.ours));
  printVerdict(set, merged(r.ours), target);
  std::fflush(stdout);
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i], value = argv[i + 1];
    if (key == "--per-format") o.perFormat = std::max(1, std::atoi(value.c_str()));
    if (key == "--tesseract") o.tesseract = std::max(0, std::atoi(value.c_str()));
    if (key == "--list") o.list = value != "0";
    if (key == "--seed") o.seed = static_cast<std::uint32_t>(std::strtoul(value.c_str(), nullptr, 10));
    if (key == "--sets") {
      o.clean = value.find("clean") != std::string::npos;
      o.degraded = value.find("degraded") != std::string::npos;
    }
  }
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse(argc, argv);
  cv::setNumThreads(1);
  if (!std::getenv("OMP_THREAD_LIMIT")) std::fprintf(stderr, "bench_mrz: set OMP_THREAD_LIMIT=1\n");
  auto font = mws::document::OcrbFont::load(mws::document::defaultOcrbFontPath());
  auto reader = mws::document::MrzImageReader::create(mws::document::defaultOcrbFontPath());
  if (reader) {  // the classifier's training, once per process: not part of any page's time
    const double startCpu = threadCpuMs();
    mws::bench::Stopwatch startWatch;
    (*reader)->prepare();
    std::printf("reader start-up (classifier training): %.0f ms wall, %.0f ms CPU\n",
                startWatch.elapsedMs(), threadCpuMs() - startCpu);
  }
  TesseractBaseline baseline;
  if (!font || !reader || !baseline.init()) {
    std::fprintf(stderr, "bench_mrz: the OCR-B font or Tesseract's eng data is missing\n");
    return 1;
  }
  std::printf("| set      | fmt   | reader    | pages | doc exact | line exact | char acc | valid-but-wrong | p50 ms | p95 ms | p50 CPU ms | p95 CPU ms |\n");
  std::printf("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
  if (options.clean) report("clean", runSet(**reader, baseline, *font, false, options), 99.5);
  if (options.degraded) report("degraded", runSet(**reader, baseline, *font, true, options), 98.0);
  return 0;
}
