#pragma once
// Where persons, their documents and visas are kept (PostgreSQL in production).

#include <cstdint>
#include <optional>
#include <string>

#include "mws/core/domain/person.hpp"
#include "mws/core/domain/ports/audit_context.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

struct PersonQuery {
  std::string nameKey;                  // normaliseName() of what the officer typed; a
                                        // prefix/fuzzy match (pg_trgm) is up to storage
  std::optional<CivilDate> birthDate;   // exact when given
  PageRequest page;
};

class PersonRepository {
public:
  virtual ~PersonRepository() = default;
  // Stores a new person with documents and visas, with the outbox row and audit entry;
  // returns it with its id. "person.duplicate_document" / "person.duplicate_personal_number".
  virtual Result<Person> add(const Person& person, const AuditContext& audit) = 0;
  // Replaces the stored record (documents and visas included). "person.not_found".
  virtual Status update(const Person& person, const AuditContext& audit) = 0;
  virtual Result<std::optional<Person>> findById(std::int64_t id) = 0;
  // By series+number as IdentityDocument::fullNumber() gives it, exact.
  virtual Result<std::optional<Person>> findByDocumentNumber(const std::string& fullNumber) = 0;
  virtual Result<std::optional<Person>> findByPersonalNumber(const std::string& personalNumber) = 0;
  virtual Result<Page<Person>> search(const PersonQuery& query) = 0;
};

}  // namespace mws::core
