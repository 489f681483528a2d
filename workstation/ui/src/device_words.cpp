// The status bar's words for each device state and the advice in its tooltip.
#include <wx/intl.h>

#include "flow_words.hpp"
#include "mws/ui/login_frame.hpp"

namespace mws::ui::flow_words {

using presenter::DeviceKind;

namespace {

wxString param(const presenter::DeviceStatus& s, const char* key) {
  auto it = s.params.find(key);
  return it == s.params.end() ? wxString() : wxString::FromUTF8(it->second.c_str());
}

wxString deviceName(DeviceKind kind) {
  switch (kind) {
    case DeviceKind::Camera: return _("Camera");
    case DeviceKind::FingerprintScanner: return _("Scanner");
    case DeviceKind::DocumentReader: return _("Reader");
    case DeviceKind::Database: return _("Database");
    case DeviceKind::Sync: return _("Sync");
  }
  return {};
}

}  // namespace

wxString deviceLabel(const presenter::DeviceStatus& s) {
  using presenter::Health;
  const wxString name = deviceName(s.device);
  if (s.device == DeviceKind::Sync) {
    if (s.code == "sync.in_sync") return _("Sync: up to date");
    if (s.code == "sync.syncing") return wxString::Format(_("Sync: sending (%s left)"), param(s, "left"));
    if (s.code == "sync.offline") return wxString::Format(_("Sync: offline (%s waiting)"), param(s, "left"));
    if (s.code == "sync.refused") return _("Sync: refused");
    if (s.code == "sync.standby") return _("Sync: other counter");
    if (s.code == "sync.paused") return wxString::Format(_("Sync: paused (%s waiting)"), param(s, "left"));
    return _("Sync: off");
  }
  switch (s.health) {
    case Health::Ok: return wxString::Format(_("%s: ready"), name);
    case Health::Warning: return wxString::Format(_("%s: check"), name);
    case Health::Error: return wxString::Format(_("%s: not working"), name);
    case Health::Off: return wxString::Format(_("%s: none"), name);
  }
  return name;
}

wxString deviceAdvice(const presenter::DeviceStatus& s) {
  const std::string& c = s.code;
  if (c == "camera.ready") return _("The camera works.");
  if (c == "camera.not_configured") return _("No camera is set up on this workstation. Photos cannot be taken: ask IT to set [devices] camera in mws.ini.");
  if (c == "camera.not_found") return _("No camera is connected. Plug the camera in (USB), wait a few seconds; if it stays, call IT support.");
  if (c == "camera.disconnected") return _("The camera was unplugged. Plug it in again; the preview starts again on the photo step.");
  if (c.rfind("camera.", 0) == 0) return wxString::Format(_("The camera does not work (%s). Unplug it and plug it in again; if it stays, call IT support."), c);
  if (c == "fingerprint.ready") return _("The fingerprint scanner works.");
  if (c == "fingerprint.not_configured") return _("No fingerprint scanner is set up. Ask IT to set [devices] fingerprint in mws.ini.");
  if (c == "fingerprint.not_found") return _("No fingerprint scanner is connected. Plug it in (USB); if it stays, call IT support.");
  if (c == "fingerprint.unavailable") return _("The fingerprint driver cannot run on this workstation. Call IT support.");
  if (c.rfind("fingerprint.", 0) == 0) return wxString::Format(_("The fingerprint scanner does not work (%s). Plug it in again; if it stays, call IT support."), c);
  if (c == "document.ready" || c == "document.reading") return _("The document reader works: put the document's data page on it.");
  if (c == "document.not_configured") return _("No document reader is set up: type or scan the MRZ lines into the document step.");
  if (c == "db.ready") return wxString::Format(_("The database (%s) answers."), param(s, "label"));
  if (c.rfind("db.", 0) == 0) return _("The database does not answer. Work cannot be saved: check the network cable, then call IT support.");
  if (c == "sync.in_sync") return _("Everything is sent to the centre.");
  if (c == "sync.syncing") return _("Cases are being sent to the centre. Nothing to do.");
  if (c == "sync.offline") return _("The centre cannot be reached. Work on: cases are kept here and sent when the link is back. If it lasts hours, call IT support.");
  if (c == "sync.refused") {
    const std::string code = s.params.count("error") ? s.params.at("error") : std::string();
    if (hasSyncWords(code)) {
      core::Error error{code, {}, {}};
      for (const auto& [key, value] : s.params) {
        if (key.rfind("error.", 0) == 0) error.params[key.substr(6)] = value;
      }
      return describeError(error);
    }
    return wxString::Format(_("The centre refused data (%s). Work on; call IT support."), param(s, "error"));
  }
  if (c == "sync.standby") return _("Another counter of this unit sends the unit's data. Nothing to do.");
  if (c == "sync.paused") return _("Sending was cancelled. It starts again by itself within a minute, or at once with Sync now (F9).");
  return _("Synchronisation with the centre is not set up: work is kept locally. Ask IT to configure [central].");
}

}  // namespace mws::ui::flow_words
