#include <wx/datetime.h>
#include <wx/intl.h>

#include "mws/ui/login_frame.hpp"

namespace mws::ui {

bool hasSyncWords(const std::string& code) {
  return code == "sync.clock_skew" || code == "sync.gap_unrecoverable" ||
         code == "sync.audit_rewritten" || code == "sync.no_seal_key" || code == "storage.blob_sent";
}

wxString describeSync(const presenter::SyncSummary& sync) {
  const wxString left = sync.entriesLeft >= 0
                            ? wxString::Format(_("%lld waiting"), static_cast<long long>(sync.entriesLeft))
                            : wxString();
  if (sync.state == "in_sync") return _("Sync: up to date");
  if (sync.state == "syncing") return wxString::Format(_("Sync: sending, %s"), left);
  if (sync.state == "offline") {
    wxString since;
    if (sync.offlineSince) {
      since = wxDateTime(std::chrono::system_clock::to_time_t(*sync.offlineSince)).Format("%H:%M");
    }
    return wxString::Format(_("Sync: offline since %s, %s (kept safely, sent when back)"), since, left);
  }
  if (sync.state == "refused") {
    if (hasSyncWords(sync.lastErrorCode)) {
      return wxString::Format(_("Sync stopped: %s"),
                              describeError({sync.lastErrorCode, sync.lastErrorParams, {}}));
    }
    return wxString::Format(_("Sync: the centre refused a batch (%s); call IT support"),
                            wxString::FromUTF8(sync.lastErrorCode.c_str()));
  }
  if (sync.state == "standby") return _("Sync: another counter sends this unit's data");
  if (sync.state == "stopped") return _("Sync: stopped");
  return _("Sync: not configured (work is kept locally)");
}

}  // namespace mws::ui
