#include <wx/intl.h>

#include <cstdlib>
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
      {"sync.gap_unrecoverable",
       wxTRANSLATE("Some changes of this unit never reached the centre and are gone here; sync stops. Call the centre's IT.")},
      {"sync.audit_rewritten",
       wxTRANSLATE("The centre found this unit's audit history changed; sync stops until IT has checked it.")},
      {"sync.no_seal_key",
       wxTRANSLATE("The centre has published no key to seal photos and fingerprints; they wait here. Call the centre's IT.")},
      {"storage.blob_sent",
       wxTRANSLATE("This photo or fingerprint was sent to the centre and is no longer kept here.")},
  };
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
