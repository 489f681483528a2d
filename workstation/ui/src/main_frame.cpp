#include "mws/ui/main_frame.hpp"

#include <wx/accel.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/panel.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "case_words.hpp"
#include "device_status_bar.hpp"
#include "flow_words.hpp"
#include "mws/ui/language.hpp"
#include "mws/ui/login_frame.hpp"
#include "mws/ui/panels.hpp"

namespace mws::ui {

using presenter::ShellPage;

namespace {

constexpr int kPageKeyBase = wxID_HIGHEST + 100;  // +0…+4: pages
constexpr int kSignOutKey = wxID_HIGHEST + 110;
constexpr int kLockKey = wxID_HIGHEST + 111;
constexpr int kSyncKey = wxID_HIGHEST + 112;

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

MainFrame::MainFrame(presenter::Services& services, MainFrameOptions options)
    : wxFrame(nullptr, wxID_ANY, _("Migration Officer Workstation"), wxDefaultPosition, wxSize(1180, 760)),
      m_services(services),
      m_options(std::move(options)),
      m_presenter(*services.auth, *this),
      m_devices(services),
      m_idle(m_options.idleLockMinutes),
      m_idleTimer(this),
      m_deviceTimer(this),
      m_syncTimer(this) {
  SetName("mainFrame");
  auto* root = new wxPanel(this);
  m_book = new wxSimplebook(root);
  m_signInPage = new wxPanel(m_book);
  m_shellPage = new wxPanel(m_book);
  m_lockPage = new wxPanel(m_book);
  m_book->AddPage(m_signInPage, "");
  m_book->AddPage(m_shellPage, "");
  m_book->AddPage(m_lockPage, "");
  m_fingerPage = new wxPanel(m_book);
  m_book->AddPage(m_fingerPage, "");
  m_presenter.setFingerVerifier(services.fingerVerifier, [this](std::function<void()> task) { CallAfter(std::move(task)); });
  m_presenter.setPreferences(services.preferences);
  if (auto remembered = m_presenter.rememberedLanguage()) {
    for (Language language : availableLanguages()) {
      if (*remembered == catalogueName(language)) setLanguage(language);
    }
  }
  m_presenter.chooseLanguage(catalogueName(currentLanguage()));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(m_book, 1, wxEXPAND);
  root->SetSizer(sizer);
  m_statusBar = new DeviceStatusBar(this);
  SetStatusBar(m_statusBar);
  fillSignInPage();
  bindKeys();
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { onIdleTick(); }, m_idleTimer.GetId());
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { refreshDevices(); }, m_deviceTimer.GetId());
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { showSyncProgress(); }, m_syncTimer.GetId());
  m_idleTimer.Start(1000);
  m_deviceTimer.Start(m_options.statusRefreshMs);
  refreshDevices();
  wxEvtHandler::AddFilter(this);
  m_login->SetFocus();
}

MainFrame::~MainFrame() {
  wxEvtHandler::RemoveFilter(this);
  m_idleTimer.Stop();
  m_deviceTimer.Stop();
  m_syncTimer.Stop();
  if (m_newCase) m_newCase->saveDraftNow();
}

void MainFrame::fillSignInPage() {
  const wxString typed = m_login ? m_login->GetValue() : wxString();
  m_signInPage->DestroyChildren();
  auto* page = m_signInPage;
  m_language = new wxChoice(page, wxID_ANY);
  m_language->SetName("languageChoice");
  const auto languages = availableLanguages();
  for (Language language : languages) m_language->Append(languageName(language));
  for (std::size_t i = 0; i < languages.size(); ++i) {
    if (languages[i] == currentLanguage()) m_language->SetSelection(static_cast<int>(i));
  }
  m_language->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { CallAfter([this] { onLanguage(); }); });
  m_login = new wxTextCtrl(page, wxID_ANY, typed, wxDefaultPosition, wxSize(280, -1));
  m_login->SetName("login");
  m_password = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, wxSize(280, -1), wxTE_PASSWORD);
  m_password->SetName("password");
  auto* grid = new wxFlexGridSizer(2, wxSize(12, 10));
  grid->Add(new wxStaticText(page, wxID_ANY, _("&Language")), 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(m_language);
  grid->Add(new wxStaticText(page, wxID_ANY, _("&Login")), 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(m_login);
  grid->Add(new wxStaticText(page, wxID_ANY, _("&Password")), 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(m_password);
  auto* signIn = new wxButton(page, wxID_OK, _("&Sign in"));
  signIn->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onSignIn(); });
  m_error = new wxStaticText(page, wxID_ANY, "");
  m_error->SetName("signInError");
  m_error->SetForegroundColour(wxColour(180, 0, 0));
  const auto& place = m_services.workplace;
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(heading(page, _("Migration Officer Workstation"), 6), 0, wxBOTTOM, 8);
  column->Add(new wxStaticText(page, wxID_ANY, wxString::Format(_("Unit: %s    Counter: %s"),
                                                                place.unitCode.empty() ? _("not set") : utf8(place.unitCode),
                                                                place.counterName.empty() ? _("not set") : utf8(place.counterName))),
              0, wxBOTTOM, 16);
  column->Add(heading(page, _("Sign in"), 3), 0, wxBOTTOM, 12);
  column->Add(grid);
  column->Add(signIn, 0, wxTOP, 12);
  column->Add(m_error, 0, wxTOP | wxEXPAND, 12);
  auto* outer = new wxBoxSizer(wxVERTICAL);
  outer->Add(column, 1, wxALL, 32);
  page->SetSizer(outer);
  page->Layout();
  page->Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
    const bool enter = event.GetKeyCode() == WXK_RETURN || event.GetKeyCode() == WXK_NUMPAD_ENTER;
    if (enter && FindFocus() == m_login) return m_password->SetFocus();
    if (enter && FindFocus() == m_password) return onSignIn();
    event.Skip();
  });
  SetTitle(_("Migration Officer Workstation"));
}

