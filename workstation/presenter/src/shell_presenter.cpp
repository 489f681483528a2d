#include "mws/presenter/shell_presenter.hpp"

#include "mws/peripherals/camera.hpp"
#include "mws/peripherals/document_reader.hpp"
#include "mws/peripherals/fingerprint_scanner.hpp"

namespace mws::presenter {

using namespace core;

std::vector<ShellPage> pagesFor(Role role) {
  std::vector<ShellPage> pages{ShellPage::Queue, ShellPage::NewCase, ShellPage::Cases};
  if (role == Role::Supervisor) {
    pages.push_back(ShellPage::Review);
    pages.push_back(ShellPage::Dashboard);
  }
  return pages;
}

std::vector<DeviceStatus> StatusBarPresenter::refresh() {
  return {camera(), fingerprintScanner(), documentReader(), database(), sync()};
}

DeviceStatus StatusBarPresenter::camera() {
  DeviceStatus s{DeviceKind::Camera, Health::Off, "camera.not_configured", {}};
  peripherals::Camera* camera = m_services.camera;
  if (!camera) return s;
  if (camera->state() == peripherals::StreamState::Failed) {
    s.health = Health::Error;
    s.code = camera->streamError() ? camera->streamError()->code : "camera.disconnected";
    return s;
  }
  if (camera->isOpen()) return {DeviceKind::Camera, Health::Ok, "camera.ready", {}};
  // Files, folders and the synthetic picture are named, not discovered: they are there.
  if (!m_services.cameraSource.empty() && m_services.cameraSource.rfind("v4l2:", 0) != 0) {
    return {DeviceKind::Camera, Health::Ok, "camera.ready", {{"name", m_services.cameraSource}}};
  }
  auto devices = camera->listDevices();
  if (!devices) return {DeviceKind::Camera, Health::Error, devices.error().code, devices.error().params};
  if (devices->empty()) return {DeviceKind::Camera, Health::Error, "camera.not_found", {}};
  return {DeviceKind::Camera, Health::Ok, "camera.ready", {{"name", devices->front().name}}};
}

DeviceStatus StatusBarPresenter::fingerprintScanner() {
  DeviceStatus s{DeviceKind::FingerprintScanner, Health::Off, "fingerprint.not_configured", {}};
  peripherals::FingerprintScanner* scanner = m_services.fingerprints;
  if (!scanner) return s;
  auto devices = scanner->listDevices();
  if (!devices) {
    return {DeviceKind::FingerprintScanner, Health::Error, devices.error().code, devices.error().params};
  }
  if (devices->empty()) return {DeviceKind::FingerprintScanner, Health::Error, "fingerprint.not_found", {}};
  return {DeviceKind::FingerprintScanner, Health::Ok, "fingerprint.ready",
          {{"name", devices->front().name}}};
}

DeviceStatus StatusBarPresenter::documentReader() {
  if (!m_services.documents) return {DeviceKind::DocumentReader, Health::Off, "document.not_configured", {}};
  return {DeviceKind::DocumentReader, Health::Ok,
          m_services.documents->running() ? "document.reading" : "document.ready", {}};
}

DeviceStatus StatusBarPresenter::database() {
  DeviceStatus s{DeviceKind::Database, Health::Ok, "db.ready",
                 {{"label", m_services.workplace.databaseLabel}}};
  if (!m_services.persons) return s;
  auto probe = m_services.persons->findById(0);  // one indexed lookup: is the server there?
  if (!probe) {
    s.health = Health::Error;
    s.code = probe.error().code;
  }
  return s;
}

DeviceStatus StatusBarPresenter::sync() {
  if (!m_services.sync) return {DeviceKind::Sync, Health::Off, "sync.not_configured", {}};
  const SyncSummary summary = m_services.sync->summary();
  DeviceStatus s{DeviceKind::Sync, Health::Ok, "sync." + summary.state, {}};
  if (summary.entriesLeft >= 0) s.params["left"] = std::to_string(summary.entriesLeft);
  if (!summary.lastErrorCode.empty()) s.params["error"] = summary.lastErrorCode;
  for (const auto& [key, value] : summary.lastErrorParams) s.params.emplace("error." + key, value);
  if (summary.state == "offline") s.health = Health::Warning;
  if (summary.state == "refused") s.health = Health::Error;
  if (summary.state == "stopped" || summary.state == "not_configured") s.health = Health::Off;
  return s;
}

bool IdleLock::shouldLock(Clock::time_point now) {
  if (m_locked || now - m_last < m_limit) return false;
  m_locked = true;
  return true;
}

Status unlockAs(AuthService& auth, const User& user, const std::string& login,
                const std::string& password) {
  if (!login.empty() && login != user.login) return makeError("auth.other_user");
  if (password.empty()) return makeError("auth.password_missing");
  auto signedIn = auth.signIn(user.login, password);
  if (!signedIn && signedIn.error().code == "auth.finger_required") return success();  // finger given at sign-in
  if (!signedIn) return signedIn.error();
  return success();
}

}  // namespace mws::presenter
