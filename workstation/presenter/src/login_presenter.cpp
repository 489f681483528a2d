#include "mws/presenter/login_presenter.hpp"

#include <algorithm>
#include <cctype>

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

void LoginPresenter::signIn(const std::string& login, const std::string& password) {
  const std::string name = trimmedLower(login);
  if (name.empty()) return m_view.showError(core::makeError("auth.login_missing"));
  if (password.empty()) return m_view.showError(core::makeError("auth.password_missing"));
  auto user = m_auth.signIn(name, password);
  if (!user) return m_view.showError(user.error());
  m_user = *user;
  m_view.showSignedIn(*m_user);
}

void LoginPresenter::signOut() {
  m_user.reset();
  m_view.showSignedOut();
}

}  // namespace mws::presenter
