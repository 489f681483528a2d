// The status bar: a message field, then one field per device with its state in a few words
// and a tooltip that says what is wrong and what to do.
#include "device_status_bar.hpp"

#include <wx/intl.h>
#include <wx/stattext.h>

#include "flow_words.hpp"

namespace mws::ui {

using presenter::DeviceKind;
using presenter::Health;

DeviceStatusBar::DeviceStatusBar(wxWindow* parent) : wxStatusBar(parent, wxID_ANY) {
  const int widths[] = {-2, -1, -1, -1, -1, -2};
  SetFieldsCount(6, widths);
  for (int i = 0; i < 5; ++i) {
    auto* text = new wxStaticText(this, wxID_ANY, "");
    text->SetName(wxString::Format("device_%d", i));
    m_fields.push_back(text);
  }
  Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    place();
    event.Skip();
  });
}

void DeviceStatusBar::place() {
  for (std::size_t i = 0; i < m_fields.size(); ++i) {
    wxRect rect;
    if (GetFieldRect(static_cast<int>(i) + 1, rect)) {
      m_fields[i]->SetSize(rect.Deflate(2, 1));
    }
  }
}

void DeviceStatusBar::show(const std::vector<presenter::DeviceStatus>& states) {
  for (const auto& state : states) {
    const auto i = static_cast<std::size_t>(state.device);
    if (i >= m_fields.size()) continue;
    const wxString label = flow_words::deviceLabel(state);
    const wxString tip = flow_words::deviceAdvice(state);
    if (m_fields[i]->GetLabel() != label) m_fields[i]->SetLabel(label);
    m_fields[i]->SetToolTip(tip);
    m_fields[i]->SetForegroundColour(state.health == Health::Error     ? wxColour(180, 0, 0)
                                     : state.health == Health::Warning ? wxColour(160, 100, 0)
                                     : state.health == Health::Ok      ? wxColour(0, 110, 0)
                                                                       : wxColour(90, 90, 90));
  }
  place();
}

wxString DeviceStatusBar::text(DeviceKind device) const {
  return m_fields[static_cast<std::size_t>(device)]->GetLabel();
}

wxString DeviceStatusBar::tip(DeviceKind device) const {
  wxToolTip* tip = m_fields[static_cast<std::size_t>(device)]->GetToolTip();
  return tip ? tip->GetTip() : wxString();
}

}  // namespace mws::ui
