#include "mws/storage/pg_user_repository.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include "mws/core/auth/input_checks.hpp"
#include "mws/storage/audit_chain.hpp"

namespace mws::storage {
namespace {

std::string sqlState(const std::exception& e) {
  auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&e);
  return pg ? pg->sqlstate() : std::string();
}

using TimePoint = std::chrono::system_clock::time_point;


std::optional<TimePoint> optionalTime(const soci::row& row, const char* column) {
  if (row.get_indicator(column) == soci::i_null) return std::nullopt;
  return TimePoint(std::chrono::duration_cast<TimePoint::duration>(
      std::chrono::microseconds(row.get<long long>(column))));
}

// A time as micros since the epoch for SQL's to_timestamp, with its NULL indicator.
struct MicrosParam {
  explicit MicrosParam(const std::optional<TimePoint>& at)
      : value(at ? std::chrono::duration_cast<std::chrono::microseconds>(
                       at->time_since_epoch()).count()
                 : 0),
        indicator(at ? soci::i_ok : soci::i_null) {}
  long long value;
  soci::indicator indicator;
};

core::AccountSecurity securityFromRow(const soci::row& row) {
  core::AccountSecurity security;
  security.failedSignIns = row.get<int>("failed_signins");
  security.mustChangePassword = row.get<int>("must_change_int") != 0;
  security.failureWindowStart = optionalTime(row, "window_us");
  security.lockedUntil = optionalTime(row, "locked_us");
  return security;
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

core::Result<std::optional<core::User>> PgUserRepository::findById(std::int64_t id) {
  try {
    soci::row row;
    long long key = id;
    m_db.session() << "SELECT id, login, display_name, role, unit_code, password_hash,"
                      " active::int AS active_int FROM users WHERE id = :id",
        soci::use(key), soci::into(row);
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
  if (auto valid = core::checkText(unit.code, "unit.code", 32); !valid) return valid.error();
  if (auto valid = core::checkText(unit.name, "unit.name", 200); !valid) return valid.error();
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

namespace mws::storage {
namespace {

void storeSecurity(soci::session& sql, std::int64_t userId, const core::AccountSecurity& state) {
  MicrosParam window(state.failureWindowStart);
  MicrosParam locked(state.lockedUntil);
  long long id = userId;
  int failures = state.failedSignIns;
  sql << "UPDATE users SET failed_signins = :f,"
         " failure_window_start = to_timestamp(:w / 1000000.0),"
         " locked_until = to_timestamp(:l / 1000000.0) WHERE id = :id",
      soci::use(failures), soci::use(window.value, window.indicator),
      soci::use(locked.value, locked.indicator), soci::use(id);
}

// The account a security change concerns, or "user.unknown".
core::Result<core::User> requireUser(PgUserRepository& users, const std::string& login) {
  auto found = users.findByLogin(login);
  if (!found) return found.error();
  if (!found->has_value()) return core::makeError("user.unknown").with("login", login);
  return std::move(**found);
}

// An account change in the audit chain: the actor is who made it (nobody for the machine's
// operator), the entity the account changed; details hold codes, never a password.
void auditAccount(soci::session& sql, const core::AccountActor& by, const core::User& subject,
                  const std::string& action, const std::string& details) {
  core::User actor = by.value_or(core::User{});
  std::string text = details;
  if (!by) text += std::string(text.empty() ? "" : " ") + "by=operator";
  AuditChain::append(sql, {std::chrono::system_clock::now(), actor, action, "user",
                           std::to_string(subject.id), text});
}

}  // namespace

core::Result<core::AccountSecurity> PgUserRepository::security(std::int64_t userId) {
  try {
    soci::row row;
    long long id = userId;
    m_db.session() << "SELECT failed_signins, must_change_password::int AS must_change_int,"
                      " (extract(epoch FROM failure_window_start) * 1000000)::bigint AS window_us,"
                      " (extract(epoch FROM locked_until) * 1000000)::bigint AS locked_us"
                      " FROM users WHERE id = :id",
        soci::use(id), soci::into(row);
    if (!m_db.session().got_data()) {
      return core::makeError("user.unknown").with("id", std::to_string(userId));
    }
    return securityFromRow(row);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Status PgUserRepository::recordSignIn(const core::SignInEvent& event) {
  try {
    soci::transaction tx(m_db.session());
    core::User actor;
    actor.login = event.login;
    if (event.user) {
      storeSecurity(m_db.session(), event.user->id, event.security);
      actor = *event.user;
    }
    AuditChain::append(m_db.session(), {event.at, actor, "auth.sign_in", "user",
                                        actor.id ? std::to_string(actor.id) : std::string(),
                                        "outcome=" + event.outcome});
    tx.commit();
    return core::success();
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<core::User> PgUserRepository::addAccount(const core::User& user, bool mustChange,
                                                     const core::AccountActor& by) {
  try {
    soci::transaction tx(m_db.session());
    auto added = add(user);
    if (!added) return added;
    long long id = added->id;
    int must = mustChange ? 1 : 0;
    m_db.session() << "UPDATE users SET must_change_password = :m::boolean WHERE id = :id",
        soci::use(must), soci::use(id);
    auditAccount(m_db.session(), by, *added, "user.add",
                 "role=" + std::string(core::toString(user.role)) + " unit=" + user.unitCode +
                     (mustChange ? " initial=true" : " initial=false"));
    tx.commit();
    return added;
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Status PgUserRepository::setPassword(const std::string& login, const std::string& hash,
                                           bool mustChange, const core::AccountActor& by) {
  auto user = requireUser(*this, login);
  if (!user) return user.error();
  try {
    soci::transaction tx(m_db.session());
    long long id = user->id;
    int must = mustChange ? 1 : 0;
    m_db.session() << "UPDATE users SET password_hash = :h, must_change_password = :m::boolean,"
                      " failed_signins = 0, failure_window_start = NULL, locked_until = NULL"
                      " WHERE id = :id",
        soci::use(hash), soci::use(must), soci::use(id);
    auditAccount(m_db.session(), by, *user, "auth.password_set",
                 mustChange ? "initial=true" : "initial=false");
    tx.commit();
    return core::success();
  } catch (const std::exception& e) {
    if (sqlState(e) == "23514") return core::makeError("user.invalid");
    return databaseError("db.query_failed", e);
  }
}

core::Status PgUserRepository::unlock(const std::string& login, const core::AccountActor& by) {
  auto user = requireUser(*this, login);
  if (!user) return user.error();
  try {
    soci::transaction tx(m_db.session());
    long long id = user->id;
    m_db.session() << "UPDATE users SET failed_signins = 0, failure_window_start = NULL,"
                      " locked_until = NULL WHERE id = :id",
        soci::use(id);
    auditAccount(m_db.session(), by, *user, "auth.unlock", "");
    tx.commit();
    return core::success();
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

}  // namespace mws::storage
