// The photo and fingerprint steps: the live preview with the guidance overlay and the
// auto-capture, and the per-finger status board. The devices run on their own threads; a
// timer on the GUI thread reads their latest state.
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dcbuffer.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/mstream.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "flow_words.hpp"
#include "mws/peripherals/fingerprint_types.hpp"
#include "mws/ui/new_case_panel.hpp"

namespace mws::ui {

using presenter::FlowStep;

namespace {

constexpr int kCaptureTickMs = 66;

wxImage toImage(const peripherals::Frame& frame) {
  wxImage image(frame.width, frame.height, false);
  unsigned char* out = image.GetData();
  for (int y = 0; y < frame.height; ++y) {
    const std::uint8_t* row = frame.row(y);
    for (int x = 0; x < frame.width; ++x, out += 3) {
      if (frame.format == peripherals::PixelFormat::Gray8) {
        out[0] = out[1] = out[2] = row[x];
      } else {
        out[0] = row[3 * x + 2];
        out[1] = row[3 * x + 1];
        out[2] = row[3 * x];
      }
    }
  }
  return image;
}

// The camera picture with the face box and the 35×45 portrait box drawn over it.
class PreviewPanel : public wxPanel {
public:
  explicit PreviewPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxSize(480, 360)) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetName("photoPreview");
    Bind(wxEVT_PAINT, &PreviewPanel::onPaint, this);
  }
  void show(const presenter::PortraitPreview& preview) {
    m_preview = preview;
    m_image = preview.frame ? toImage(*preview.frame) : wxImage();
    Refresh(false);
  }
  void showStill(const wxImage& image) {
    m_preview = {};
    m_image = image;
    Refresh(false);
  }

private:
  void onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(*wxBLACK_BRUSH);
    dc.Clear();
    if (!m_image.IsOk()) return;
    const wxSize size = GetClientSize();
    const double scale = std::min(double(size.x) / m_image.GetWidth(), double(size.y) / m_image.GetHeight());
    const int w = int(m_image.GetWidth() * scale), h = int(m_image.GetHeight() * scale);
    dc.DrawBitmap(wxBitmap(m_image.Scale(w, h)), 0, 0);
    dc.SetBrush(*wxTRANSPARENT_BRUSH);
    auto box = [&](const std::optional<presenter::PreviewBox>& b, const wxColour& colour) {
      if (!b) return;
      dc.SetPen(wxPen(colour, 2));
      dc.DrawRectangle(int(b->x * scale), int(b->y * scale), int(b->width * scale), int(b->height * scale));
    };
    const bool ready = !m_preview.guidance.empty() && m_preview.guidance.front() == "ready";
    box(m_preview.face, ready ? wxColour(0, 200, 0) : wxColour(230, 160, 0));
    box(m_preview.crop, wxColour(255, 255, 255));
  }

  presenter::PortraitPreview m_preview;
  wxImage m_image;
};

}  // namespace

void NewCasePanel::fillPhotoPage() {
  wxPanel* page = m_pages[FlowStep::Photo];
  page->DestroyChildren();
  auto* preview = new PreviewPanel(page);
  m_preview = preview;
  m_captureStatus = new wxStaticText(page, wxID_ANY, "");
  m_captureStatus->SetName("photoGuidance");
  auto* retake = new wxButton(page, wxID_ANY, _("&Retake the photo"));
  retake->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (!m_options.portraits) return;
    m_options.portraits->retake();
    m_options.portraits->start([] {});
    m_captureTimer.Start(kCaptureTickMs);
  });
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(new wxStaticText(page, wxID_ANY, _("Photo: the person looks into the camera; it is taken by itself.")), 0, wxBOTTOM, 6);
  column->Add(preview, 0, wxBOTTOM, 6);
  column->Add(m_captureStatus, 0, wxBOTTOM, 6);
  column->Add(retake);
  page->SetSizer(column);
  page->Layout();
  if (!m_options.portraits) {
    m_captureStatus->SetLabel(_("No camera is configured on this workstation: call IT support."));
    return;
  }
  if (!m_flow->state().photoSha256.empty()) {
    m_captureStatus->SetLabel(_("The photo is taken. Enter goes on; Retake takes another."));
    return;
  }
  auto started = m_options.portraits->start([] {});
  if (!started) {
    m_captureStatus->SetLabel(flow_words::error(started.error()));
    return;
  }
  m_captureTimer.Start(kCaptureTickMs);
}

