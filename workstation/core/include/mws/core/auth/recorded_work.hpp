#pragma once
// Work of a signed-in account that is not a case or person step: machine work (sync, device
// set-up and diagnosis, onboarding) and reading the centre's lists. The rights are checked in
// the unit concerned and the work is in the audit chain before it is done.

#include <initializer_list>
#include <string>

#include "mws/core/auth/audit_trail.hpp"
#include "mws/core/auth/rights.hpp"
#include "mws/core/auth/user.hpp"
#include "mws/core/domain/ports/clock.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

struct WorkRecord {
  std::string action;    // "sync.now", "machine.onboard", "overstay.list", ...
  std::string entity;    // "machine", "overstay", ...
  std::string entityId;  // the unit for machine work
  std::string details;   // codes and counts only, never personal data
};

// Success when `actor` holds every one of `rights` in `unitCode` ("auth.forbidden" naming the
// first one missing otherwise, nothing recorded) and `work` has been recorded.
Status authorizeWork(AuditTrail& audit, Clock& clock, const User& actor,
                     std::initializer_list<Right> rights, const std::string& unitCode,
                     const WorkRecord& work);

}  // namespace mws::core
