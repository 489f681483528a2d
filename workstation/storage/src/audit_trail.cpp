#include "mws/storage/audit_trail.hpp"

#include <soci/soci.h>

#include "mws/storage/audit_chain.hpp"

namespace mws::storage {

core::Status PgAuditTrail::record(const core::AuditContext& context, const std::string& entity,
                                  const std::string& entityId, const std::string& details) {
  try {
    soci::transaction tx(m_db.session());
    AuditChain::append(m_db.session(),
                       {context.at, context.actor, context.action, entity, entityId, details});
    tx.commit();
    return core::success();
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<core::AuditCheck> PgAuditTrail::verify() {
  auto verified = AuditChain::verify(m_db);
  if (!verified) return verified.error();
  return core::AuditCheck{verified->entries, verified->firstBroken, verified->problem};
}

}  // namespace mws::storage
