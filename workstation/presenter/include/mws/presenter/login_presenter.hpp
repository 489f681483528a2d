#pragma once
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "mws/core/auth/auth_service.hpp"
#include "mws/core/ports/finger_verifier.hpp"
#include "mws/presenter/preferences.hpp"

namespace mws::presenter {

// What the sign-in screen shows; implemented by the wx frame and by tests.
class LoginView {
public:
  virtual ~LoginView() = default;
  virtual void showSignedIn(const core::User& user) = 0;
  virtual void showSignedOut() = 0;
  virtual void showError(const core::Error& error) = 0;
  // The second factor: the password was right, now the finger ("right-index" …) on the
  // scanner. `prompt` is "place_finger", "remove_finger", "retry" or "scanning"; `error` the
  // last try's refusal ("auth.finger_mismatch", "fingerprint.timeout"), empty code when none.
  virtual void showFingerStep(const std::string& finger, const std::string& prompt,
                              const core::Error& error) = 0;
};

// Runs a task on the GUI thread (wx: CallAfter); tests may run it at once or queue it.
using PostToView = std::function<void(std::function<void()>)>;

// The sign-in logic, with no wx in it: checks the input, asks the AuthService, tells the
// view. Errors arrive as codes; the view words them. When the account requires its finger,
// the scan runs on a worker thread; the database is only touched on the view's thread.
class LoginPresenter {
public:
  LoginPresenter(core::AuthService& auth, LoginView& view);
  ~LoginPresenter();
  LoginPresenter(const LoginPresenter&) = delete;
  LoginPresenter& operator=(const LoginPresenter&) = delete;

  // The second factor's scanner (null: none, an account that requires its finger is then
  // refused with "auth.finger_no_scanner") and the way back to the view's thread.
  void setFingerVerifier(core::FingerVerifier* verifier, PostToView post);

  // Where the language chosen at sign-in is remembered (may be null: nothing is).
  void setPreferences(Preferences* preferences) { m_preferences = preferences; }
  std::optional<std::string> rememberedLanguage();
  // The language on the sign-in page now; remembered when somebody signs in with it.
  void chooseLanguage(const std::string& language) { m_language = language; }

  void signIn(const std::string& login, const std::string& password);
  // On the finger step: scan again after a mismatch or a timeout (Enter) …
  void retryFinger();
  // … or give up and go back to the password (Esc).
  void cancelFinger();
  bool fingerStepShown() const { return m_attempt != nullptr; }
  void signOut();
  const std::optional<core::User>& currentUser() const { return m_user; }

private:
  void startFinger(const std::string& login);
  void scan();
  void finishScan(unsigned generation);
  void stopWorker();
  void signedIn(const core::User& user);

  core::AuthService& m_auth;
  LoginView& m_view;
  core::FingerVerifier* m_verifier = nullptr;
  PostToView m_post;
  Preferences* m_preferences = nullptr;
  std::string m_language;
  std::optional<core::User> m_user;
  std::unique_ptr<core::FingerAttempt> m_attempt;  // the finger step, while it is shown
  std::thread m_worker;
  std::atomic<bool> m_workerDone{true};
  std::atomic<unsigned> m_generation{0};  // a scan whose generation passed is forgotten
};

}  // namespace mws::presenter
