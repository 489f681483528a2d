#include <wx/intl.h>

#include <cstdlib>
#include <map>

#include "mws/core/auth/rights.hpp"
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
      {"sync.gap_unrecoverable",
       wxTRANSLATE("Some changes of this unit never reached the centre and are gone here; sync stops. Call the centre's IT.")},
      {"sync.audit_rewritten",
       wxTRANSLATE("The centre found this unit's audit history changed; sync stops until IT has checked it.")},
      {"sync.no_seal_key",
       wxTRANSLATE("The centre has published no key to seal photos and fingerprints; they wait here. Call the centre's IT.")},
      {"storage.blob_sent",
       wxTRANSLATE("This photo or fingerprint was sent to the centre and is no longer kept here.")},
  };
  if (error.code == "auth.forbidden") {
    // The role lacks the right, or the account is of another unit than what it acts on.
    auto param = [&error](const char* key) {
      auto it = error.params.find(key);
      return it == error.params.end() ? wxString() : wxString::FromUTF8(it->second.c_str());
    };
    const auto role = core::parseRole(param("role").utf8_string());
    const auto right = core::parseRight(param("right").utf8_string());
    if (role && right && core::roleHas(*role, *right)) {
      return wxString::Format(_("This belongs to unit %s; your account is of unit %s."), param("unit"),
                              param("user_unit"));
    }
    return wxString::Format(_("Your role may not do this (%s). Ask your unit administrator."), param("right"));
  }
  if (error.code == "sync.clock_skew") {
    // skew_ms may be signed; the officer needs how far, in whole minutes (at least one).
    auto skew = error.params.find("skew_ms");
    const long long ms = skew == error.params.end() ? 0 : std::llabs(std::atoll(skew->second.c_str()));
    const long long minutes = ms <= 60000 ? 1 : (ms + 59999) / 60000;
    return wxString::Format(_("This computer's clock is %lld min off the centre's; set the time (IT)."),
                            minutes);
  }
  auto it = texts.find(error.code);
  if (it == texts.end()) {
    return wxString::Format(_("Something went wrong (%s). Call IT support."), error.code);
  }
  return wxGetTranslation(it->second);
}

}  // namespace mws::ui
