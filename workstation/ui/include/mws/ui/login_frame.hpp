#pragma once
#include <wx/frame.h>

#include <memory>
#include <string>

#include "mws/core/auth/auth_service.hpp"
#include "mws/presenter/login_presenter.hpp"
#include "mws/presenter/sync_status.hpp"

class wxButton;
class wxSimplebook;
class wxStaticText;
class wxTextCtrl;
class wxTimer;

namespace mws::ui {

// What the frame says about where it runs.
struct WorkstationInfo {
  std::string unitCode;
  std::string counterName;
  std::string databaseLabel;  // "private database" or the server's redacted DSN
};

// The main window: the sign-in page, then the signed-in page. Layout and wiring only; the
// logic is in presenter::LoginPresenter.
class LoginFrame : public wxFrame, public presenter::LoginView {
public:
  LoginFrame(core::AuthService& auth, const WorkstationInfo& info);
  ~LoginFrame() override;

  void showSignedIn(const core::User& user) override;
  void showSignedOut() override;
  void showError(const core::Error& error) override;
  // This frame has no scanner wired: it names the finger and what the scanner says.
  void showFingerStep(const std::string& finger, const std::string& prompt, const core::Error& error) override;

  // Shows the sync state in the status bar, refreshed every `refreshMs`; the source must
  // outlive the frame.
  void setSyncSource(presenter::SyncStatusSource* source, int refreshMs = 1000);
  void refreshSyncStatus();

  // For tests and keyboard automation.
  wxTextCtrl* loginField() const { return m_login; }
  wxTextCtrl* passwordField() const { return m_password; }
  wxButton* signInButton() const { return m_signIn; }
  wxButton* signOutButton() const { return m_signOut; }
  wxString errorText() const;
  wxString welcomeText() const;
  wxString syncText() const;
  bool isSignedInPageShown() const;

private:
  wxWindow* buildSignInPage(wxWindow* parent);
  wxWindow* buildHomePage(wxWindow* parent);
  void onSignIn();

  presenter::LoginPresenter m_presenter;
  wxSimplebook* m_book = nullptr;
  wxTextCtrl* m_login = nullptr;
  wxTextCtrl* m_password = nullptr;
  wxButton* m_signIn = nullptr;
  wxButton* m_signOut = nullptr;
  wxStaticText* m_error = nullptr;
  wxStaticText* m_welcome = nullptr;
  presenter::SyncStatusSource* m_sync = nullptr;
  std::unique_ptr<wxTimer> m_syncTimer;
};

// The officer-facing words for an error code, translated through gettext.
wxString describeError(const core::Error& error);
// The status bar's words for the sync state.
wxString describeSync(const presenter::SyncSummary& sync);
// Whether describeError has the officer's words for this sync error code.
bool hasSyncWords(const std::string& code);

}  // namespace mws::ui
