#include "mws/storage/pg_user_repository.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

namespace mws::storage {
namespace {

std::string sqlState(const std::exception& e) {
  auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&e);
  return pg ? pg->sqlstate() : std::string();
}

core::User userFromRow(const soci::row& row) {
  core::User user;
  user.id = row.get<long long>("id");
  user.login = row.get<std::string>("login");
  user.displayName = row.get<std::string>("display_name");
  user.role = core::parseRole(row.get<std::string>("role")).value_or(core::Role::Officer);
  user.unitCode = row.get<std::string>("unit_code");
  user.passwordHash = row.get<std::string>("password_hash");
  user.active = row.get<int>("active_int") != 0;
  return user;
}

}  // namespace

core::Result<std::optional<core::User>> PgUserRepository::findByLogin(const std::string& login) {
  try {
    soci::row row;
    m_db.session() << "SELECT id, login, display_name, role, unit_code, password_hash,"
                      " active::int AS active_int FROM users WHERE login = :login",
        soci::use(login), soci::into(row);
    if (!m_db.session().got_data()) return std::optional<core::User>();
    return std::optional<core::User>(userFromRow(row));
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<core::User> PgUserRepository::add(const core::User& user) {
  try {
    core::User stored = user;
    std::string role(core::toString(user.role));
    int active = user.active ? 1 : 0;
    long long id = 0;
    m_db.session() << "INSERT INTO users(login, display_name, role, unit_code, password_hash,"
                      " active) VALUES (:l, :d, :r, :u, :h, :a::boolean) RETURNING id",
        soci::use(user.login), soci::use(user.displayName), soci::use(role),
        soci::use(user.unitCode), soci::use(user.passwordHash), soci::use(active),
        soci::into(id);
    stored.id = id;
    return stored;
  } catch (const std::exception& e) {
    const std::string state = sqlState(e);
    if (state == "23505") return core::makeError("user.exists").with("login", user.login);
    if (state == "23503") return core::makeError("unit.unknown").with("unit", user.unitCode);
    if (state == "23514") return core::makeError("user.invalid");
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::map<std::int64_t, std::string>> PgUserRepository::loginsById(
    const std::set<std::int64_t>& ids) {
  try {
    std::map<std::int64_t, std::string> logins;
    for (std::int64_t id : ids) {
      long long key = id;
      std::string login;
      m_db.session() << "SELECT login FROM users WHERE id = :id", soci::use(key), soci::into(login);
      if (m_db.session().got_data()) logins[id] = login;
    }
    return logins;
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<UnitRecord> PgUnitRepository::add(const UnitRecord& unit) {
  try {
    m_db.session() << "INSERT INTO units(code, name) VALUES (:c, :n)", soci::use(unit.code),
        soci::use(unit.name);
    return unit;
  } catch (const std::exception& e) {
    const std::string state = sqlState(e);
    if (state == "23505") return core::makeError("unit.exists").with("unit", unit.code);
    if (state == "23514") return core::makeError("unit.invalid").with("unit", unit.code);
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::optional<UnitRecord>> PgUnitRepository::find(const std::string& code) {
  try {
    UnitRecord unit;
    m_db.session() << "SELECT code, name FROM units WHERE code = :c", soci::use(code),
        soci::into(unit.code), soci::into(unit.name);
    if (!m_db.session().got_data()) return std::optional<UnitRecord>();
    return std::optional<UnitRecord>(unit);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::vector<UnitRecord>> PgUnitRepository::list() {
  try {
    std::vector<UnitRecord> units;
    soci::rowset<soci::row> rows = m_db.session().prepare << "SELECT code, name FROM units ORDER BY code";
    for (const auto& row : rows) units.push_back({row.get<std::string>(0), row.get<std::string>(1)});
    return units;
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

}  // namespace mws::storage
