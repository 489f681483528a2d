#pragma once
// The signed-in window's logic without wx: the pages an account may open, the status bar's
// device states (camera, fingerprint scanner, document reader, database, sync) as codes the
// UI words with what is wrong and what to do, and the idle lock.

#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "mws/core/auth/user.hpp"
#include "mws/presenter/services.hpp"

namespace mws::presenter {

enum class ShellPage { Queue, NewCase, Cases, Review, Dashboard };
// The pages the role may open, in navigation order (review and dashboard: supervisors).
std::vector<ShellPage> pagesFor(core::Role role);

enum class DeviceKind { Camera, FingerprintScanner, DocumentReader, Database, Sync };
enum class Health { Ok, Warning, Error, Off };

struct DeviceStatus {
  DeviceKind device = DeviceKind::Camera;
  Health health = Health::Off;
  // "camera.ready", "camera.not_configured", "camera.not_found", "camera.disconnected",
  // "fingerprint.ready", "fingerprint.not_found", "document.ready", "document.not_configured",
  // "db.ready", "db.unreachable", "sync.in_sync", "sync.offline", … (device errors keep their
  // own codes).
  std::string code;
  std::map<std::string, std::string> params;
};

class StatusBarPresenter {
public:
  explicit StatusBarPresenter(Services& services) : m_services(services) {}
  // Asks each device (quick calls only; run it every few seconds).
  std::vector<DeviceStatus> refresh();

  DeviceStatus camera();
  DeviceStatus fingerprintScanner();
  DeviceStatus documentReader();
  DeviceStatus database();
  DeviceStatus sync();

private:
  Services& m_services;
};

// Locks the signed-in window after `minutes` without a keystroke or a click.
class IdleLock {
public:
  using Clock = std::chrono::steady_clock;
  explicit IdleLock(int minutes) : m_limit(std::chrono::minutes(minutes > 0 ? minutes : 5)) {}
  void setLimit(std::chrono::milliseconds limit) { m_limit = limit; }
  std::chrono::milliseconds limit() const { return m_limit; }

  void activity(Clock::time_point now) { m_last = now; }
  // True once, when the idle time has passed; the lock holds until unlocked().
  bool shouldLock(Clock::time_point now);
  bool locked() const { return m_locked; }
  void unlocked(Clock::time_point now) {
    m_locked = false;
    m_last = now;
  }

private:
  std::chrono::milliseconds m_limit;
  Clock::time_point m_last = Clock::now();
  bool m_locked = false;
};

// Unlocking checks the password of the same account; another account's is refused
// ("auth.other_user") so the flow on screen stays with its officer.
core::Status unlockAs(core::AuthService& auth, const core::User& user, const std::string& login,
                      const std::string& password);

}  // namespace mws::presenter
