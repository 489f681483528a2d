#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "mws/core/ports/user_repository.hpp"
#include "mws/storage/database.hpp"

namespace mws::storage {

class PgUserRepository : public core::UserRepository {
public:
  explicit PgUserRepository(Database& db) : m_db(db) {}

  core::Result<std::optional<core::User>> findByLogin(const std::string& login) override;
  core::Result<core::User> add(const core::User& user) override;
  // The logins of the given account ids (ids with no account are left out).
  core::Result<std::map<std::int64_t, std::string>> loginsById(const std::set<std::int64_t>& ids);

private:
  Database& m_db;
};

struct UnitRecord {
  std::string code;
  std::string name;
};

// The migration units known to this database.
class PgUnitRepository {
public:
  explicit PgUnitRepository(Database& db) : m_db(db) {}
  // "unit.exists" when the code is taken, "unit.invalid" when code or name break the rules.
  core::Result<UnitRecord> add(const UnitRecord& unit);
  core::Result<std::optional<UnitRecord>> find(const std::string& code);
  core::Result<std::vector<UnitRecord>> list();

private:
  Database& m_db;
};

}  // namespace mws::storage
