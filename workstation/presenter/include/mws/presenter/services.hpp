#pragma once
// Everything the screens work with, as interfaces: the application wires the real
// implementations (PostgreSQL repositories, the devices, the sync agent) in
// workstation/app; tests wire the same real repositories on a throwaway cluster and the
// simulated devices. Device pointers may be null when the device is not configured.

#include <memory>
#include <string>

#include "mws/core/auth/auth_service.hpp"
#include "mws/core/auth/person_access.hpp"
#include "mws/core/domain/case_service.hpp"
#include "mws/core/domain/ports/blob_port.hpp"
#include "mws/core/domain/ports/case_repository.hpp"
#include "mws/core/domain/ports/clock.hpp"
#include "mws/core/domain/ports/dashboard_source.hpp"
#include "mws/core/domain/ports/draft_store.hpp"
#include "mws/core/domain/ports/person_repository.hpp"
#include "mws/core/domain/ports/queue_repository.hpp"
#include "mws/core/domain/ports/receipt_renderer.hpp"
#include "mws/core/domain/ports/reference_data_repository.hpp"
#include "mws/core/ports/finger_verifier.hpp"
#include "mws/core/ports/user_repository.hpp"
#include "mws/core/domain/ports/search_worker.hpp"
#include "mws/presenter/preferences.hpp"
#include "mws/presenter/sync_status.hpp"

namespace mws::peripherals {
class Camera;
class FingerprintScanner;
class DocumentReader;
class DocumentSource;
}  // namespace mws::peripherals

namespace mws::presenter {

// Where this window runs.
struct Workplace {
  std::string unitCode;
  std::string unitName;
  std::string counterName;
  std::string databaseLabel;  // "private database" or the server's redacted DSN
};

struct Services {
  core::AuthService* auth = nullptr;
  core::CaseService* cases = nullptr;
  core::CaseRepository* caseRepository = nullptr;  // lists and loads
  core::PersonRepository* persons = nullptr;
  core::UserRepository* users = nullptr;  // the case dialog names who acted
  // Person searches and views with the officer's rights checked and audited (the new-case flow).
  core::PersonAccess* personAccess = nullptr;
  core::SearchWorker* searchWorker = nullptr;  // the case list's searches, off the GUI thread
  core::ReferenceDataRepository* reference = nullptr;
  core::QueueRepository* queue = nullptr;
  core::DraftStore* drafts = nullptr;
  core::DashboardSource* dashboard = nullptr;
  core::BlobPort* blobs = nullptr;
  core::ReceiptRenderer* receipts = nullptr;
  core::CaseConfirmations* confirmations = nullptr;  // whether the centre confirmed a case (receipts)
  core::Clock* clock = nullptr;
  peripherals::Camera* camera = nullptr;
  std::string cameraSource;  // the spec the camera opens ("v4l2:0", "synthetic", "folder:…")
  peripherals::FingerprintScanner* fingerprints = nullptr;
  core::FingerVerifier* fingerVerifier = nullptr;  // the sign-in's second factor, over `fingerprints`
  Preferences* preferences = nullptr;  // the language chosen at sign-in, kept between runs
  peripherals::DocumentReader* documents = nullptr;
  std::shared_ptr<peripherals::DocumentSource> documentSource;  // the pages `documents` reads
  SyncStatusSource* sync = nullptr;
  Workplace workplace;
};

}  // namespace mws::presenter
