// The sign-in's second step for an account that requires its finger: "place your finger"
// with which finger and what the scanner says, a mismatch or a timeout in words, Enter to
// scan again, Esc back to the password. The scan runs on the presenter's worker; its news
// reaches this page through CallAfter.
#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "flow_words.hpp"
#include "mws/ui/login_frame.hpp"
#include "mws/ui/main_frame.hpp"

namespace mws::ui {

namespace {

wxString fingerPromptWords(const std::string& prompt) {
  if (prompt == "place_finger") return _("Waiting for the finger on the scanner…");
  if (prompt == "remove_finger") return _("Read. Lift the finger.");
  if (prompt == "retry") return _("The scanner could not read it: place the finger again, flat and in the middle.");
  return {};
}

}  // namespace

// The sign-in's words for the second factor's codes; the rest as everywhere.
wxString signInErrorWords(const core::Error& error) {
  const std::string& code = error.code;
  if (code == "auth.finger_mismatch") return _("This is not the finger enrolled for this account. Enter tries again.");
  if (code == "auth.finger_no_scanner")
    return _("This account needs its finger, but no fingerprint scanner is set up here. Call IT support.");
  if (code == "auth.finger_not_pending") return _("Too much time passed: enter the password again.");
  if (code == "auth.finger_not_enrolled" || code == "auth.finger_corrupt")
    return _("The finger of this account cannot be checked; ask your unit administrator to enrol it again.");
  if (code == "auth.locked") return _("Too many failed sign-ins: the account is locked for a while, or until an administrator unlocks it.");
  if (code == "fingerprint.timeout") return _("No finger was placed in time. Enter tries again.");
  if (code == "fingerprint.disconnected" || code == "fingerprint.not_found")
    return _("The fingerprint scanner is not connected. Plug it in, then press Enter.");
  if (code.rfind("fingerprint.", 0) == 0) return _("The scanner failed. Enter tries again; Esc goes back.");
  return describeError(error);
}

void MainFrame::fillFingerPage() {
  auto* title = new wxStaticText(m_fingerPage, wxID_ANY, _("Place your finger on the scanner"));
  wxFont font = title->GetFont();
  font.SetPointSize(font.GetPointSize() + 6);
  font.SetWeight(wxFONTWEIGHT_BOLD);
  title->SetFont(font);
  m_fingerWhich = new wxStaticText(m_fingerPage, wxID_ANY, "");
  m_fingerWhich->SetName("fingerWhich");
  wxFont which = m_fingerWhich->GetFont();
  which.SetPointSize(which.GetPointSize() + 3);
  m_fingerWhich->SetFont(which);
  m_fingerStatus = new wxStaticText(m_fingerPage, wxID_ANY, "");
  m_fingerStatus->SetName("fingerStatus");
  m_fingerError = new wxStaticText(m_fingerPage, wxID_ANY, "");
  m_fingerError->SetName("fingerError");
  m_fingerError->SetForegroundColour(wxColour(180, 0, 0));
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(title, 0, wxBOTTOM, 16);
  column->Add(m_fingerWhich, 0, wxBOTTOM, 12);
  column->Add(m_fingerStatus, 0, wxBOTTOM, 12);
  column->Add(m_fingerError, 0, wxBOTTOM | wxEXPAND, 16);
  column->Add(new wxStaticText(m_fingerPage, wxID_ANY, _("Enter: scan again    Esc: back to the password")));
  auto* outer = new wxBoxSizer(wxVERTICAL);
  outer->Add(column, 1, wxALL, 48);
  m_fingerPage->SetSizer(outer);
  m_fingerPage->Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
    if (event.GetKeyCode() == WXK_ESCAPE) return m_presenter.cancelFinger();
    if (event.GetKeyCode() == WXK_RETURN || event.GetKeyCode() == WXK_NUMPAD_ENTER) return m_presenter.retryFinger();
    event.Skip();
  });
}

void MainFrame::showFingerStep(const std::string& finger, const std::string& prompt, const core::Error& error) {
  if (!m_fingerWhich) fillFingerPage();
  m_fingerWhich->SetLabel(wxString::Format(_("Finger: %s"), flow_words::finger(finger)));
  m_fingerStatus->SetLabel(fingerPromptWords(prompt));
  m_fingerError->SetLabel(error.code.empty() ? wxString() : signInErrorWords(error));
  m_error->SetLabel("");
  m_password->Clear();
  if (m_book->GetSelection() != 3) m_book->SetSelection(3);
  m_fingerPage->SetFocus();
  m_fingerPage->Layout();
}

bool MainFrame::isFingerStepShown() const { return m_book->GetSelection() == 3; }
wxString MainFrame::fingerText() const {
  if (!m_fingerWhich) return {};
  return m_fingerWhich->GetLabel() + "\n" + m_fingerStatus->GetLabel() + "\n" + m_fingerError->GetLabel();
}

}  // namespace mws::ui
