#pragma once
// The screens' service bundle over one unit database: the PostgreSQL repositories, the
// queue, drafts, dashboard figures and blobs of mws::storage, the CaseService and the
// AuthService, the system clock, and the devices. The program and the UI tests build it the
// same way.

#include <memory>

#include "mws/app/devices.hpp"
#include "mws/core/domain/ports/clock.hpp"
#include "mws/presenter/services.hpp"
#include "mws/storage/database.hpp"

namespace mws::app {

// The unit's local date and the system time.
class SystemClock : public core::Clock {
public:
  std::chrono::system_clock::time_point now() override;
  core::CivilDate today() override;
};

class WorkstationServices {
public:
  // `clock` may be null (the system clock); it must outlive this object otherwise. `lockout`
  // is the installation's sign-in protection ([security] max_failures, lock_minutes).
  WorkstationServices(storage::Database& db, presenter::Workplace workplace, core::Clock* clock = nullptr,
                      core::LockoutPolicy lockout = {});
  ~WorkstationServices();
  WorkstationServices(const WorkstationServices&) = delete;
  WorkstationServices& operator=(const WorkstationServices&) = delete;

  // Hands the devices over (they are stopped before the repositories go).
  void attach(Devices devices);
  void setReceipts(std::unique_ptr<core::ReceiptRenderer> receipts);
  void setPreferences(std::unique_ptr<presenter::Preferences> preferences);

  presenter::Services& services() { return m_services; }
  // The case list's search worker on a second connection (null when it could not connect:
  // the page then searches on the GUI thread's connection).
  core::SearchWorker* searchWorker() { return m_services.searchWorker; }
  Devices& devices() { return m_devices; }
  core::AuthService& auth() { return *m_auth; }

private:
  struct Parts;
  std::unique_ptr<Parts> m_parts;
  std::unique_ptr<core::AuthService> m_auth;
  std::unique_ptr<core::CaseService> m_cases;
  std::unique_ptr<core::ReceiptRenderer> m_receipts;
  std::unique_ptr<presenter::Preferences> m_preferences;
  std::unique_ptr<core::SearchWorker> m_searchWorker;
  Devices m_devices;
  presenter::Services m_services;
};

}  // namespace mws::app
