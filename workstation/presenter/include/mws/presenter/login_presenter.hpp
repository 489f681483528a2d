#pragma once
#include <optional>
#include <string>

#include "mws/core/auth/auth_service.hpp"

namespace mws::presenter {

// What the sign-in screen shows; implemented by the wx frame and by tests.
class LoginView {
public:
  virtual ~LoginView() = default;
  virtual void showSignedIn(const core::User& user) = 0;
  virtual void showSignedOut() = 0;
  virtual void showError(const core::Error& error) = 0;
};

// The sign-in logic, with no wx in it: checks the input, asks the AuthService, tells the
// view. Errors arrive as codes; the view words them.
class LoginPresenter {
public:
  LoginPresenter(core::AuthService& auth, LoginView& view);

  void signIn(const std::string& login, const std::string& password);
  void signOut();
  const std::optional<core::User>& currentUser() const { return m_user; }

private:
  core::AuthService& m_auth;
  LoginView& m_view;
  std::optional<core::User> m_user;
};

}  // namespace mws::presenter
