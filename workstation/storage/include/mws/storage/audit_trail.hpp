#pragma once
#include "mws/core/auth/audit_trail.hpp"
#include "mws/storage/database.hpp"

namespace mws::storage {

// The core's AuditTrail over the hash-chained audit_log (AuditChain): each record is its own
// transaction.
class PgAuditTrail : public core::AuditTrail {
public:
  explicit PgAuditTrail(Database& db) : m_db(db) {}

  core::Status record(const core::AuditContext& context, const std::string& entity,
                      const std::string& entityId, const std::string& details) override;
  core::Result<core::AuditCheck> verify() override;

private:
  Database& m_db;
};

}  // namespace mws::storage
