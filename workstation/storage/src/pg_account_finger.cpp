// The accounts' fingers (migration 0012): PgUserRepository as the core's AccountFingerStore.
// The template is sealed under the installation's blob key with the account, the finger and
// the driver as associated data; the audit chain gets the change, never the template.
#include <soci/soci.h>

#include "mws/storage/audit_chain.hpp"
#include "mws/storage/pg_user_repository.hpp"
#include "sealing.hpp"

namespace mws::storage {
namespace {

std::string associatedData(std::int64_t userId, const std::string& finger, const std::string& driver) {
  return "account_finger:" + std::to_string(userId) + ":" + finger + ":" + driver;
}

core::Error keyMissing() {
  return core::makeError("storage.blob_key_missing", "no blob key is installed");
}

core::Result<core::User> accountOf(PgUserRepository& users, const std::string& login) {
  auto found = users.findByLogin(login);
  if (!found) return found.error();
  if (!found->has_value()) return core::makeError("user.unknown").with("login", login);
  return std::move(**found);
}

// The change in the audit chain, by the administrator (nobody: the machine's operator).
void auditFinger(soci::session& sql, const core::AccountActor& by, const core::User& subject,
                 const std::string& action, std::string details) {
  if (!by) details += " by=operator";
  AuditChain::append(sql, {std::chrono::system_clock::now(), by.value_or(core::User{}), action,
                           "user", std::to_string(subject.id), details});
}

}  // namespace

core::Result<std::optional<core::EnrolledFinger>> PgUserRepository::finger(std::int64_t userId) {
  try {
    long long id = userId;
    core::EnrolledFinger stored;
    std::string hex;
    m_db.session() << "SELECT finger, driver, encode(sealed, 'hex') FROM account_fingers"
                      " WHERE user_id = :id",
        soci::use(id), soci::into(stored.finger), soci::into(stored.driver), soci::into(hex);
    if (!m_db.session().got_data()) return std::optional<core::EnrolledFinger>();
    const auto key = BlobStore::sharedKey();
    if (!key) return keyMissing();
    auto plain = sealing::unseal(*key, associatedData(userId, stored.finger, stored.driver),
                              sealing::fromHex(hex));
    if (!plain) return core::makeError("auth.finger_corrupt", "an account's finger does not open");
    stored.data = std::move(*plain);
    return std::optional<core::EnrolledFinger>(std::move(stored));
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<bool> PgUserRepository::fingerRequired(std::int64_t userId) {
  try {
    long long id = userId;
    int required = 0;
    m_db.session() << "SELECT finger_required::int FROM users WHERE id = :id", soci::use(id),
        soci::into(required);
    if (!m_db.session().got_data()) return core::makeError("user.unknown").with("id", std::to_string(userId));
    return required != 0;
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Status PgUserRepository::enrolFinger(const std::string& login, const core::EnrolledFinger& finger,
                                           const core::AccountActor& by) {
  auto user = accountOf(*this, login);
  if (!user) return user.error();
  const auto key = BlobStore::sharedKey();
  if (!key) return keyMissing();
  try {
    soci::transaction tx(m_db.session());
    long long id = user->id;
    const std::string hex =
        sealing::toHex(sealing::seal(*key, associatedData(user->id, finger.finger, finger.driver), finger.data));
    long long byId = by ? by->id : 0;
    soci::indicator byNull = by ? soci::i_ok : soci::i_null;
    m_db.session() << "INSERT INTO account_fingers(user_id, finger, driver, sealed, enrolled_by)"
                      " VALUES (:id, :f, :d, decode(:s, 'hex'), :b)"
                      " ON CONFLICT (user_id) DO UPDATE SET finger = EXCLUDED.finger,"
                      " driver = EXCLUDED.driver, sealed = EXCLUDED.sealed, enrolled_at = now(),"
                      " enrolled_by = EXCLUDED.enrolled_by",
        soci::use(id), soci::use(finger.finger), soci::use(finger.driver), soci::use(hex),
        soci::use(byId, byNull);
    auditFinger(m_db.session(), by, *user, "auth.finger_enrol",
                "finger=" + finger.finger + " driver=" + finger.driver);
    tx.commit();
    return core::success();
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Status PgUserRepository::setFingerRequired(const std::string& login, bool required,
                                                 const core::AccountActor& by) {
  auto user = accountOf(*this, login);
  if (!user) return user.error();
  try {
    soci::transaction tx(m_db.session());
    long long id = user->id;
    int fingers = 0;
    m_db.session() << "SELECT count(*) FROM account_fingers WHERE user_id = :id", soci::use(id),
        soci::into(fingers);
    if (required && fingers == 0) return core::makeError("auth.finger_not_enrolled").with("login", login);
    int flag = required ? 1 : 0;
    m_db.session() << "UPDATE users SET finger_required = :r::boolean WHERE id = :id", soci::use(flag),
        soci::use(id);
    auditFinger(m_db.session(), by, *user, "auth.finger_require", required ? "required=true" : "required=false");
    tx.commit();
    return core::success();
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

}  // namespace mws::storage
