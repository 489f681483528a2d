#pragma once
// Persons as the CLI and the UI reach them: each call checks the actor's right (PersonCreate,
// PersonView, PersonSearch, and Export when the record leaves the program) and records
// every view, search and export in the audit chain with ids and counts only.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mws/core/auth/audit_trail.hpp"
#include "mws/core/auth/rights.hpp"
#include "mws/core/auth/user.hpp"
#include "mws/core/domain/person.hpp"
#include "mws/core/domain/ports/clock.hpp"
#include "mws/core/domain/ports/person_repository.hpp"
#include "mws/core/result.hpp"

namespace mws::core {

// What a person lookup is by; the text is never written to the audit chain.
struct PersonLookup {
  enum class By { Document, PersonalNumber, Name };
  By by = By::Name;
  std::string text;                    // the document number, the personal number or a name
  std::optional<CivilDate> birthDate;  // with By::Name only
  PageRequest page;
};

// Showing a record at the counter, or handing it out of the program (JSON, print).
enum class Disclosure { Display, Export };

class PersonAccess {
public:
  PersonAccess(PersonRepository& persons, AuditTrail& audit, Clock& clock);

  // The repository records "person.add" with the new record.
  Result<Person> add(const Person& person, const User& actor);
  // "person.not_found" when there is no such id; "person.view" or "person.export" audited.
  Result<Person> view(std::int64_t personId, const User& actor, Disclosure use);
  // "person.search" (or "person.export") audited with the kind of lookup and the ids found.
  Result<std::vector<Person>> find(const PersonLookup& lookup, const User& actor, Disclosure use);

private:
  Status allow(const User& actor, Right right, Disclosure use);
  Status audit(const User& actor, const std::string& action, const std::string& entityId,
               const std::string& details);

  PersonRepository& m_persons;
  AuditTrail& m_audit;
  Clock& m_clock;
};

}  // namespace mws::core
