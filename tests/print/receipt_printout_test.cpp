// Printing a receipt through wxWidgets' printing framework under Xvfb: the printout drawn on
// a memory DC as a printer's DC (A4, and Letter scaled to fit) is the receipt's page, pixel
// for pixel; and the officer's Cancel on the progress dialog stops a slow render while the
// window keeps handling events.
#include <boost/test/unit_test.hpp>
#include <wx/dcmemory.h>
#include <wx/eventfilter.h>
#include <wx/frame.h>
#include <wx/progdlg.h>

#include <atomic>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <thread>

#include "mws/document/barcode_reader.hpp"
#include "mws/print/cairo_receipt_renderer.hpp"
#include "mws/test/pg_cluster.hpp"
#include "mws/test/wx_fixture.hpp"
#include "mws/ui/receipt_printing.hpp"

using namespace mws;
using core::ReceiptData;

namespace {

const std::string kCaseId = "5d1c9e2a-7b3f-4a61-9c0e-2f4b6d8a1e37";

ReceiptData sample() {
  ReceiptData d;
  d.language = core::PrintLanguage::Ru;
  d.caseId = kCaseId;
  d.unitCode = "TSH-01";
  d.unitName = "Toshkent sh., Chilonzor tumani";
  d.personNameLatin = "KARIMOV ALISHER";
  d.personNameCyrillic = "Каримов Алишер";
  d.birthDate = *core::CivilDate::parse("1990-03-15");
  d.documentNumber = "N12345678";
  d.filedOn = *core::CivilDate::parse("2026-11-21");
  d.fee.lines = {{"base", 50, 20600, false, ""}};
  d.fee.totalBcuHundredths = 50;
  d.fee.totalSom = 20600;
  d.provisional = true;
  d.officerName = "O. Aliyev";
  return d;
}

cv::Mat decodePng(const std::string& png) {
  std::vector<unsigned char> bytes(png.begin(), png.end());
  return cv::imdecode(bytes, cv::IMREAD_COLOR);
}

cv::Mat toMat(const wxImage& image) {
  cv::Mat rgb(image.GetHeight(), image.GetWidth(), CV_8UC3, image.GetData()), bgr;
  cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
  return bgr;
}

// Mean absolute difference after a small blur (resampling moves edges by a pixel).
double difference(const cv::Mat& a, const cv::Mat& b) {
  cv::Mat x, y, diff;
  cv::GaussianBlur(a, x, cv::Size(5, 5), 0);
  cv::GaussianBlur(b, y, cv::Size(5, 5), 0);
  cv::absdiff(x, y, diff);
  const cv::Scalar mean = cv::mean(diff);
  return (mean[0] + mean[1] + mean[2]) / 3;
}

int bandPixels(const cv::Mat& page) {
  cv::Mat top = page(cv::Rect(0, 0, page.cols, page.rows / 3)), mask;
  cv::inRange(top, cv::Scalar(0, 15, 180), cv::Scalar(60, 70, 230), mask);
  return cv::countNonZero(mask);
}

bool hasCaseQr(const cv::Mat& page) {
  cv::Mat gray;
  cv::cvtColor(page, gray, cv::COLOR_BGR2GRAY);
  auto codes = document::readBarcodes(gray);
  if (!codes) return false;
  for (const auto& code : *codes) {
    if (code.text == kCaseId) return true;
  }
  return false;
}

core::RasterPage renderAt(double dpi) {
  print::CairoReceiptRenderer renderer;
  auto pages = renderer.renderPages(sample(), dpi);
  BOOST_REQUIRE(pages.ok());
  return pages->front();
}

// Draws page 1 of the printout on a white memory DC of `paper` pixels, as a printer's DC.
cv::Mat printOnMemory(ui::ReceiptPrintout& printout, wxSize paper, int ppi) {
  wxBitmap bitmap(paper.x, paper.y, 24);
  wxMemoryDC dc(bitmap);
  dc.SetBackground(*wxWHITE_BRUSH);
  dc.Clear();
  printout.SetDC(&dc);
  printout.SetPPIScreen(96, 96);
  printout.SetPPIPrinter(ppi, ppi);
  printout.SetPageSizePixels(paper.x, paper.y);
  printout.SetPaperRectPixels(wxRect(wxPoint(0, 0), paper));
  printout.SetPageSizeMM(paper.x * 254 / (ppi * 10), paper.y * 254 / (ppi * 10));
  BOOST_REQUIRE(printout.HasPage(1));
  BOOST_REQUIRE(!printout.HasPage(2));
  BOOST_REQUIRE(printout.OnPrintPage(1));
  dc.SelectObject(wxNullBitmap);
  printout.SetDC(nullptr);
  return toMat(bitmap.ConvertToImage()).clone();
}

// A renderer that takes its time until told to stop (the officer's Cancel).
class SlowRenderer : public core::ReceiptRenderer {
 public:
  std::atomic<bool> stop{false};
  core::Result<std::string> renderPdf(const ReceiptData&) override { return core::makeError("print.failed"); }
  core::Result<std::vector<core::RasterPage>> renderPages(const ReceiptData& data, double dpi) override {
    for (int i = 0; i < 500 && !stop; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return print::CairoReceiptRenderer().renderPages(data, dpi);
  }
};

// Presses Cancel on the progress dialog once it has been shown and handled a few events.
class CancelProgress : public wxEventFilter {
 public:
  explicit CancelProgress(SlowRenderer& renderer) : m_renderer(renderer) { wxEvtHandler::AddFilter(this); }
  ~CancelProgress() override { wxEvtHandler::RemoveFilter(this); }
  int FilterEvent(wxEvent& event) override {
    auto* window = wxDynamicCast(event.GetEventObject(), wxWindow);
    auto* dialog = window ? wxDynamicCast(wxGetTopLevelParent(window), wxGenericProgressDialog) : nullptr;
    if (dialog == nullptr || m_pressed) return Event_Skip;
    if (++m_seen < 5) return Event_Skip;
    m_pressed = true;
    m_message = dialog->GetMessage().utf8_string();
    wxCommandEvent cancel(wxEVT_BUTTON, wxID_CANCEL);
    cancel.SetEventObject(dialog);
    dialog->GetEventHandler()->ProcessEvent(cancel);
    m_renderer.stop = true;
    return Event_Skip;
  }
  int seen() const { return m_seen; }
  bool pressed() const { return m_pressed; }
  const std::string& message() const { return m_message; }

