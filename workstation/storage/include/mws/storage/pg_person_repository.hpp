#pragma once
#include "mws/core/domain/ports/person_repository.hpp"
#include "mws/storage/database.hpp"

namespace mws::storage {

// Persons with their documents and visas. Every change writes the person's snapshot to the
// outbox and an entry to the audit chain in the same transaction.
class PgPersonRepository : public core::PersonRepository {
public:
  explicit PgPersonRepository(Database& db) : m_db(db) {}

  core::Result<core::Person> add(const core::Person& person, const core::AuditContext& audit) override;
  core::Status update(const core::Person& person, const core::AuditContext& audit) override;
  core::Result<std::optional<core::Person>> findById(std::int64_t id) override;
  core::Result<std::optional<core::Person>> findByDocumentNumber(const std::string& fullNumber) override;
  core::Result<std::optional<core::Person>> findByPersonalNumber(const std::string& number) override;
  // Name key: prefix match or trigram similarity (pg_trgm), best first; birth date exact.
  core::Result<core::Page<core::Person>> search(const core::PersonQuery& query) override;

private:
  core::Result<std::optional<core::Person>> findBy(const std::string& where, const std::string& value);
  Database& m_db;
};

}  // namespace mws::storage
