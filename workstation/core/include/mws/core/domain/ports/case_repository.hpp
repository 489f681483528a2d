#pragma once
// Where cases and their history are kept (PostgreSQL in production). Every mutating call is
// one transaction that also writes the outbox row(s) and the audit entry.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mws/core/domain/case.hpp"
#include "mws/core/domain/case_rules.hpp"
#include "mws/core/domain/ports/audit_context.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

// One step of one case, made against the version the caller loaded.
struct CaseTransition {
  std::string caseId;
  std::int64_t expectedVersion = 0;
  CaseEvent event;
};

// Everything one action changes, applied all together or not at all.
struct CaseChange {
  CaseTransition transition;
  // Other cases the action moves too: the stay registration a STAY_CANCEL ends, the
  // residence registration a new one replaces (issued -> cancelled).
  std::vector<CaseTransition> linked;
  // Person changes on issuing (visa extension, OneID mark, permanent resident status).
  std::vector<CaseEffect> effects;
};

struct CaseSummary {
  std::string id;
  std::string unitCode;
  ServiceCode service = ServiceCode::StayRegistration;
  std::int64_t personId = 0;
  CaseState state = CaseState::Draft;
  CivilDate filedOn;
  std::int64_t version = 0;

  friend bool operator==(const CaseSummary&, const CaseSummary&) = default;
};

struct CaseQuery {
  std::string unitCode;
  std::optional<CaseState> state;
  std::optional<ServiceCode> service;
  PageRequest page;
};

class CaseRepository {
public:
  virtual ~CaseRepository() = default;
  // Stores a new case (version 1) with its Open event (newCase.history.front()).
  // "case.exists" when the id is taken (a retried open is not applied twice).
  virtual Status create(const Case& newCase, const AuditContext& audit) = 0;
  // Replaces payload and fee of an editable case and appends the Edit event.
  // "case.not_found", "case.concurrent_update" (params case_id, expected, actual).
  virtual Status updatePayload(const CaseTransition& edit, const CasePayload& payload,
                               const FeeQuote& fee, const AuditContext& audit) = 0;
  // Applies the transition, the linked transitions and the effects in one transaction and
  // bumps each case's version. Same codes as updatePayload.
  virtual Status apply(const CaseChange& change, const AuditContext& audit) = 0;
  // The case with its full history, oldest event first.
  virtual Result<std::optional<Case>> load(const std::string& caseId) = 0;
  virtual Result<Page<CaseSummary>> list(const CaseQuery& query) = 0;
  // The same, restricted to the cases of these persons (none when the list is empty).
  virtual Result<Page<CaseSummary>> listOfPersons(const CaseQuery& query,
                                                  const std::vector<std::int64_t>& personIds) = 0;
  // RESIDENCE_REG cases of the person whose state counts as an active registration.
  virtual Result<std::vector<std::string>> findActiveResidenceRegistrations(std::int64_t personId) = 0;
  // ID_CARD first-issuance cases of the person that are neither rejected nor cancelled.
  virtual Result<std::vector<std::string>> findFirstIdCardIssuances(std::int64_t personId) = 0;
  // EVISA_EXT cases of the person for that visa that are neither rejected nor cancelled.
  virtual Result<std::vector<std::string>> findEVisaExtensions(std::int64_t personId,
                                                               const std::string& visaNumber) = 0;
};

}  // namespace mws::core
