#include "mws/storage/pg_person_repository.hpp"

#include <soci/soci.h>

#include "case_rows.hpp"
#include "mws/storage/outbox.hpp"

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
    return std::optional<core::Person>(rows::loadPerson(sql, id));
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
    std::string birth = query.birthDate ? query.birthDate->toString() : std::string();
    long long offset = query.page.offset, limit = query.page.limit;
    core::Page<core::Person> page;
    std::vector<long long> ids;
    soci::rowset<soci::row> found = (sql.prepare
        << "WITH q AS (SELECT CAST(:k AS text) AS k, CAST(nullif(:b, '') AS date) AS b)"
           " SELECT p.id, count(*) OVER () FROM persons p, q"
           " WHERE (q.k = '' OR p.name_key LIKE q.k || '%' OR p.name_key % q.k)"
           "   AND (q.b IS NULL OR p.birth_date = q.b)"
           " ORDER BY (p.name_key LIKE q.k || '%') DESC, similarity(p.name_key, q.k) DESC, p.id"
           " OFFSET :o LIMIT :l",
        soci::use(query.nameKey), soci::use(birth), soci::use(offset), soci::use(limit));
    for (const auto& r : found) {
      ids.push_back(r.get<long long>(0));
      page.total = r.get<long long>(1);
    }
    for (long long id : ids) page.items.push_back(rows::loadPerson(sql, id));
    return page;
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

}  // namespace mws::storage
