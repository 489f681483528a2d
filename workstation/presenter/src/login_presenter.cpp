#include "mws/presenter/login_presenter.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>

namespace mws::presenter {
namespace {

std::string trimmedLower(std::string text) {
  auto notSpace = [](unsigned char c) { return !std::isspace(c); };
  text.erase(text.begin(), std::find_if(text.begin(), text.end(), notSpace));
  text.erase(std::find_if(text.rbegin(), text.rend(), notSpace).base(), text.end());
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

}  // namespace

LoginPresenter::LoginPresenter(core::AuthService& auth, LoginView& view)
    : m_auth(auth), m_view(view) {}

LoginPresenter::~LoginPresenter() { stopWorker(); }

void LoginPresenter::setFingerVerifier(core::FingerVerifier* verifier, PostToView post) {
  m_verifier = verifier;
  m_post = std::move(post);
}

void LoginPresenter::signIn(const std::string& login, const std::string& password) {
  const std::string name = trimmedLower(login);
  if (name.empty()) return m_view.showError(core::makeError("auth.login_missing"));
  if (password.empty()) return m_view.showError(core::makeError("auth.password_missing"));
  auto user = m_auth.signIn(name, password);
  if (!user && user.error().code == "auth.finger_required") return startFinger(name);
  if (!user) return m_view.showError(user.error());
  signedIn(*user);
}

// The sign-in counts for the language too: the next run starts in it.
void LoginPresenter::signedIn(const core::User& user) {
  m_user = user;
  if (m_preferences && !m_language.empty()) m_preferences->rememberLanguage(m_language);
  m_view.showSignedIn(*m_user);
}

std::optional<std::string> LoginPresenter::rememberedLanguage() {
  return m_preferences ? m_preferences->language() : std::nullopt;
}

void LoginPresenter::startFinger(const std::string& login) {
  if (!m_verifier || !m_post) return m_view.showError(core::makeError("auth.finger_no_scanner"));
  auto attempt = m_auth.beginFinger(login);
  if (!attempt) return m_view.showError(attempt.error());
  m_attempt = std::make_unique<core::FingerAttempt>(std::move(*attempt));
  scan();
}

// The attempt belongs to the worker until it posts the end of its scan back.
void LoginPresenter::scan() {
  stopWorker();
  const unsigned generation = ++m_generation;
  m_view.showFingerStep(m_attempt->finger(), "place_finger", core::Error{});
  auto prompt = [this, generation](const std::string& text) {
    m_post([this, generation, text] {
      if (generation == m_generation && m_attempt) m_view.showFingerStep(m_attempt->finger(), text, {});
    });
  };
  core::FingerAttempt* attempt = m_attempt.get();
  m_workerDone = false;
  m_worker = std::thread([this, attempt, generation, prompt] {
    attempt->run(*m_verifier, prompt);
    m_workerDone = true;
    m_post([this, generation] { finishScan(generation); });
  });
}

void LoginPresenter::finishScan(unsigned generation) {
  if (generation != m_generation || !m_attempt) return;
  stopWorker();
  auto user = m_auth.finishFinger(*m_attempt);
  if (user) {
    m_attempt.reset();
    return signedIn(*user);
  }
  const std::string& code = user.error().code;
  if (code == "auth.finger_mismatch" || code.rfind("fingerprint.", 0) == 0) {
    return m_view.showFingerStep(m_attempt->finger(), "", user.error());
  }
  m_attempt.reset();  // locked, disabled, the window passed: back to the password
  m_view.showError(user.error());
}

void LoginPresenter::retryFinger() {
  if (!m_attempt) return;
  // The attempt's window may have passed: the AuthService says so when the scan ends.
  scan();
}

void LoginPresenter::cancelFinger() {
  if (!m_attempt) return;
  ++m_generation;
  stopWorker();
  m_attempt.reset();
  m_view.showSignedOut();
}

// A scanner forgets a cancel that comes before its scan starts: cancel until the worker ends.
void LoginPresenter::stopWorker() {
  if (!m_worker.joinable()) return;
  while (!m_workerDone) {
    if (m_verifier) m_verifier->cancel();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  m_worker.join();
}

void LoginPresenter::signOut() {
  cancelFinger();
  m_user.reset();
  m_view.showSignedOut();
}

}  // namespace mws::presenter
