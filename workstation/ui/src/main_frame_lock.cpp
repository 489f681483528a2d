// The idle lock: every key and click counts as activity; after the configured minutes the
// shell is hidden behind a page asking for the same officer's password. The shell (and the
// flow on it) stays as it was underneath.
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "flow_words.hpp"
#include "mws/ui/login_frame.hpp"
#include "mws/ui/main_frame.hpp"

namespace mws::ui {

int MainFrame::FilterEvent(wxEvent& event) {
  const wxEventType type = event.GetEventType();
  if (type == wxEVT_KEY_DOWN || type == wxEVT_LEFT_DOWN || type == wxEVT_RIGHT_DOWN ||
      type == wxEVT_MOUSEWHEEL) {
    m_idle.activity(presenter::IdleLock::Clock::now());
  }
  return Event_Skip;
}

void MainFrame::onIdleTick() {
  if (m_user && !isLocked() && m_idle.shouldLock(presenter::IdleLock::Clock::now())) lockNow();
}

bool MainFrame::isLocked() const { return m_book->GetSelection() == 2; }

void MainFrame::lockNow() {
  if (!m_user) return;
  if (m_newCase) m_newCase->saveDraftNow();
  fillLockPage();
  m_book->SetSelection(2);
  m_unlock->SetFocus();
}

void MainFrame::fillLockPage() {
  m_lockPage->DestroyChildren();
  auto* title = new wxStaticText(m_lockPage, wxID_ANY,
                                 wxString::Format(_("Locked. %s, enter your password to go on."),
                                                  wxString::FromUTF8(m_user->displayName.c_str())));
  wxFont font = title->GetFont();
  font.SetPointSize(font.GetPointSize() + 4);
  font.SetWeight(wxFONTWEIGHT_BOLD);
  title->SetFont(font);
  m_unlock = new wxTextCtrl(m_lockPage, wxID_ANY, "", wxDefaultPosition, wxSize(280, -1),
                            wxTE_PASSWORD | wxTE_PROCESS_ENTER);
  m_unlock->SetName("unlockPassword");
  m_unlock->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { onUnlock(); });
  auto* open = new wxButton(m_lockPage, wxID_ANY, _("&Unlock"));
  open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onUnlock(); });
  auto* out = new wxButton(m_lockPage, wxID_ANY, _("Sign &out instead"));
  out->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { signOut(); });
  m_unlockError = new wxStaticText(m_lockPage, wxID_ANY, "");
  m_unlockError->SetForegroundColour(wxColour(180, 0, 0));
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(m_unlock, 0, wxRIGHT, 8);
  row->Add(open, 0, wxRIGHT, 8);
  row->Add(out);
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(title, 0, wxBOTTOM, 16);
  column->Add(new wxStaticText(m_lockPage, wxID_ANY, _("&Password")), 0, wxBOTTOM, 4);
  column->Add(row);
  column->Add(m_unlockError, 0, wxTOP, 12);
  auto* outer = new wxBoxSizer(wxVERTICAL);
  outer->Add(column, 1, wxALL, 48);
  m_lockPage->SetSizer(outer);
  m_lockPage->Layout();
}

void MainFrame::onUnlock() {
  auto opened = presenter::unlockAs(*m_services.auth, *m_user, "", m_unlock->GetValue().ToStdString(wxConvUTF8));
  m_unlock->Clear();
  if (!opened) {
    m_unlockError->SetLabel(describeError(opened.error()));
    m_lockPage->Layout();
    return;
  }
  m_idle.unlocked(presenter::IdleLock::Clock::now());
  m_book->SetSelection(1);
  if (auto p = currentPage()) showPage(*p);
}

}  // namespace mws::ui
