// The status bar: a message field, then one field per device with its state in a few words
// and a tooltip that says what is wrong and what to do. Each device field is as wide as its
// words (Russian and Uzbek words are long); when the window is too narrow for all of them, the
// widest give way first and end in "...", with the whole label in their tooltip.
#include "device_status_bar.hpp"

#include <wx/intl.h>
#include <wx/stattext.h>

#include <algorithm>
#include <numeric>

#include "flow_words.hpp"

namespace mws::ui {

using presenter::DeviceKind;
using presenter::Health;

namespace {

constexpr int kPadding = 14;      // field borders and a little air around the words
constexpr int kMinMessage = 140;  // the message field keeps at least this much
constexpr int kFrame = 24;        // the size grip and the gaps between fields

// The widths (water-filling): every field gets what it needs when the sum fits `room`,
// otherwise the widest ones are cut to one common width so the sum is `room`.
std::vector<int> share(const std::vector<int>& needed, int room) {
  if (std::accumulate(needed.begin(), needed.end(), 0) <= room) return needed;
  std::vector<int> sorted = needed;
  std::sort(sorted.begin(), sorted.end());
  int left = std::max(room, 0), cap = 0;
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    const int fair = left / static_cast<int>(sorted.size() - i);
    if (sorted[i] > fair) {
      cap = fair;
      break;
    }
    left -= sorted[i];
  }
  std::vector<int> widths;
  for (int n : needed) widths.push_back(std::min(n, cap));
  return widths;
}

}  // namespace

DeviceStatusBar::DeviceStatusBar(wxWindow* parent) : wxStatusBar(parent, wxID_ANY) {
  const int widths[] = {-1, 80, 80, 80, 80, 80};
  SetFieldsCount(6, widths);
  for (int i = 0; i < 5; ++i) {
    auto* text = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                                  wxST_NO_AUTORESIZE | wxST_ELLIPSIZE_END);
    text->SetName(wxString::Format("device_%d", i));
    m_fields.push_back(text);
  }
  m_advice.resize(m_fields.size());
  m_needed.assign(m_fields.size(), 80);
  m_given = m_needed;
  Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    fitWidths();
    event.Skip();
  });
}

void DeviceStatusBar::fitWidths() {
  const int room = GetClientSize().x - kMinMessage - kFrame;
  m_given = share(m_needed, room);
  std::vector<int> widths{-1};
  widths.insert(widths.end(), m_given.begin(), m_given.end());
  SetStatusWidths(static_cast<int>(widths.size()), widths.data());
  for (std::size_t i = 0; i < m_fields.size(); ++i) {
    const wxString whole = m_fields[i]->GetLabel();
    m_fields[i]->SetToolTip(fits(static_cast<DeviceKind>(i)) ? m_advice[i] : whole + "\n" + m_advice[i]);
  }
  place();
}

bool DeviceStatusBar::fits(DeviceKind device) const {
  const auto i = static_cast<std::size_t>(device);
  return m_given[i] >= m_needed[i];
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
    m_advice[i] = tip;
    m_needed[i] = m_fields[i]->GetTextExtent(label).x + kPadding;
    m_fields[i]->SetForegroundColour(state.health == Health::Error     ? wxColour(180, 0, 0)
                                     : state.health == Health::Warning ? wxColour(160, 100, 0)
                                     : state.health == Health::Ok      ? wxColour(0, 110, 0)
                                                                       : wxColour(90, 90, 90));
  }
  fitWidths();
}

wxString DeviceStatusBar::text(DeviceKind device) const {
  return m_fields[static_cast<std::size_t>(device)]->GetLabel();
}

wxString DeviceStatusBar::tip(DeviceKind device) const {
  wxToolTip* tip = m_fields[static_cast<std::size_t>(device)]->GetToolTip();
  return tip ? tip->GetTip() : wxString();
}

}  // namespace mws::ui