void MainFrame::onLanguage() {
  const auto languages = availableLanguages();
  const int selected = m_language->GetSelection();
  if (selected == wxNOT_FOUND) return;
  setLanguage(languages[static_cast<std::size_t>(selected)]);
  m_presenter.chooseLanguage(catalogueName(currentLanguage()));
  fillSignInPage();
  refreshDevices();
  m_language->SetFocus();
}

void MainFrame::bindKeys() {
  std::vector<wxAcceleratorEntry> keys;
  for (int i = 0; i < 5; ++i) {
    keys.emplace_back(wxACCEL_CTRL, '1' + i, kPageKeyBase + i);
    keys.emplace_back(wxACCEL_NORMAL, WXK_F2 + i, kPageKeyBase + i);
    Bind(wxEVT_MENU, [this, i](wxCommandEvent&) {
      if (m_user && !isLocked() && static_cast<std::size_t>(i) < m_pageOrder.size()) showPage(m_pageOrder[static_cast<std::size_t>(i)]);
    }, kPageKeyBase + i);
  }
  keys.emplace_back(wxACCEL_CTRL, '6', kSignOutKey);
  keys.emplace_back(wxACCEL_CTRL, 'L', kLockKey);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { if (m_user) signOut(); }, kSignOutKey);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { if (m_user) lockNow(); }, kLockKey);
  keys.emplace_back(wxACCEL_NORMAL, WXK_F9, kSyncKey);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { if (m_user && !isLocked()) syncNowOrCancel(); }, kSyncKey);
  SetAcceleratorTable(wxAcceleratorTable(static_cast<int>(keys.size()), keys.data()));
}

void MainFrame::onSignIn() {
  m_presenter.signIn(m_login->GetValue().ToStdString(wxConvUTF8), m_password->GetValue().ToStdString(wxConvUTF8));
}

void MainFrame::showSignedIn(const core::User& user) {
  m_password->Clear();
  m_error->SetLabel("");
  m_user = user;
  buildShell(user);
  m_book->SetSelection(1);
  m_idle.unlocked(presenter::IdleLock::Clock::now());
  std::vector<core::FlowDraft> drafts;
  if (m_services.drafts) {
    if (auto listed = m_services.drafts->listFor(user.id)) drafts = *listed;
  }
  if (!drafts.empty() && m_newCase && m_newCase->draftList()->GetCount() > 0) {
    showPage(ShellPage::NewCase);
    m_newCase->draftList()->SetSelection(0);
    CallAfter([this] {
      if (m_newCase) m_newCase->draftList()->SetFocus();
    });
    SetStatusText(wxString::Format(wxPLURAL("You have %zu unfinished case: Enter reopens it.",
                                            "You have %zu unfinished cases: Enter reopens the selected one.", drafts.size()),
                                   drafts.size()), 0);
  } else {
    showPage(m_pageOrder.size() > 1 && user.role == core::Role::Officer ? ShellPage::NewCase : m_pageOrder.front());
  }
}

