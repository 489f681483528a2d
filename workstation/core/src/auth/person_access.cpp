#include "mws/core/auth/person_access.hpp"

#include "mws/core/auth/input_checks.hpp"
#include "mws/core/domain/transliteration.hpp"

namespace mws::core {
namespace {

const char* byName(PersonLookup::By by) {
  switch (by) {
    case PersonLookup::By::Document: return "document";
    case PersonLookup::By::PersonalNumber: return "personal_number";
    case PersonLookup::By::Name: return "name";
  }
  return "name";
}

// The ids of what was found, for the audit chain ("1,7,12").
std::string idList(const std::vector<Person>& persons) {
  std::string ids;
  for (const Person& p : persons) {
    if (!ids.empty()) ids.push_back(',');
    ids.append(std::to_string(p.id));
  }
  return ids;
}

using Found = Result<std::vector<Person>>;

Found single(Result<std::optional<Person>> found) {
  if (!found) return found.error();
  std::vector<Person> persons;
  if (found->has_value()) persons.push_back(std::move(**found));
  return persons;
}

}  // namespace

PersonAccess::PersonAccess(PersonRepository& persons, AuditTrail& audit, Clock& clock)
    : m_persons(persons), m_audit(audit), m_clock(clock) {}

Status PersonAccess::allow(const User& actor, Right right, Disclosure use) {
  if (auto allowed = authorize(actor, right, actor.unitCode); !allowed) return allowed;
  if (use == Disclosure::Export) return authorize(actor, Right::Export, actor.unitCode);
  return success();
}

Status PersonAccess::audit(const User& actor, const std::string& action,
                           const std::string& entityId, const std::string& details) {
  return m_audit.record(AuditContext{actor, action, m_clock.now()}, "person", entityId, details);
}

Result<Person> PersonAccess::add(const Person& person, const User& actor) {
  if (auto allowed = authorize(actor, Right::PersonCreate, actor.unitCode); !allowed) {
    return allowed.error();
  }
  if (auto valid = checkPersonInput(person); !valid) return valid.error();
  return m_persons.add(person, AuditContext{actor, "person.add", m_clock.now()});
}

Result<Person> PersonAccess::view(std::int64_t personId, const User& actor, Disclosure use) {
  if (auto allowed = allow(actor, Right::PersonView, use); !allowed) return allowed.error();
  auto found = m_persons.findById(personId);
  if (!found) return found.error();
  if (!found->has_value()) {
    return makeError("person.not_found").with("person_id", std::to_string(personId));
  }
  const char* action = use == Disclosure::Export ? "person.export" : "person.view";
  if (auto logged = audit(actor, action, std::to_string(personId), ""); !logged) {
    return logged.error();
  }
  return std::move(**found);
}

Result<std::vector<Person>> PersonAccess::find(const PersonLookup& lookup, const User& actor,
                                               Disclosure use) {
  if (auto allowed = allow(actor, Right::PersonSearch, use); !allowed) return allowed.error();
  Found found = [&]() -> Found {
    switch (lookup.by) {
      case PersonLookup::By::Document: return single(m_persons.findByDocumentNumber(lookup.text));
      case PersonLookup::By::PersonalNumber:
        return single(m_persons.findByPersonalNumber(lookup.text));
      case PersonLookup::By::Name: break;
    }
    auto page = m_persons.search(PersonQuery{normaliseName(lookup.text), lookup.birthDate, lookup.page});
    if (!page) return page.error();
    return std::move(page->items);
  }();
  if (!found) return found;
  const char* action = use == Disclosure::Export ? "person.export" : "person.search";
  std::string details = std::string("by=") + byName(lookup.by);
  details.append(" results=").append(std::to_string(found->size()));
  if (!found->empty()) details.append(" ids=").append(idList(*found));
  if (auto logged = audit(actor, action, "", details); !logged) return logged.error();
  return found;
}

}  // namespace mws::core