 private:
  SlowRenderer& m_renderer;
  int m_seen = 0;
  bool m_pressed = false;
  std::string m_message;
};

struct PrintFixture : test::WxFixture {
  wxFrame* frame = nullptr;
  PrintFixture() {
    frame = new wxFrame(nullptr, wxID_ANY, "print test", wxDefaultPosition, wxSize(400, 300));
    frame->Show();
    pump(50);
  }
  ~PrintFixture() {
    frame->Destroy();
    pump(50);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(receipt_printout, PrintFixture)

BOOST_AUTO_TEST_CASE(the_printout_draws_the_receipts_page_on_the_printers_dc) {
  const core::RasterPage page = renderAt(100);  // A4 at 100 dpi: 827 x 1169
  const cv::Mat expected = decodePng(page.png);
  ui::ReceiptPrintout printout("receipt", {page});
  int minPage = 0, maxPage = 0, from = 0, to = 0;
  printout.GetPageInfo(&minPage, &maxPage, &from, &to);
  BOOST_TEST((minPage == 1 && maxPage == 1 && from == 1 && to == 1));
  // A4 paper at the page's own resolution: pixel for pixel.
  const cv::Mat a4 = printOnMemory(printout, wxSize(expected.cols, expected.rows), 100);
  cv::imwrite((test::outputDir() / "printout-a4-100dpi.png").string(), a4);
  BOOST_TEST(difference(a4, expected) < 1.0);
  BOOST_TEST(bandPixels(a4) > 15000);
  BOOST_TEST(hasCaseQr(a4));
  // US Letter at 150 dpi (1275 x 1650): the A4 page scaled to fit, centred, still readable.
  const cv::Mat letter = printOnMemory(printout, wxSize(1275, 1650), 150);
  cv::imwrite((test::outputDir() / "printout-letter-150dpi.png").string(), letter);
  const double scale = 1650.0 / expected.rows;
  cv::Mat scaled;
  cv::resize(expected, scaled, cv::Size(), scale, scale, cv::INTER_LINEAR);
  const int left = (1275 - scaled.cols) / 2;
  BOOST_REQUIRE(left > 0);
  BOOST_TEST(difference(letter(cv::Rect(left, 0, scaled.cols, scaled.rows)), scaled) < 3.0);
  BOOST_TEST(cv::mean(letter(cv::Rect(0, 0, left - 2, 1650)))[0] > 254.0);  // white beside it
  BOOST_TEST(hasCaseQr(letter));
}

BOOST_AUTO_TEST_CASE(the_preview_window_shows_the_receipt_with_a_print_button) {
  print::CairoReceiptRenderer renderer;
  auto shown = ui::previewReceipt(frame, renderer, sample());
  BOOST_REQUIRE(shown.ok());
  BOOST_TEST((*shown == ui::PrintOutcome::Printed));
  auto* preview = dynamic_cast<wxPreviewFrame*>(wxWindow::FindWindowByName("receiptPreview"));
  BOOST_REQUIRE(preview);
  preview->SetSize(wxSize(700, 900));
  pump(500);
  const auto shot = cv::imread(test::saveScreenshot(preview, "receipt-preview").string(), cv::IMREAD_COLOR);
  BOOST_REQUIRE(!shot.empty());
  cv::Mat mask;  // the provisional band's red, drawn by the preview from the printout
  cv::inRange(shot, cv::Scalar(0, 15, 180), cv::Scalar(60, 70, 230), mask);
  BOOST_TEST(cv::countNonZero(mask) > 2000);
  preview->Close(true);
  pump(100);
}

BOOST_AUTO_TEST_CASE(cancel_on_the_progress_dialog_stops_a_slow_render_and_the_window_lives_on) {
  SlowRenderer renderer;
  CancelProgress cancel(renderer);
  const auto started = std::chrono::steady_clock::now();
  auto pages = ui::renderReceiptPages(frame, renderer, sample(), 150);
  const auto waited = std::chrono::steady_clock::now() - started;
  BOOST_REQUIRE(pages.ok());
  BOOST_TEST(!pages->has_value(), "a cancelled render gives no pages");
  BOOST_TEST(cancel.pressed());
  BOOST_TEST(cancel.seen() >= 5);  // the GUI handled events while the render ran
  BOOST_TEST(cancel.message() == "Preparing the receipt for the printer...");
  BOOST_TEST(std::chrono::duration_cast<std::chrono::milliseconds>(waited).count() < 4000);
  // Without Cancel the same slow render finishes and gives its page.
  renderer.stop = true;
  auto finished = ui::renderReceiptPages(frame, renderer, sample(), 100);
  BOOST_REQUIRE(finished.ok());
  BOOST_REQUIRE(finished->has_value());
  BOOST_TEST((*finished)->size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
