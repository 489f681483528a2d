#pragma once
#include <wx/statusbr.h>
#include <wx/tooltip.h>

#include <vector>

#include "mws/presenter/shell_presenter.hpp"

class wxStaticText;

namespace mws::ui {

class DeviceStatusBar : public wxStatusBar {
public:
  explicit DeviceStatusBar(wxWindow* parent);
  void show(const std::vector<presenter::DeviceStatus>& states);
  wxString text(presenter::DeviceKind device) const;
  wxString tip(presenter::DeviceKind device) const;

  // Whether the field shows its whole label (false when the window is too narrow for all of
  // them and the label ends in "..."; the tooltip then starts with the whole label).
  bool fits(presenter::DeviceKind device) const;

private:
  void fitWidths();
  void place();
  std::vector<wxStaticText*> m_fields;  // camera, scanner, reader, database, sync
  std::vector<wxString> m_advice;       // each field's tooltip advice
  std::vector<int> m_needed;            // each label's width in pixels, padding included
  std::vector<int> m_given;             // the width its field got
};

}  // namespace mws::ui
