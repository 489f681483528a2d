#pragma once
// The hash-chained audit log as the services see it: they record what was looked at or taken
// out (changes are recorded by the repositories, in the change's own transaction), and
// whoever has the right walks the chain.

#include <cstdint>
#include <optional>
#include <string>

#include "mws/core/auth/user.hpp"
#include "mws/core/domain/ports/audit_context.hpp"
#include "mws/core/domain/ports/clock.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

struct AuditCheck {
  std::int64_t entries = 0;
  std::optional<std::int64_t> firstBroken;  // the first entry whose hash does not hold
  std::string problem;                      // "hash", "link", "gap", "head"
};

class AuditTrail {
public:
  virtual ~AuditTrail() = default;
  // Appends one entry (actor, unit, machine and time included). `details` holds ids and
  // codes, never personal data.
  virtual Status record(const AuditContext& context, const std::string& entity,
                        const std::string& entityId, const std::string& details) = 0;
  virtual Result<AuditCheck> verify() = 0;
};

// Walks the chain for `actor` (Right::AuditVerify in the actor's unit) and records that it
// was walked ("audit.verify", with the outcome) after the walk.
Result<AuditCheck> verifyAudit(AuditTrail& trail, Clock& clock, const User& actor);

}  // namespace mws::core