void MainFrame::buildShell(const core::User& user) {
  m_shellPage->DestroyChildren();
  m_pageWindows.clear();
  m_newCase = nullptr;
  m_pageOrder = presenter::pagesFor(user.role);
  auto* top = new wxBoxSizer(wxHORIZONTAL);
  m_header = heading(m_shellPage, wxString::Format(_("%s (%s), unit %s, %s"), utf8(user.displayName),
                                                   words::role(user.role), utf8(user.unitCode),
                                                   utf8(m_services.workplace.counterName)), 2);
  m_header->SetName("shellHeader");
  auto* lock = new wxButton(m_shellPage, wxID_ANY, _("Loc&k (Ctrl+L)"));
  lock->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { lockNow(); });
  auto* out = new wxButton(m_shellPage, wxID_ANY, _("Sign &out (Ctrl+6)"));
  out->SetName("signOut");
  out->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { signOut(); });
  top->Add(m_header, 1, wxALIGN_CENTER_VERTICAL);
  m_syncButton = nullptr;
  if (m_services.sync) {
    m_syncButton = new wxButton(m_shellPage, wxID_ANY, "");
    m_syncButton->SetName("syncNow");
    m_syncButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { syncNowOrCancel(); });
    top->Add(m_syncButton, 0, wxRIGHT, 6);
    m_syncButton->SetLabel(m_syncRun && m_syncRun->running() ? _("Cancel s&ync (F9)") : _("S&ync now (F9)"));
  }
  top->Add(lock, 0, wxRIGHT, 6);
  top->Add(out);
  auto* nav = new wxBoxSizer(wxVERTICAL);
  m_pages = new wxSimplebook(m_shellPage);
  ShellActions actions;
  actions.startCase = [this](core::ServiceCode service, std::int64_t ticket) {
    showPage(ShellPage::NewCase);
    if (m_newCase) m_newCase->startCase(service, ticket);
  };
  actions.openCase = [this](const std::string& id) { showCaseDialog(this, m_services, *m_user, id); };
  actions.status = [this](const wxString& text) { SetStatusText(text, 0); };
  for (std::size_t i = 0; i < m_pageOrder.size(); ++i) {
    const ShellPage p = m_pageOrder[i];
    wxWindow* window = nullptr;
    switch (p) {
      case ShellPage::Queue: window = makeQueuePanel(m_pages, m_services, user, actions); break;
      case ShellPage::NewCase: window = m_newCase = new NewCasePanel(m_pages, m_services, user, actions, m_options.newCase); break;
      case ShellPage::Cases: window = makeCaseListPanel(m_pages, m_services, user, actions); break;
      case ShellPage::Review: window = makeReviewPanel(m_pages, m_services, user, actions); break;
      case ShellPage::Dashboard: window = makeDashboardPanel(m_pages, m_services, user, actions); break;
    }
    m_pages->AddPage(window, "");
    m_pageWindows[p] = window;
    auto* button = new wxButton(m_shellPage, wxID_ANY,
                                wxString::Format("%s  (Ctrl+%zu)", flow_words::page(p), i + 1),
                                wxDefaultPosition, wxSize(180, 40));
    button->SetName(wxString::Format("nav_%zu", i + 1));
    button->Bind(wxEVT_BUTTON, [this, p](wxCommandEvent&) { showPage(p); });
    nav->Add(button, 0, wxEXPAND | wxBOTTOM, 6);
  }
  auto* body = new wxBoxSizer(wxHORIZONTAL);
  body->Add(nav, 0, wxALL, 8);
  body->Add(m_pages, 1, wxEXPAND | wxALL, 4);
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(top, 0, wxEXPAND | wxALL, 8);
  column->Add(body, 1, wxEXPAND);
  m_shellPage->SetSizer(column);
  m_shellPage->Layout();
}

void MainFrame::showPage(ShellPage p) {
  auto it = m_pageWindows.find(p);
  if (it == m_pageWindows.end()) return;
  m_pages->ChangeSelection(static_cast<std::size_t>(m_pages->FindPage(it->second)));
  it->second->SetFocus();
  if (p == ShellPage::NewCase && m_newCase && m_newCase->flow().step() == presenter::FlowStep::Service) {
    m_newCase->serviceList()->SetFocus();
  }
}

wxWindow* MainFrame::page(ShellPage p) const {
  auto it = m_pageWindows.find(p);
  return it == m_pageWindows.end() ? nullptr : it->second;
}

std::optional<ShellPage> MainFrame::currentPage() const {
  if (!m_user || !m_pages) return std::nullopt;
  wxWindow* shown = m_pages->GetCurrentPage();
  for (const auto& [p, window] : m_pageWindows) {
    if (window == shown) return p;
  }
  return std::nullopt;
}

void MainFrame::signOut() {
  if (m_newCase) m_newCase->saveDraftNow();
  m_presenter.signOut();
}

void MainFrame::showSignedOut() {
  m_user.reset();
  m_newCase = nullptr;
  m_syncButton = nullptr;
  m_pageWindows.clear();
  m_shellPage->DestroyChildren();
  m_book->SetSelection(0);
  m_login->SetFocus();
}

void MainFrame::showError(const core::Error& error) {
  if (m_book->GetSelection() == 3) m_book->SetSelection(0);
  m_error->SetLabel(signInErrorWords(error));
  m_password->SetFocus();
  m_password->SelectAll();
  m_signInPage->Layout();
}

wxString MainFrame::errorText() const { return m_error->GetLabel(); }
wxString MainFrame::headerText() const { return m_header ? m_header->GetLabel() : wxString(); }
wxString MainFrame::deviceText(presenter::DeviceKind device) const { return m_statusBar->text(device); }
wxString MainFrame::deviceTip(presenter::DeviceKind device) const { return m_statusBar->tip(device); }

void MainFrame::refreshDevices() { m_statusBar->show(m_devices.refresh()); }

}  // namespace mws::ui
