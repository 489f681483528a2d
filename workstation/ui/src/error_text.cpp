#include <wx/intl.h>

#include <map>

#include "mws/ui/login_frame.hpp"

namespace mws::ui {

wxString describeError(const core::Error& error) {
  // wxTRANSLATE marks the text for xgettext; wxGetTranslation looks it up at run time.
  static const std::map<std::string, const char*> texts{
      {"auth.login_missing", wxTRANSLATE("Enter your login.")},
      {"auth.password_missing", wxTRANSLATE("Enter your password.")},
      {"auth.bad_credentials", wxTRANSLATE("The login or the password is wrong.")},
      {"auth.account_disabled", wxTRANSLATE("This account is disabled. Ask your unit administrator.")},
      {"db.unreachable", wxTRANSLATE("The database cannot be reached. Call IT support.")},
      {"db.query_failed", wxTRANSLATE("The database refused the request. Call IT support.")},
  };
  auto it = texts.find(error.code);
  if (it == texts.end()) {
    return wxString::Format(_("Something went wrong (%s). Call IT support."), error.code);
  }
  return wxGetTranslation(it->second);
}

}  // namespace mws::ui
