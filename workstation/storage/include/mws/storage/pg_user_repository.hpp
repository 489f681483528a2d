#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "mws/core/auth/account_store.hpp"
#include "mws/core/ports/finger_verifier.hpp"
#include "mws/core/ports/user_repository.hpp"
#include "mws/storage/database.hpp"

namespace mws::storage {

// Accounts and their sign-in protection state; each security change is written with its
// audit entry in one transaction.
class PgUserRepository : public core::UserRepository, public core::AccountStore,
                         public core::AccountFingerStore {
public:
  explicit PgUserRepository(Database& db) : m_db(db) {}

  core::Result<std::optional<core::User>> findByLogin(const std::string& login) override;
  core::Result<std::optional<core::User>> findById(std::int64_t id) override;
  core::Result<core::User> add(const core::User& user) override;
  // The logins of the given account ids (ids with no account are left out).
  core::Result<std::map<std::int64_t, std::string>> loginsById(const std::set<std::int64_t>& ids);

  core::Result<core::AccountSecurity> security(std::int64_t userId) override;
  core::Status recordSignIn(const core::SignInEvent& event) override;
  core::Result<core::User> addAccount(const core::User& user, bool mustChange,
                                      const core::AccountActor& by) override;
  core::Status setPassword(const std::string& login, const std::string& hash, bool mustChange,
                           const core::AccountActor& by) override;
  core::Status unlock(const std::string& login, const core::AccountActor& by) override;

  // The second factor (migration 0012, pg_account_finger.cpp): the finger sealed under the
  // installation's blob key (BlobStore::sharedKey) with the account id as associated data;
  // without a key "storage.blob_key_missing".
  core::Result<std::optional<core::EnrolledFinger>> finger(std::int64_t userId) override;
  core::Result<bool> fingerRequired(std::int64_t userId) override;
  core::Status enrolFinger(const std::string& login, const core::EnrolledFinger& finger,
                           const core::AccountActor& by) override;
  core::Status setFingerRequired(const std::string& login, bool required,
                                 const core::AccountActor& by) override;

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
