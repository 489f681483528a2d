#include "image_view.hpp"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/display.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/log.h>
#include <wx/mstream.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>

#include <algorithm>
#include <cmath>

namespace mws::ui {
namespace {

wxImage decoded(const std::string& bytes) {
  wxImage image;
  if (bytes.empty()) return image;
  wxLogNull quiet;  // a broken image is reported by the caller, not in a log window
  wxMemoryInputStream stream(bytes.data(), bytes.size());
  image.LoadFile(stream, wxBITMAP_TYPE_ANY);
  return image;
}

}  // namespace

wxBitmap fittedBitmap(const std::string& bytes, int width, int height) {
  wxImage image = decoded(bytes);
  if (!image.IsOk()) return wxBitmap();
  const double scale = std::min(static_cast<double>(width) / image.GetWidth(),
                                static_cast<double>(height) / image.GetHeight());
  image.Rescale(std::max(1, static_cast<int>(std::lround(image.GetWidth() * scale))),
                std::max(1, static_cast<int>(std::lround(image.GetHeight() * scale))), wxIMAGE_QUALITY_HIGH);
  return wxBitmap(image);
}

void showImageDialog(wxWindow* parent, const std::string& bytes, const wxString& title) {
  const wxImage image = decoded(bytes);
  if (!image.IsOk()) return;
  const int index = wxDisplay::GetFromWindow(parent);
  const wxRect screen = wxDisplay(index == wxNOT_FOUND ? 0u : static_cast<unsigned>(index)).GetClientArea();
  const int boxW = std::min(image.GetWidth(), screen.width - 80);
  const int boxH = std::min(image.GetHeight(), screen.height - 140);
  wxDialog dialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE);
  dialog.SetName("imageDialog");
  auto* picture = new wxStaticBitmap(&dialog, wxID_ANY, fittedBitmap(bytes, boxW, boxH));
  picture->SetName("imageDialogPicture");
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(picture, 0, wxALL, 8);
  column->Add(new wxButton(&dialog, wxID_CANCEL, _("&Close")), 0, wxALIGN_RIGHT | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  dialog.SetEscapeId(wxID_CANCEL);
  dialog.SetSizerAndFit(column);
  dialog.CentreOnParent();
  dialog.ShowModal();
}

}  // namespace mws::ui
