#pragma once
// The workstation's window: sign-in (with the language), then the signed-in shell — the
// officer's name, role, unit and counter on top, the navigation (Ctrl+1…5 or F2…F6, Ctrl+6
// signs out, Ctrl+L locks) beside the pages (queue, new case, cases, and for supervisors
// review and dashboard) — and the status bar with the devices' states. After
// `idleLockMinutes` without a key or a click the window locks: the same officer's password
// opens it again with everything as it was. Layout and wiring only.

#include <wx/eventfilter.h>
#include <wx/frame.h>
#include <wx/timer.h>

#include <map>
#include <memory>
#include <optional>

#include "mws/presenter/login_presenter.hpp"
#include "mws/presenter/shell_presenter.hpp"
#include "mws/presenter/sync_now.hpp"
#include "mws/ui/new_case_panel.hpp"

class wxButton;
class wxChoice;
class wxSimplebook;
class wxStaticText;
class wxTextCtrl;

namespace mws::ui {

class DeviceStatusBar;

struct MainFrameOptions {
  NewCaseOptions newCase;
  int idleLockMinutes = 5;
  int statusRefreshMs = 3000;
};

class MainFrame : public wxFrame, public presenter::LoginView, public wxEventFilter {
public:
  MainFrame(presenter::Services& services, MainFrameOptions options);
  ~MainFrame() override;

  void showSignedIn(const core::User& user) override;
  void showSignedOut() override;
  void showError(const core::Error& error) override;
  void showFingerStep(const std::string& finger, const std::string& prompt, const core::Error& error) override;
  int FilterEvent(wxEvent& event) override;

  void showPage(presenter::ShellPage page);
  void lockNow();
  void signOut();
  void refreshDevices();
  // "Sync now" (F9): a sending round at once, its progress in the status bar; F9 or the
  // button again cancels it (main_frame_sync.cpp).
  void syncNowOrCancel();
  wxButton* syncButton() const { return m_syncButton; }

  // For tests and keyboard automation.
  wxTextCtrl* loginField() const { return m_login; }
  wxTextCtrl* passwordField() const { return m_password; }
  wxChoice* languageChoice() const { return m_language; }
  wxTextCtrl* unlockField() const { return m_unlock; }
  NewCasePanel* newCasePanel() const { return m_newCase; }
  wxWindow* page(presenter::ShellPage page) const;
  std::optional<presenter::ShellPage> currentPage() const;
  bool isSignedIn() const { return m_user.has_value(); }
  bool isLocked() const;
  bool isFingerStepShown() const;
  wxString fingerText() const;  // which finger, what the scanner says, the refusal
  presenter::IdleLock& idleLock() { return m_idle; }
  wxString errorText() const;
  wxString headerText() const;
  wxString deviceText(presenter::DeviceKind device) const;
  wxString deviceTip(presenter::DeviceKind device) const;

private:
  void fillSignInPage();
  void fillLockPage();
  void fillFingerPage();
  void buildShell(const core::User& user);
  void bindKeys();
  void onSignIn();
  void onUnlock();
  void onIdleTick();
  void onLanguage();
  void showSyncProgress();

  presenter::Services& m_services;
  MainFrameOptions m_options;
  presenter::LoginPresenter m_presenter;
  presenter::StatusBarPresenter m_devices;
  presenter::IdleLock m_idle;
  std::optional<core::User> m_user;
  wxSimplebook* m_book = nullptr;  // sign-in, shell, lock, finger
  wxPanel* m_signInPage = nullptr;
  wxPanel* m_shellPage = nullptr;
  wxPanel* m_lockPage = nullptr;
  wxPanel* m_fingerPage = nullptr;  // the second factor (main_frame_finger.cpp)
  wxStaticText* m_fingerWhich = nullptr;
  wxStaticText* m_fingerStatus = nullptr;
  wxStaticText* m_fingerError = nullptr;
  wxChoice* m_language = nullptr;
  wxTextCtrl* m_login = nullptr;
  wxTextCtrl* m_password = nullptr;
  wxStaticText* m_error = nullptr;
  wxTextCtrl* m_unlock = nullptr;
  wxStaticText* m_unlockError = nullptr;
  wxStaticText* m_header = nullptr;
  wxSimplebook* m_pages = nullptr;
  std::map<presenter::ShellPage, wxWindow*> m_pageWindows;
  std::vector<presenter::ShellPage> m_pageOrder;
  NewCasePanel* m_newCase = nullptr;
  DeviceStatusBar* m_statusBar = nullptr;
  wxTimer m_idleTimer;
  wxTimer m_deviceTimer;
  std::unique_ptr<presenter::SyncNowRun> m_syncRun;
  wxButton* m_syncButton = nullptr;  // in the signed-in shell's top row
  wxTimer m_syncTimer;
};

// The sign-in page's words for an error, with the fingerprint second factor's codes.
wxString signInErrorWords(const core::Error& error);

}  // namespace mws::ui
