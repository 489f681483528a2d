#pragma once
// What a receipt or certificate of a case says, gathered from the unit database: the case,
// its person (names in both scripts, the latest document), the unit's name, the officer who
// opened it, the portrait blob, and whether it is still provisional (an outbox entry of the
// case the centre has not acknowledged). `details` holds the payload's simple fields under
// their codec names (the UI replaces them with worded labels); language and kind are the
// caller's to set.

#include <string>

#include "mws/core/domain/ports/receipt_renderer.hpp"
#include "mws/storage/database.hpp"

namespace mws::storage {

// "case.not_found" (param id); database errors as "db.query_failed"; the portrait's blob
// errors as BlobStore gives them (with the installed key).
core::Result<core::ReceiptData> loadReceiptData(Database& db, const std::string& caseId);

// Confirmed by the centre: no outbox entry of the case waits for the centre's acknowledgement
// (Outbox::acknowledge marks them sent; a gap recovery marks them unsent again).
// "case.not_found" (param id) for an unknown case; database errors as "db.query_failed".
class PgCaseConfirmations : public core::CaseConfirmations {
 public:
  explicit PgCaseConfirmations(Database& db) : m_db(db) {}
  core::Result<bool> confirmedByCentre(const std::string& caseId) override;

 private:
  Database& m_db;
};

}  // namespace mws::storage
