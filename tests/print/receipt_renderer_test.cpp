// Receipts and certificates in the four print languages, read back from the PDF with
// poppler's tools: valid one-page A4, the case id, the provisional band and the Cyrillic name
// in the text, the portrait embedded, and the QR code decoding to the case id (ZXing).
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "mws/document/barcode_reader.hpp"
#include "mws/print/cairo_receipt_renderer.hpp"
#include "mws/print/receipt_labels.hpp"
#include "mws/test/pg_cluster.hpp"

using namespace mws;
using core::PrintLanguage;
using core::ReceiptData;

namespace {

const std::string kCaseId = "3f2b8c1e-9a4d-4e7b-8c21-5d6f7a8b9c0d";

std::string portraitJpeg() {
  cv::Mat image(450, 350, CV_8UC3, cv::Scalar(200, 120, 40));
  cv::circle(image, {175, 200}, 110, cv::Scalar(150, 180, 220), cv::FILLED);
  std::vector<unsigned char> bytes;
  cv::imencode(".jpg", image, bytes);
  return {bytes.begin(), bytes.end()};
}

ReceiptData sample(PrintLanguage language, ReceiptData::Kind kind) {
  ReceiptData d;
  d.kind = kind;
  d.language = language;
  d.caseId = kCaseId;
  d.service = core::ServiceCode::StayRegistration;
  d.state = kind == ReceiptData::Kind::Certificate ? core::CaseState::Approved : core::CaseState::Submitted;
  d.unitCode = "TSH-01";
  d.unitName = "Toshkent sh., Chilonzor tumani";
  d.personNameLatin = "KARIMOVA NODIRA";
  d.personNameCyrillic = "Каримова Нодира";
  d.birthDate = *core::CivilDate::parse("1992-04-17");
  d.documentNumber = "N12345678";
  d.filedOn = *core::CivilDate::parse("2026-11-21");
  d.fee.lines = {{"base", 50, 20600, false, ""}, {"e_signature", 100, 0, true, "FEE-ESIG"}};
  d.fee.totalBcuHundredths = 50;
  d.fee.totalSom = 20600;
  d.fee.bcuValueSom = 412000;
  d.details = {{"Address", "Bunyodkor 12, 45"}, {"Period", "21.11.2026 – 28.11.2026"}};
  d.photoJpeg = portraitJpeg();
  d.provisional = true;
  d.officerName = "O. Aliyev";
  return d;
}

std::string run(const std::string& command) {
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  BOOST_REQUIRE_MESSAGE(pipe, "cannot run " + command);
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  BOOST_REQUIRE_MESSAGE(pclose(pipe) == 0, command + " failed: " + output);
  return output;
}

// A field of pdfinfo's output ("Pages:          1" -> "1").
std::string infoField(const std::string& info, const std::string& name) {
  const auto at = info.find("\n" + name + ":");
  if (at == std::string::npos) return {};
  const auto start = info.find_first_not_of(' ', at + name.size() + 2);
  return info.substr(start, info.find('\n', start) - start);
}

std::filesystem::path write(const std::string& name, const std::string& pdf) {
  const auto path = test::outputDir() / name;
  std::ofstream(path, std::ios::binary) << pdf;
  return path;
}

std::string render(const ReceiptData& data) {
  print::CairoReceiptRenderer renderer;
  auto pdf = renderer.renderPdf(data);
  BOOST_REQUIRE_MESSAGE(pdf.ok(), (pdf.ok() ? std::string() : pdf.error().code));
  BOOST_TEST(pdf->rfind("%PDF-", 0) == 0);
  return *pdf;
}

// The codes ZXing finds on the page rasterised at 150 dpi.
std::vector<std::string> qrTexts(const std::filesystem::path& pdf) {
  const auto png = pdf.parent_path() / (pdf.stem().string() + "-page");
  run(std::string(MWS_PDFTOPPM) + " -r 150 -png -singlefile '" + pdf.string() + "' '" + png.string() + "'");
  cv::Mat page = cv::imread(png.string() + ".png", cv::IMREAD_GRAYSCALE);
  BOOST_REQUIRE(!page.empty());
  auto codes = document::readBarcodes(page);
  BOOST_REQUIRE_MESSAGE(codes.ok(), (codes.ok() ? std::string() : codes.error().code));
  std::vector<std::string> texts;
  for (const auto& c : *codes) texts.push_back(c.text);
  return texts;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(receipt_renderer)

BOOST_AUTO_TEST_CASE(receipts_and_certificates_in_every_language_read_back_from_the_pdf) {
  for (PrintLanguage language : {PrintLanguage::UzLatn, PrintLanguage::UzCyrl, PrintLanguage::Ru, PrintLanguage::En}) {
    for (auto kind : {ReceiptData::Kind::Receipt, ReceiptData::Kind::Certificate}) {
      const bool certificate = kind == ReceiptData::Kind::Certificate;
      const std::string name = std::string(certificate ? "certificate-" : "receipt-") +
                               std::string(print::languageTag(language)) + ".pdf";
      BOOST_TEST_CONTEXT(name) {
        const auto file = write(name, render(sample(language, kind)));
        const std::string info = run(std::string(MWS_PDFINFO) + " '" + file.string() + "'");
        BOOST_TEST(infoField(info, "Pages") == "1");
        BOOST_TEST(infoField(info, "Page size") == "595.28 x 841.89 pts (A4)");
        const std::string text = run(std::string(MWS_PDFTOTEXT) + " '" + file.string() + "' -");
        const auto& labels = print::labelsFor(language);
        BOOST_TEST(text.find(kCaseId) != std::string::npos, text);
        BOOST_TEST(text.find(std::string(labels.provisional)) != std::string::npos, text);
        BOOST_TEST(text.find("Каримова Нодира") != std::string::npos, text);
        BOOST_TEST(text.find("KARIMOVA NODIRA") != std::string::npos);
        BOOST_TEST(text.find("20 600") != std::string::npos);
        BOOST_TEST(text.find(std::string(print::feeItemName("base", language))) != std::string::npos);
        BOOST_TEST(text.find("O. Aliyev") != std::string::npos);
        const auto title = certificate ? labels.certificateTitle : labels.receiptTitle;
        BOOST_TEST(text.find(std::string(title)) != std::string::npos, text);
        BOOST_TEST(text.find(std::string(print::serviceName(core::ServiceCode::StayRegistration, language))) !=
                   std::string::npos);
        const std::string images = run(std::string(MWS_PDFIMAGES) + " -list '" + file.string() + "'");
        BOOST_TEST(images.find(" jpeg ") != std::string::npos, images);  // the portrait, as it came
        const auto codes = qrTexts(file);
        BOOST_TEST((std::find(codes.begin(), codes.end(), kCaseId) != codes.end()),
                   "the QR code does not carry the case id");
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(a_confirmed_case_has_no_provisional_band_and_no_photo_means_no_image) {
  auto data = sample(PrintLanguage::Ru, ReceiptData::Kind::Certificate);
  data.provisional = false;
  data.photoJpeg.clear();
  const auto file = write("certificate-confirmed-ru.pdf", render(data));
  const std::string text = run(std::string(MWS_PDFTOTEXT) + " '" + file.string() + "' -");
  BOOST_TEST(text.find("ПРЕДВАРИТЕЛЬНО") == std::string::npos, text);
  BOOST_TEST(text.find(std::string(print::labelsFor(PrintLanguage::Ru).noPhoto)) != std::string::npos);
  BOOST_TEST(text.find("одобрено") != std::string::npos);
  const std::string images = run(std::string(MWS_PDFIMAGES) + " -list '" + file.string() + "'");
  BOOST_TEST(images.find("image") == std::string::npos, images);
}

BOOST_AUTO_TEST_CASE(a_photo_that_is_no_image_is_refused) {
  auto data = sample(PrintLanguage::En, ReceiptData::Kind::Receipt);
  data.photoJpeg = "this is not a JPEG";
  print::CairoReceiptRenderer renderer;
  BOOST_TEST(renderer.renderPdf(data).error().code == "print.bad_photo");
}

BOOST_AUTO_TEST_CASE(a_portrait_claiming_a_huge_size_is_refused_before_decoding) {
  // 311 bytes whose header says 30000 x 30000 pixels (OpenCV would allocate ~900 MB).
  std::ifstream file(std::string(MWS_SOURCE_DIR) + "/tests/fuzz/seeds/image/bomb_30000x30000.jpg",
                     std::ios::binary);
  const std::string bomb{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
  BOOST_REQUIRE_EQUAL(bomb.size(), 311u);
  auto data = sample(PrintLanguage::En, ReceiptData::Kind::Receipt);
  data.photoJpeg = bomb;
  print::CairoReceiptRenderer renderer;
  auto refused = renderer.renderPdf(data);
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "image.too_large");
  BOOST_TEST(renderer.renderPages(data, 300).error().code == "image.too_large");
}

// The page the print dialog prints: the same layout as the PDF, as an A4 image at the dpi asked.
cv::Mat rasterPage(const ReceiptData& data, double dpi) {
  print::CairoReceiptRenderer renderer;
  auto pages = renderer.renderPages(data, dpi);
  BOOST_REQUIRE_MESSAGE(pages.ok(), (pages.ok() ? std::string() : pages.error().code));
  BOOST_REQUIRE_EQUAL(pages->size(), 1u);
  const core::RasterPage& page = pages->front();
  BOOST_TEST(page.dpi == dpi);
  BOOST_TEST(std::abs(page.widthMm - 210) < 0.1);
  BOOST_TEST(std::abs(page.heightMm - 297) < 0.1);
  std::vector<unsigned char> bytes(page.png.begin(), page.png.end());
  cv::Mat image = cv::imdecode(bytes, cv::IMREAD_COLOR);
  BOOST_REQUIRE(!image.empty());
  BOOST_TEST(image.cols == page.widthPx);
  BOOST_TEST(image.rows == page.heightPx);
  return image;
}

// Pixels of the provisional band's red (0.80, 0.16, 0.10) in the top third of the page.
int bandPixels(const cv::Mat& page) {
  cv::Mat top = page(cv::Rect(0, 0, page.cols, page.rows / 3)), mask;
  cv::inRange(top, cv::Scalar(10, 25, 190), cv::Scalar(40, 60, 220), mask);
  return cv::countNonZero(mask);
}

BOOST_AUTO_TEST_CASE(the_printed_page_is_the_pdfs_page_as_an_image_at_the_printers_dpi) {
  auto data = sample(PrintLanguage::UzCyrl, ReceiptData::Kind::Receipt);
  const cv::Mat page = rasterPage(data, 150);
  BOOST_TEST(page.cols == 1240);  // A4 at 150 dpi
  BOOST_TEST(page.rows == 1754);
  cv::imwrite((test::outputDir() / "raster-receipt-uz-cyrl-150dpi.png").string(), page);
  // The band is there (28 pt high across the content width: about 1150 x 58 pixels).
  BOOST_TEST(bandPixels(page) > 40000);
  // The QR code on the image decodes to the case id.
  cv::Mat gray;
  cv::cvtColor(page, gray, cv::COLOR_BGR2GRAY);
  auto codes = document::readBarcodes(gray);
  BOOST_REQUIRE(codes.ok());
  bool found = false;
  for (const auto& code : *codes) found = found || code.text == kCaseId;
  BOOST_TEST(found, "the printed QR code does not carry the case id");
  // And it matches the PDF page rasterised by poppler at the same dpi: the same layout.
  const auto pdf = write("raster-compare.pdf", render(data));
  const auto png = test::outputDir() / "raster-compare-poppler";
  run(std::string(MWS_PDFTOPPM) + " -r 150 -png -singlefile '" + pdf.string() + "' '" + png.string() + "'");
  cv::Mat poppler = cv::imread(png.string() + ".png", cv::IMREAD_COLOR);
  BOOST_REQUIRE(std::abs(poppler.cols - page.cols) <= 2 && std::abs(poppler.rows - page.rows) <= 2);
  cv::resize(poppler, poppler, page.size(), 0, 0, cv::INTER_AREA);  // poppler rounds the size up
  cv::Mat a, b, diff;
  cv::GaussianBlur(page, a, cv::Size(5, 5), 0);
  cv::GaussianBlur(poppler, b, cv::Size(5, 5), 0);
  cv::absdiff(a, b, diff);
  const double meanDiff = cv::mean(diff)[0];
  BOOST_TEST(meanDiff < 4.0, "the printed page differs from the PDF's: mean difference " << meanDiff);
}

BOOST_AUTO_TEST_CASE(a_confirmed_case_prints_without_the_band_and_bad_resolutions_are_refused) {
  auto data = sample(PrintLanguage::Ru, ReceiptData::Kind::Receipt);
  data.provisional = false;
  BOOST_TEST(bandPixels(rasterPage(data, 100)) == 0);
  print::CairoReceiptRenderer renderer;
  for (double dpi : {0.0, 71.0, 1201.0, -300.0}) {
    auto pages = renderer.renderPages(data, dpi);
    BOOST_REQUIRE(!pages.ok());
    BOOST_TEST(pages.error().code == "print.bad_dpi");
  }
  data.photoJpeg = "not an image";
  BOOST_TEST(renderer.renderPages(data, 300).error().code == "print.bad_photo");
}

BOOST_AUTO_TEST_CASE(the_label_tables_cover_every_service_state_and_language_tag) {
  for (PrintLanguage language : {PrintLanguage::UzLatn, PrintLanguage::UzCyrl, PrintLanguage::Ru, PrintLanguage::En}) {
    BOOST_TEST((print::parseLanguageTag(print::languageTag(language)) == language));
    for (core::ServiceCode s : core::kAllServices) BOOST_TEST(!print::serviceName(s, language).empty());
    BOOST_TEST(!print::stateName(core::CaseState::Cancelled, language).empty());
  }
  BOOST_TEST(print::serviceName(core::ServiceCode::IdCard, PrintLanguage::UzCyrl) == "ID-карта олиш учун ариза");
  BOOST_TEST(!print::parseLanguageTag("de").has_value());
  BOOST_TEST(print::feeItemName("base", PrintLanguage::Ru) == "Государственная пошлина");
  BOOST_TEST(print::feeItemName("stamp_duty", PrintLanguage::En) == "stamp_duty");
}

BOOST_AUTO_TEST_SUITE_END()
