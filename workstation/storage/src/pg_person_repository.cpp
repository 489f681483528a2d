#include "mws/storage/pg_person_repository.hpp"

#include <soci/soci.h>

#include "case_rows.hpp"
#include "mws/storage/outbox.hpp"
#include "person_search.hpp"

namespace mws::storage {
namespace {

core::Error personWriteError(const std::exception& e) {
  const std::string state = rows::sqlStateOf(e);
  const std::string what = e.what();
  if (state == "23505" && what.find("personal_number") != std::string::npos) {
    return core::makeError("person.duplicate_personal_number");
  }
  if (state == "23505") return core::makeError("person.duplicate_document");
  if (state == "23503" && what.find("citizenship") != std::string::npos) {
    return core::makeError("person.citizenship_unknown");
  }
  if (state == "23503") return core::makeError("document.country");
  if (state == "23514") return core::makeError("person.invalid", "a database check refused it");
  return databaseError("db.query_failed", e);
}

}  // namespace

core::Result<core::Person> PgPersonRepository::add(const core::Person& person,
                                                   const core::AuditContext& audit) {
  try {
    auto& sql = m_db.session();
    soci::transaction tx(sql);
    long long id = 0;
    rows::insertPersonRow(sql, person, id);
    core::Person stored = person;
    stored.id = id;
    rows::replaceDocumentsAndVisas(sql, stored);
    Outbox::appendPersonSnapshot(sql, id, audit.action);
    rows::audit(sql, audit, "person", std::to_string(id));
    tx.commit();
    return stored;
  } catch (const std::exception& e) {
    return personWriteError(e);
  }
}

core::Status PgPersonRepository::update(const core::Person& person, const core::AuditContext& audit) {
  try {
    auto& sql = m_db.session();
    soci::transaction tx(sql);
    long long changed = 0;
    rows::updatePersonRow(sql, person, changed);
    if (changed == 0) {
      return core::makeError("person.not_found").with("person_id", std::to_string(person.id));
    }
    rows::replaceDocumentsAndVisas(sql, person);
    Outbox::appendPersonSnapshot(sql, person.id, audit.action);
    rows::audit(sql, audit, "person", std::to_string(person.id));
    tx.commit();
    return core::success();
  } catch (const std::exception& e) {
    return personWriteError(e);
  }
}

core::Result<std::optional<core::Person>> PgPersonRepository::findBy(const std::string& query,
                                                                      const std::string& value) {
  try {
    auto& sql = m_db.session();
    long long id = 0;
    sql << query, soci::use(value), soci::into(id);
    if (!sql.got_data()) return std::optional<core::Person>();
    auto found = rows::loadPersons(sql, {id});
    if (found.empty()) return std::optional<core::Person>();
    return std::optional<core::Person>(std::move(found.front()));
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::optional<core::Person>> PgPersonRepository::findById(std::int64_t id) {
  return findBy("SELECT id FROM persons WHERE id = :v::bigint", std::to_string(id));
}

core::Result<std::optional<core::Person>> PgPersonRepository::findByDocumentNumber(
    const std::string& fullNumber) {
  return findBy("SELECT person_id FROM person_documents WHERE full_number = :v"
                " ORDER BY expires_on DESC LIMIT 1",
                fullNumber);
}

core::Result<std::optional<core::Person>> PgPersonRepository::findByPersonalNumber(
    const std::string& number) {
  return findBy("SELECT id FROM persons WHERE personal_number = :v", number);
}

core::Result<core::Page<core::Person>> PgPersonRepository::search(const core::PersonQuery& query) {
  try {
    auto& sql = m_db.session();
    search::NameQuery q{query.nameKey, query.birthDate ? query.birthDate->toString() : "",
                        query.page.offset, query.page.limit};
    std::vector<long long> ids = search::prefixPage(sql, q);
    if (ids.empty() && q.offset == 0 && !q.key.empty()) {
      // Nothing starts with what was typed: try it with misspelt words corrected.
      if (std::string corrected = search::correctedKey(sql, q.key); !corrected.empty()) {
        q.key = corrected;
        ids = search::prefixPage(sql, q);
      }
    }
    core::Page<core::Person> page;
    page.total = ids.empty() && q.offset == 0 ? 0 : search::prefixCount(sql, q);
    page.items = rows::loadPersons(sql, ids);
    return page;
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

}  // namespace mws::storage
