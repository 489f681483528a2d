#include "mws/ui/login_frame.hpp"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/timer.h>

#include "mws/ui/main_frame.hpp"

namespace mws::ui {
namespace {

wxString utf8(const std::string& text) { return wxString::FromUTF8(text.c_str()); }

wxStaticText* heading(wxWindow* parent, const wxString& text, int scale) {
  auto* label = new wxStaticText(parent, wxID_ANY, text);
  wxFont font = label->GetFont();
  font.SetPointSize(font.GetPointSize() + scale);
  font.SetWeight(wxFONTWEIGHT_BOLD);
  label->SetFont(font);
  return label;
}

}  // namespace

LoginFrame::LoginFrame(core::AuthService& auth, const WorkstationInfo& info)
    : wxFrame(nullptr, wxID_ANY, _("Migration Officer Workstation"), wxDefaultPosition,
              wxSize(900, 600)),
      m_presenter(auth, *this) {
  auto* root = new wxPanel(this);
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(heading(root, _("Migration Officer Workstation"), 6), 0, wxALL, 16);
  wxString place = wxString::Format(_("Unit: %s    Counter: %s"),
                                    info.unitCode.empty() ? _("not set") : utf8(info.unitCode),
                                    info.counterName.empty() ? _("not set") : utf8(info.counterName));
  column->Add(new wxStaticText(root, wxID_ANY, place), 0, wxLEFT | wxRIGHT, 16);
  m_book = new wxSimplebook(root);
  m_book->AddPage(buildSignInPage(m_book), "sign-in");
  m_book->AddPage(buildHomePage(m_book), "home");
  column->Add(m_book, 1, wxEXPAND | wxALL, 16);
  root->SetSizer(column);
  CreateStatusBar(2);
  SetStatusText(wxString::Format(_("Database: %s"), utf8(info.databaseLabel)), 0);
  SetStatusText(describeSync({}), 1);
  m_login->SetFocus();
}

wxWindow* LoginFrame::buildSignInPage(wxWindow* parent) {
  auto* page = new wxPanel(parent);
  auto* grid = new wxFlexGridSizer(2, wxSize(12, 10));
  m_login = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, wxSize(280, -1), wxTE_PROCESS_ENTER);
  m_password = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, wxSize(280, -1),
                              wxTE_PASSWORD | wxTE_PROCESS_ENTER);
  grid->Add(new wxStaticText(page, wxID_ANY, _("&Login")), 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(m_login);
  grid->Add(new wxStaticText(page, wxID_ANY, _("&Password")), 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(m_password);
  m_signIn = new wxButton(page, wxID_OK, _("&Sign in"));
  m_signIn->SetDefault();
  m_error = new wxStaticText(page, wxID_ANY, "");
  m_error->SetForegroundColour(wxColour(180, 0, 0));
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(heading(page, _("Sign in"), 3), 0, wxBOTTOM, 12);
  column->Add(grid);
  column->Add(m_signIn, 0, wxTOP, 12);
  column->Add(m_error, 0, wxTOP | wxEXPAND, 12);
  page->SetSizer(column);
  m_signIn->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onSignIn(); });
  m_login->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { m_password->SetFocus(); });
  m_password->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { onSignIn(); });
  return page;
}

wxWindow* LoginFrame::buildHomePage(wxWindow* parent) {
  auto* page = new wxPanel(parent);
  m_welcome = heading(page, "", 2);
  m_signOut = new wxButton(page, wxID_ANY, _("Sign &out"));
  m_signOut->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter.signOut(); });
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(m_welcome, 0, wxBOTTOM, 12);
  column->Add(m_signOut);
  page->SetSizer(column);
  return page;
}

void LoginFrame::onSignIn() {
  m_presenter.signIn(m_login->GetValue().ToStdString(wxConvUTF8),
                     m_password->GetValue().ToStdString(wxConvUTF8));
}

void LoginFrame::showSignedIn(const core::User& user) {
  m_password->Clear();
  m_error->SetLabel("");
  m_welcome->SetLabel(wxString::Format(_("Signed in as %s (%s, unit %s)"), utf8(user.displayName),
                                       utf8(std::string(core::toString(user.role))),
                                       utf8(user.unitCode)));
  m_book->SetSelection(1);
  m_signOut->SetFocus();
  Layout();
}

void LoginFrame::showSignedOut() {
  m_book->SetSelection(0);
  m_login->SetFocus();
}

void LoginFrame::showError(const core::Error& error) {
  m_error->SetLabel(describeError(error));
  m_password->SetFocus();
  m_password->SelectAll();
  GetChildren().front()->Layout();
}

void LoginFrame::showFingerStep(const std::string& finger, const std::string&, const core::Error& error) {
  m_error->SetLabel(error.code.empty() ? wxString::Format(_("Place your finger on the scanner (%s)."), utf8(finger))
                                       : signInErrorWords(error));
  GetChildren().front()->Layout();
}

LoginFrame::~LoginFrame() {
  if (m_syncTimer) m_syncTimer->Stop();
}

void LoginFrame::setSyncSource(presenter::SyncStatusSource* source, int refreshMs) {
  m_sync = source;
  if (!m_syncTimer) {
    m_syncTimer = std::make_unique<wxTimer>(this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { refreshSyncStatus(); }, m_syncTimer->GetId());
  }
  refreshSyncStatus();
  if (m_sync) m_syncTimer->Start(refreshMs);
  else m_syncTimer->Stop();
}

void LoginFrame::refreshSyncStatus() {
  SetStatusText(describeSync(m_sync ? m_sync->summary() : presenter::SyncSummary{}), 1);
}

wxString LoginFrame::syncText() const { return GetStatusBar()->GetStatusText(1); }

wxString LoginFrame::errorText() const { return m_error->GetLabel(); }
wxString LoginFrame::welcomeText() const { return m_welcome->GetLabel(); }
bool LoginFrame::isSignedInPageShown() const { return m_book->GetSelection() == 1; }

}  // namespace mws::ui
