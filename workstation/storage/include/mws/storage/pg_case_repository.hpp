#pragma once
#include "mws/core/domain/ports/case_repository.hpp"
#include "mws/storage/database.hpp"

namespace mws::storage {

// Cases and their history. Each mutating call is one transaction that also writes the
// case's snapshot to the outbox and an entry to the audit chain; the database's four-eyes
// trigger and constraints back the core's rules.
class PgCaseRepository : public core::CaseRepository {
public:
  explicit PgCaseRepository(Database& db) : m_db(db) {}

  core::Status create(const core::Case& newCase, const core::AuditContext& audit) override;
  core::Status updatePayload(const core::CaseTransition& edit, const core::CasePayload& payload,
                             const core::FeeQuote& fee, const core::AuditContext& audit) override;
  core::Status apply(const core::CaseChange& change, const core::AuditContext& audit) override;
  core::Result<std::optional<core::Case>> load(const std::string& caseId) override;
  core::Result<core::Page<core::CaseSummary>> list(const core::CaseQuery& query) override;
  core::Result<core::Page<core::CaseSummary>> listOfPersons(
      const core::CaseQuery& query, const std::vector<std::int64_t>& personIds) override;
  core::Result<std::vector<std::string>> findActiveResidenceRegistrations(std::int64_t personId) override;
  core::Result<std::vector<std::string>> findFirstIdCardIssuances(std::int64_t personId) override;
  core::Result<std::vector<std::string>> findEVisaExtensions(std::int64_t personId,
                                                             const std::string& visaNumber) override;

private:
  core::Result<core::Page<core::CaseSummary>> listCases(
      const core::CaseQuery& query, const std::vector<std::int64_t>* personIds);

  Database& m_db;
};

}  // namespace mws::storage
