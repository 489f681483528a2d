#include "mws/core/auth/recorded_work.hpp"

namespace mws::core {

Status authorizeWork(AuditTrail& audit, Clock& clock, const User& actor,
                     std::initializer_list<Right> rights, const std::string& unitCode,
                     const WorkRecord& work) {
  for (Right right : rights) {
    if (auto allowed = authorize(actor, right, unitCode); !allowed) return allowed;
  }
  return audit.record(AuditContext{actor, work.action, clock.now()}, work.entity, work.entityId,
                      work.details);
}

}  // namespace mws::core
