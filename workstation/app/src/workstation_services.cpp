#include "mws/app/workstation_services.hpp"

#include <Poco/Logger.h>

#include <ctime>
#include <optional>

#include "mws/print/cairo_receipt_renderer.hpp"
#include "mws/security/sodium_password_hasher.hpp"
#include "mws/storage/audit_trail.hpp"
#include "mws/storage/blob_port_adapter.hpp"
#include "mws/storage/pg_case_repository.hpp"
#include "mws/storage/pg_dashboard_source.hpp"
#include "mws/storage/pg_draft_store.hpp"
#include "mws/storage/pg_person_repository.hpp"
#include "mws/storage/pg_queue_repository.hpp"
#include "mws/storage/pg_receipt_source.hpp"
#include "mws/storage/pg_reference_data_repository.hpp"
#include "mws/storage/pg_search_worker.hpp"
#include "mws/storage/pg_user_repository.hpp"

namespace mws::app {

std::chrono::system_clock::time_point SystemClock::now() { return std::chrono::system_clock::now(); }

core::CivilDate SystemClock::today() {
  const std::time_t t = std::time(nullptr);
  std::tm local{};
  localtime_r(&t, &local);
  return *core::CivilDate::make(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                                static_cast<unsigned>(local.tm_mday));
}

struct WorkstationServices::Parts {
  explicit Parts(storage::Database& db)
      : users(db), persons(db), cases(db), reference(db), queue(db), drafts(db), dashboard(db), blobs(db), confirmations(db) {}
  storage::PgUserRepository users;
  storage::PgPersonRepository persons;
  storage::PgCaseRepository cases;
  storage::PgReferenceDataRepository reference;
  storage::PgQueueRepository queue;
  storage::PgDraftStore drafts;
  storage::PgDashboardSource dashboard;
  storage::BlobPortAdapter blobs;
  std::optional<storage::PgAuditTrail> audit;      // person views and searches of the flow
  std::optional<core::PersonAccess> personAccess;  // over persons and audit, with the clock
  storage::PgCaseConfirmations confirmations;
  security::SodiumPasswordHasher hasher;
  SystemClock systemClock;
};

WorkstationServices::WorkstationServices(storage::Database& db, presenter::Workplace workplace, core::Clock* clock,
                                         core::LockoutPolicy lockout)
    : m_parts(std::make_unique<Parts>(db)) {
  core::Clock& time = clock ? *clock : m_parts->systemClock;
  m_auth = std::make_unique<core::AuthService>(m_parts->users, m_parts->hasher, lockout);
  m_parts->audit.emplace(db);
  m_parts->personAccess.emplace(m_parts->persons, *m_parts->audit, time);
  m_services.personAccess = &*m_parts->personAccess;
  m_cases = std::make_unique<core::CaseService>(m_parts->cases, m_parts->persons, m_parts->reference, time);
  m_services.auth = m_auth.get();
  m_services.cases = m_cases.get();
  m_services.caseRepository = &m_parts->cases;
  m_services.persons = &m_parts->persons;
  m_services.reference = &m_parts->reference;
  m_services.queue = &m_parts->queue;
  m_services.drafts = &m_parts->drafts;
  m_services.dashboard = &m_parts->dashboard;
  m_services.blobs = &m_parts->blobs;
  m_services.users = &m_parts->users;
  m_services.confirmations = &m_parts->confirmations;
  m_services.clock = &time;
  m_services.workplace = std::move(workplace);
  if (auto worker = storage::PgSearchWorker::open(db.dsn()); worker) {
    m_searchWorker = std::move(*worker);
    m_services.searchWorker = m_searchWorker.get();
  } else {
    Poco::Logger::get("mws.workstation").warning("search worker: %s", worker.error().code);
  }
  setReceipts(std::make_unique<print::CairoReceiptRenderer>());
}

WorkstationServices::~WorkstationServices() = default;  // ~Devices stops the devices first

void WorkstationServices::attach(Devices devices) {
  m_devices = std::move(devices);
  m_services.camera = m_devices.camera.get();
  m_services.cameraSource = m_devices.cameraSource;
  m_services.fingerprints = m_devices.scanner.get();
  m_services.fingerVerifier = m_devices.fingerVerifier.get();
  m_services.documents = m_devices.reader.get();
  m_services.documentSource = m_devices.pages;
}

void WorkstationServices::setReceipts(std::unique_ptr<core::ReceiptRenderer> receipts) {
  m_receipts = std::move(receipts);
  m_services.receipts = m_receipts.get();
}

void WorkstationServices::setPreferences(std::unique_ptr<presenter::Preferences> preferences) {
  m_preferences = std::move(preferences);
  m_services.preferences = m_preferences.get();
}

}  // namespace mws::app
