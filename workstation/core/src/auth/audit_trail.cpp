#include "mws/core/auth/audit_trail.hpp"

#include "mws/core/auth/rights.hpp"

namespace mws::core {

Result<AuditCheck> verifyAudit(AuditTrail& trail, Clock& clock, const User& actor) {
  if (auto allowed = authorize(actor, Right::AuditVerify, actor.unitCode); !allowed) {
    return allowed.error();
  }
  auto checked = trail.verify();
  if (!checked) return checked;
  const std::string outcome =
      checked->firstBroken ? "broken_at=" + std::to_string(*checked->firstBroken) + " problem=" +
                                 checked->problem
                           : "intact entries=" + std::to_string(checked->entries);
  auto logged = trail.record(AuditContext{actor, "audit.verify", clock.now()}, "audit", "", outcome);
  if (!logged) return logged.error();
  return checked;
}

}  // namespace mws::core
