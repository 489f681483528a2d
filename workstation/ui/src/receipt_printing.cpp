#include "mws/ui/receipt_printing.hpp"

#include <wx/bitmap.h>
#include <wx/dc.h>
#include <wx/intl.h>
#include <wx/mstream.h>
#include <wx/progdlg.h>
#include <wx/window.h>

#include <chrono>
#include <future>
#include <memory>
#include <thread>

namespace mws::ui {

namespace {

using Pages = std::vector<core::RasterPage>;

void ensurePngHandler() {
  if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
}

// A render on its own thread; the destructor waits for it (a cancelled render is dropped,
// never left running past the objects it reads).
class RenderJob {
 public:
  RenderJob(core::ReceiptRenderer& renderer, const core::ReceiptData& data, double dpi)
      : m_data(data) {
    std::packaged_task<core::Result<Pages>()> task(
        [&renderer, this, dpi] { return renderer.renderPages(m_data, dpi); });
    m_result = task.get_future();
    m_thread = std::thread(std::move(task));
  }
  ~RenderJob() {
    if (m_thread.joinable()) m_thread.join();
  }
  RenderJob(const RenderJob&) = delete;
  RenderJob& operator=(const RenderJob&) = delete;

  bool waitFor(std::chrono::milliseconds time) { return m_result.wait_for(time) == std::future_status::ready; }
  core::Result<Pages> take() { return m_result.get(); }

 private:
  core::ReceiptData m_data;
  std::future<core::Result<Pages>> m_result;
  std::thread m_thread;
};

// Waits on the GUI thread until the job is done, pulsing a progress dialog (with Cancel) once
// it takes longer than a moment. False when the officer cancelled.
bool waitWithProgress(wxWindow* parent, RenderJob& job) {
  if (job.waitFor(std::chrono::milliseconds(150))) return true;
  wxProgressDialog progress(_("Printing"), _("Preparing the receipt for the printer..."), 100, parent,
                            wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME);
  while (!job.waitFor(std::chrono::milliseconds(40))) {
    if (!progress.Pulse()) return false;  // Pulse handles the GUI's events meanwhile
  }
  return true;
}

}  // namespace

ReceiptPrintout::ReceiptPrintout(const wxString& title, std::vector<core::RasterPage> pages)
    : wxPrintout(title), m_pages(std::move(pages)), m_images(m_pages.size()) {
  ensurePngHandler();
}

const wxImage& ReceiptPrintout::image(int index) {
  wxImage& decoded = m_images[static_cast<std::size_t>(index)];
  if (!decoded.IsOk()) {
    const std::string& png = m_pages[static_cast<std::size_t>(index)].png;
    wxMemoryInputStream in(png.data(), png.size());
    decoded.LoadFile(in, wxBITMAP_TYPE_PNG);
  }
  return decoded;
}

bool ReceiptPrintout::OnPrintPage(int page) {
  wxDC* dc = GetDC();
  if (dc == nullptr || !HasPage(page)) return false;
  const wxImage& picture = image(page - 1);
  if (!picture.IsOk()) return false;
  const wxSize size = picture.GetSize();
  FitThisSizeToPaper(size);  // the page image already holds the receipt's margins
  const wxRect paper = GetLogicalPaperRect();
  dc->DrawBitmap(wxBitmap(picture), paper.x + (paper.width - size.x) / 2,
                 paper.y + (paper.height - size.y) / 2);
  return true;
}

bool ReceiptPrintout::HasPage(int page) { return page >= 1 && page <= static_cast<int>(m_pages.size()); }

void ReceiptPrintout::GetPageInfo(int* minPage, int* maxPage, int* pageFrom, int* pageTo) {
  *minPage = *pageFrom = 1;
  *maxPage = *pageTo = static_cast<int>(m_pages.size());
}

core::Result<std::optional<Pages>> renderReceiptPages(wxWindow* parent, core::ReceiptRenderer& renderer,
                                                      const core::ReceiptData& data, double dpi) {
  RenderJob job(renderer, data, dpi);
  if (!waitWithProgress(parent, job)) return std::optional<Pages>();
  auto pages = job.take();
  if (!pages) return pages.error();
  return std::optional<Pages>(std::move(*pages));
}

namespace {

wxString titleOf(const core::ReceiptData& data) { return "receipt-" + wxString(data.caseId.substr(0, 8)); }

}  // namespace

core::Result<PrintOutcome> printReceipt(wxWindow* parent, core::ReceiptRenderer& renderer,
                                        const core::ReceiptData& data, wxPrintDialogData* settings,
                                        bool prompt) {
  auto pages = renderReceiptPages(parent, renderer, data);
  if (!pages) return pages.error();
  if (!*pages) return PrintOutcome::Cancelled;
  ReceiptPrintout printout(titleOf(data), std::move(**pages));
  wxPrintDialogData defaults;
  wxPrinter printer(settings ? settings : &defaults);
  if (printer.Print(parent, &printout, prompt)) return PrintOutcome::Printed;
  if (wxPrinter::GetLastError() == wxPRINTER_CANCELLED) return PrintOutcome::Cancelled;
  return core::makeError("print.printer_failed", "the system's printing failed");
}

core::Result<PrintOutcome> previewReceipt(wxWindow* parent, core::ReceiptRenderer& renderer,
                                          const core::ReceiptData& data) {
  auto pages = renderReceiptPages(parent, renderer, data);
  if (!pages) return pages.error();
  if (!*pages) return PrintOutcome::Cancelled;
  auto* shown = new ReceiptPrintout(titleOf(data), **pages);  // one for the screen, one for its Print
  auto* printed = new ReceiptPrintout(titleOf(data), std::move(**pages));
  auto* preview = new wxPrintPreview(shown, printed);
  if (!preview->IsOk()) {
    delete preview;
    return core::makeError("print.printer_failed", "the print preview could not be made");
  }
  auto* frame = new wxPreviewFrame(preview, parent, _("Receipt preview"), wxDefaultPosition, wxSize(800, 900));
  frame->SetName("receiptPreview");
  frame->Initialize();
  frame->Show();
  return PrintOutcome::Printed;
}

}  // namespace mws::ui
