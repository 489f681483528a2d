#include "mws/core/auth/case_access.hpp"

namespace mws::core {
namespace {

const char* actionOf(Disclosure use, const char* display) {
  return use == Disclosure::Export ? "case.export" : display;
}

// "unit=TSH-01 state=submitted service=STAY_REG results=3" (codes and counts only).
std::string listDetails(const CaseQuery& query, std::size_t results) {
  std::string details = "unit=" + query.unitCode;
  if (query.state) details.append(" state=").append(toString(*query.state));
  if (query.service) details.append(" service=").append(toString(*query.service));
  return details.append(" results=").append(std::to_string(results));
}

}  // namespace

CaseAccess::CaseAccess(CaseRepository& cases, AuditTrail& audit, Clock& clock)
    : m_cases(cases), m_audit(audit), m_clock(clock) {}

Status CaseAccess::allow(const User& actor, const std::string& unitCode, Disclosure use) {
  if (auto allowed = authorize(actor, Right::CaseView, unitCode); !allowed) return allowed;
  if (use == Disclosure::Export) return authorize(actor, Right::Export, unitCode);
  return success();
}

Result<Case> CaseAccess::view(const std::string& caseId, const User& actor, Disclosure use) {
  // The role is checked before the case is read, so a role without the right learns nothing.
  if (auto allowed = allow(actor, actor.unitCode, use); !allowed) return allowed.error();
  auto stored = m_cases.load(caseId);
  if (!stored) return stored.error();
  if (!stored->has_value()) return makeError("case.not_found").with("case_id", caseId);
  if (auto allowed = allow(actor, (*stored)->unitCode, use); !allowed) return allowed.error();
  AuditContext context{actor, actionOf(use, "case.view"), m_clock.now()};
  if (auto logged = m_audit.record(context, "case", caseId, ""); !logged) return logged.error();
  return std::move(**stored);
}

Result<Page<CaseSummary>> CaseAccess::list(CaseQuery query, const User& actor, Disclosure use) {
  if (query.unitCode.empty()) query.unitCode = actor.unitCode;
  if (auto allowed = allow(actor, query.unitCode, use); !allowed) return allowed.error();
  auto page = m_cases.list(query);
  if (!page) return page.error();
  AuditContext context{actor, actionOf(use, "case.list"), m_clock.now()};
  if (auto logged = m_audit.record(context, "case", "", listDetails(query, page->items.size()));
      !logged) {
    return logged.error();
  }
  return page;
}

}  // namespace mws::core
