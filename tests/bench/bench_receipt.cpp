// Receipt render time: the whole CairoReceiptRenderer::renderPdf (portrait decode, layout of
// Latin and Cyrillic text by pango, QR code, PDF with embedded fonts) per language, then the
// page the print dialog prints: CairoReceiptRenderer::renderPages at printer resolutions (the
// same layout onto an A4 image, encoded as PNG), which the UI does off the GUI thread.
// Usage: bench_receipt [RUNS]   (50 by default; the raster rows run RUNS / 5, at least 5)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "bench_stats.hpp"
#include "mws/print/cairo_receipt_renderer.hpp"
#include "mws/print/receipt_labels.hpp"

using namespace mws;

namespace {

// A 600 x 800 JPEG, the size of a captured 35 x 45 portrait token.
std::string portrait() {
  cv::Mat image(800, 600, CV_8UC3);
  cv::randu(image, cv::Scalar::all(60), cv::Scalar::all(200));
  cv::GaussianBlur(image, image, cv::Size(9, 9), 0);
  std::vector<unsigned char> bytes;
  cv::imencode(".jpg", image, bytes, {cv::IMWRITE_JPEG_QUALITY, 90});
  return {bytes.begin(), bytes.end()};
}

core::ReceiptData receipt(core::PrintLanguage language, const std::string& photo) {
  core::ReceiptData d;
  d.language = language;
  d.caseId = "3f2b8c1e-9a4d-4e7b-8c21-5d6f7a8b9c0d";
  d.unitCode = "TSH-01";
  d.unitName = "Toshkent sh., Chilonzor tumani";
  d.personNameLatin = "KARIMOVA NODIRA";
  d.personNameCyrillic = "Каримова Нодира";
  d.birthDate = *core::CivilDate::parse("1992-04-17");
  d.documentNumber = "N12345678";
  d.filedOn = *core::CivilDate::parse("2026-11-21");
  d.fee.lines = {{"base", 5, 20600, false, ""}};
  d.fee.totalBcuHundredths = 5;
  d.fee.totalSom = 20600;
  d.details = {{"address", "TK-CHI, 45, 12, TK, Bunyodkor"}, {"period", "2026-11-21, 2026-11-28"}};
  d.photoJpeg = photo;
  d.officerName = "O. Aliyev";
  return d;
}

}  // namespace

int main(int argc, char** argv) {
  cv::setNumThreads(1);
  const int runs = argc > 1 ? std::atoi(argv[1]) : 50;
  const std::string photo = portrait();
  print::CairoReceiptRenderer renderer;
  std::vector<bench::TableRow> rows;
  for (auto language : {core::PrintLanguage::UzLatn, core::PrintLanguage::UzCyrl,
                        core::PrintLanguage::Ru, core::PrintLanguage::En}) {
    const auto data = receipt(language, photo);
    if (!renderer.renderPdf(data).ok()) return 1;  // warm-up: fontconfig, pango caches
    std::vector<double> samples;
    std::size_t bytes = 0;
    for (int i = 0; i < runs; ++i) {
      bench::Stopwatch watch;
      auto pdf = renderer.renderPdf(data);
      samples.push_back(watch.elapsedMs());
      if (!pdf.ok()) return 1;
      bytes = pdf->size();
    }
    rows.push_back({"receipt, " + std::string(print::languageTag(language)), bench::summarise(samples),
                    std::to_string(bytes / 1024) + " KiB", "", ""});
  }
  const auto data = receipt(core::PrintLanguage::Ru, photo);
  for (double dpi : {150.0, 300.0, 600.0}) {
    std::vector<double> samples;
    std::size_t bytes = 0;
    for (int i = 0; i < std::max(5, runs / 5); ++i) {
      bench::Stopwatch watch;
      auto pages = renderer.renderPages(data, dpi);
      samples.push_back(watch.elapsedMs());
      if (!pages.ok()) return 1;
      bytes = pages->front().png.size();
    }
    char measure[64];
    std::snprintf(measure, sizeof measure, "print page, ru, %.0f dpi", dpi);
    rows.push_back({measure, bench::summarise(samples), std::to_string(bytes / 1024) + " KiB PNG", "", ""});
  }
  bench::printTable(rows);
  return 0;
}