void NewCasePanel::fillFingerprintPage() {
  wxPanel* page = m_pages[FlowStep::Fingerprints];
  page->DestroyChildren();
  m_fingerLabels.clear();
  auto* grid = new wxGridSizer(2, 5, wxSize(8, 8));
  for (std::string_view name : peripherals::kFingerNames) {
    auto* label = new wxStaticText(page, wxID_ANY, flow_words::finger(std::string(name)) + "\n" +
                                                       flow_words::fingerStatus("pending"),
                                   wxDefaultPosition, wxSize(130, 54), wxALIGN_CENTRE_HORIZONTAL | wxBORDER_SIMPLE);
    label->SetName(wxString("finger_") + std::string(name));
    m_fingerLabels.push_back(label);
    grid->Add(label, 0, wxEXPAND);
  }
  m_captureStatus = new wxStaticText(page, wxID_ANY, "");
  m_captureStatus->SetName("fingerPrompt");
  // A finger that cannot be scanned (amputated, bandaged, unreadable) is declared instead.
  auto* finger = new wxChoice(page, wxID_ANY);
  finger->SetName("exceptionFinger");
  for (std::string_view name : peripherals::kFingerNames) finger->Append(flow_words::finger(std::string(name)));
  finger->SetSelection(0);
  const std::vector<std::string> kinds{"amputated", "bandaged", "unreadable"};
  auto* kind = new wxChoice(page, wxID_ANY);
  kind->SetName("exceptionKind");
  for (const auto& k : kinds) kind->Append(flow_words::choice(k));
  kind->SetSelection(0);
  auto* declare = new wxButton(page, wxID_ANY, _("&Declare the exception"));
  declare->SetName("declareException");
  declare->Bind(wxEVT_BUTTON, [this, finger, kind, kinds](wxCommandEvent&) {
    if (!m_options.tenPrints) return;
    const std::string name(peripherals::kFingerNames[static_cast<std::size_t>(finger->GetSelection())]);
    auto declared = m_options.tenPrints->declareException(name, kinds[static_cast<std::size_t>(kind->GetSelection())]);
    if (!declared) {
      m_captureStatus->SetLabel(flow_words::error(declared.error()));
      return;
    }
    m_options.tenPrints->start([] {});  // the other fingers go on
    m_captureTimer.Start(kCaptureTickMs * 3);
  });
  auto* exceptions = new wxBoxSizer(wxHORIZONTAL);
  exceptions->Add(new wxStaticText(page, wxID_ANY, _("No print possible:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  exceptions->Add(finger, 0, wxRIGHT, 6);
  exceptions->Add(kind, 0, wxRIGHT, 6);
  exceptions->Add(declare);
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(new wxStaticText(page, wxID_ANY, _("Fingerprints: each finger in turn on the scanner.")), 0, wxBOTTOM, 6);
  column->Add(grid, 0, wxBOTTOM, 8);
  column->Add(m_captureStatus, 0, wxBOTTOM, 12);
  column->Add(exceptions);
  page->SetSizer(column);
  page->Layout();
  if (!m_options.tenPrints) {
    m_captureStatus->SetLabel(_("No fingerprint scanner is configured on this workstation: call IT support."));
    return;
  }
  if (!m_flow->state().fingerprintSha256.empty()) {
    m_captureStatus->SetLabel(_("The fingerprints are taken. Enter goes on."));
    return;
  }
  m_options.tenPrints->reset();
  auto started = m_options.tenPrints->start([] {});
  if (!started) {
    m_captureStatus->SetLabel(flow_words::error(started.error()));
    return;
  }
  m_captureTimer.Start(kCaptureTickMs * 3);
}

void NewCasePanel::onCaptureTick() {
  if (m_flow->step() == FlowStep::Photo && m_options.portraits) {
    if (auto taken = m_options.portraits->captured()) {
      m_captureTimer.Stop();
      m_options.portraits->stop();
      auto stored = m_flow->takePortrait(*taken);
      wxMemoryInputStream jpeg(taken->jpeg.data(), taken->jpeg.size());
      wxImage still(jpeg, wxBITMAP_TYPE_JPEG);
      if (still.IsOk()) static_cast<PreviewPanel*>(m_preview)->showStill(still);
      m_captureStatus->SetLabel(stored ? _("The photo is taken. Enter goes on; Retake takes another.")
                                       : flow_words::error(stored.error()));
      return;
    }
    if (auto preview = m_options.portraits->preview()) {
      static_cast<PreviewPanel*>(m_preview)->show(*preview);
      wxString words;
      for (const auto& code : preview->guidance) words += (words.empty() ? "" : "; ") + flow_words::guidance(code);
      m_captureStatus->SetLabel(words + wxString::Format("  (%d/%d)", preview->passingRun, preview->runNeeded));
    }
    return;
  }
  if (m_flow->step() == FlowStep::Fingerprints && m_options.tenPrints) {
    const auto board = m_options.tenPrints->board();
    for (std::size_t i = 0; i < board.size() && i < m_fingerLabels.size(); ++i) {
      const auto& f = board[i];
      wxString text = flow_words::finger(f.finger) + "\n" + flow_words::fingerStatus(f.status);
      if (f.status == "captured") text += wxString::Format(" %.0f", f.quality);
      if (f.status == "exception") text += ": " + flow_words::choice(f.exception);
      m_fingerLabels[i]->SetLabel(text);
      m_fingerLabels[i]->SetBackgroundColour(f.status == "captured" ? wxColour(200, 240, 200)
                                             : f.current           ? wxColour(255, 240, 180)
                                             : f.status == "failed" ? wxColour(250, 200, 200)
                                             : f.status == "exception" ? wxColour(225, 225, 240)
                                                                    : wxNullColour);
    }
    const std::string error = m_options.tenPrints->lastError();
    if (m_options.tenPrints->complete()) {
      m_captureTimer.Stop();
      auto result = m_options.tenPrints->result();
      auto stored = result ? m_flow->takeFingerprints(*result) : core::Status(result.error());
      m_captureStatus->SetLabel(stored ? _("All fingers are done. Enter goes on.") : flow_words::error(stored.error()));
    } else if (!error.empty()) {
      m_captureStatus->SetLabel(flow_words::error(core::makeError(error)));
    } else {
      const std::string prompt = m_options.tenPrints->prompt();
      m_captureStatus->SetLabel(prompt == "remove_finger" ? _("Lift the finger")
                                : prompt == "retry"       ? _("Again, please: press the finger flat")
                                                          : _("Place the finger on the scanner"));
    }
  }
}

}  // namespace mws::ui
