#pragma once
// What the person and case commands work with: the database, the repositories over it, the
// system clock, the CaseService, and the user the command acts as (--as LOGIN).

#include <memory>
#include <optional>
#include <string>

#include "context.hpp"
#include "mws/core/auth/recorded_work.hpp"
#include "mws/core/auth/user.hpp"
#include "mws/core/domain/case_service.hpp"
#include "mws/core/domain/ports/clock.hpp"
#include "mws/storage/pg_case_repository.hpp"
#include "mws/storage/pg_person_repository.hpp"
#include "mws/storage/pg_reference_data_repository.hpp"
#include "mws/storage/pg_user_repository.hpp"

namespace mws::cli {

// Events are stamped with the system time; cases are filed on the machine's local date.
class SystemClock : public core::Clock {
 public:
  std::chrono::system_clock::time_point now() override;
  core::CivilDate today() override;
};

class Workspace {
 public:
  explicit Workspace(std::unique_ptr<runtime::OpenedDatabase> opened);

  storage::Database& database() { return *m_opened->db; }
  storage::PgPersonRepository& persons() { return m_persons; }
  storage::PgCaseRepository& cases() { return m_cases; }
  storage::PgReferenceDataRepository& reference() { return m_reference; }
  storage::PgUserRepository& users() { return m_users; }
  SystemClock& clock() { return m_clock; }
  core::CaseService& service() { return m_service; }

 private:
  std::unique_ptr<runtime::OpenedDatabase> m_opened;
  storage::PgPersonRepository m_persons;
  storage::PgCaseRepository m_cases;
  storage::PgReferenceDataRepository m_reference;
  storage::PgUserRepository m_users;
  SystemClock m_clock;
  core::CaseService m_service;
};

// Opens the database; prints the error and returns null when it cannot.
std::unique_ptr<Workspace> openWorkspace(Context& ctx);

// Signs in as --as LOGIN with the password from standard input (--password-stdin: its first
// line) or typed at the terminal. A usage error ("cli.usage") without --as or without a
// password source; "auth.bad_credentials", "auth.account_disabled".
core::Result<core::User> signInActor(Context& ctx, Workspace& workspace);
core::Result<core::User> signInActor(Context& ctx, storage::PgUserRepository& users);

// Work that is not a case or person step, on `db` (the unit database): by --as LOGIN, who
// needs `rights` in `unitCode` and is recorded in the audit chain (core::authorizeWork).
// With `actorRequired` false and no --as, it is the machine's operator working with the
// database's own credentials (root, the mws-sync service), as for the installer's account
// commands, and nothing is checked here.
core::Status authorizeCliWork(Context& ctx, storage::Database& db, std::initializer_list<core::Right> rights,
                              const std::string& unitCode, const core::WorkRecord& work,
                              bool actorRequired);
// The same for machine work that needs no database of its own (doctor, onboard): with --as
// the database is opened for the account and the audit chain; without, nothing is checked.
// Prints a refusal and gives its exit status; nothing when allowed.
std::optional<int> machineWorkRefused(Context& ctx, core::Right right, const std::string& unitCode,
                                      const std::string& action);

}  // namespace mws::cli
