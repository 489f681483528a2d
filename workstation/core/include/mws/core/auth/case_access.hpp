#pragma once
// Cases as the command line reads them: each call checks the actor's Right::CaseView in the
// case's unit (and Right::Export when the case leaves the program as JSON) and records the
// view, list or export in the audit chain with ids and counts only.

#include <string>
#include <vector>

#include "mws/core/auth/audit_trail.hpp"
#include "mws/core/auth/person_access.hpp"
#include "mws/core/auth/rights.hpp"
#include "mws/core/auth/user.hpp"
#include "mws/core/domain/case.hpp"
#include "mws/core/domain/ports/case_repository.hpp"
#include "mws/core/domain/ports/clock.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

class CaseAccess {
public:
  CaseAccess(CaseRepository& cases, AuditTrail& audit, Clock& clock);

  // "case.not_found" (param case_id) when there is no such case; "auth.forbidden" for a case
  // of another unit or a role without the right. Audited as "case.view" or "case.export".
  Result<Case> view(const std::string& caseId, const User& actor, Disclosure use);
  // The cases of `query.unitCode` (the actor's own unit when empty); audited as "case.list"
  // or "case.export" with the unit, the filter and the count.
  Result<Page<CaseSummary>> list(CaseQuery query, const User& actor, Disclosure use);

private:
  Status allow(const User& actor, const std::string& unitCode, Disclosure use);

  CaseRepository& m_cases;
  AuditTrail& m_audit;
  Clock& m_clock;
};

}  // namespace mws::core
