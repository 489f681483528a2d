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

private:
  void place();
  std::vector<wxStaticText*> m_fields;  // camera, scanner, reader, database, sync
};

}  // namespace mws::ui
