#pragma once
// Printing receipts through the system's print dialog (wxWidgets' printing framework: on
// Linux GTK's dialog, its printers and "Print to File"). The core's ReceiptRenderer draws the
// page as an image at printer resolution off the GUI thread, while a progress dialog the
// officer can cancel keeps the window alive; ReceiptPrintout then draws that image scaled to
// the paper on the printer's (or the preview's) DC.

#include <wx/image.h>
#include <wx/print.h>

#include <optional>
#include <string>
#include <vector>

#include "mws/core/domain/ports/receipt_renderer.hpp"

class wxWindow;

namespace mws::ui {

// The resolution receipts are rendered at for printing: office laser printers print at 300
// or 600 dpi, and 300 dpi keeps the 8 pt labels and the QR code's modules sharp.
constexpr double kReceiptPrintDpi = 300;

// Pages rendered beforehand, drawn one per printed page, centred and scaled to fit the paper.
class ReceiptPrintout : public wxPrintout {
 public:
  ReceiptPrintout(const wxString& title, std::vector<core::RasterPage> pages);

  bool OnPrintPage(int page) override;
  bool HasPage(int page) override;
  void GetPageInfo(int* minPage, int* maxPage, int* pageFrom, int* pageTo) override;

 private:
  const wxImage& image(int index);  // decoded from the page's PNG once

  std::vector<core::RasterPage> m_pages;
  std::vector<wxImage> m_images;
};

// Renders the receipt's pages at `dpi` on a worker thread; the GUI keeps handling events and,
// when it takes longer than a moment, shows a progress dialog with Cancel. nullopt when the
// officer cancelled (the render is abandoned), the renderer's error when it failed.
core::Result<std::optional<std::vector<core::RasterPage>>> renderReceiptPages(
    wxWindow* parent, core::ReceiptRenderer& renderer, const core::ReceiptData& data,
    double dpi = kReceiptPrintDpi);

enum class PrintOutcome { Printed, Cancelled };

// Renders the receipt, then prints it through the system's print dialog (the officer picks
// the printer, copies, or a file). "print.printer_failed" when the system could not print.
// `settings` (may be null) start the dialog, and with `prompt` false are used without it.
core::Result<PrintOutcome> printReceipt(wxWindow* parent, core::ReceiptRenderer& renderer,
                                        const core::ReceiptData& data,
                                        wxPrintDialogData* settings = nullptr, bool prompt = true);

// Renders the receipt and shows it in wxWidgets' print preview window (zoom, pages, and a
// Print button that opens the same dialog). Cancelled when the officer cancelled rendering.
core::Result<PrintOutcome> previewReceipt(wxWindow* parent, core::ReceiptRenderer& renderer,
                                          const core::ReceiptData& data);

}  // namespace mws::ui
