#include "workspace.hpp"

#include <ctime>

#include "mws/core/auth/auth_service.hpp"
#include "mws/runtime/security_config.hpp"
#include "mws/security/sodium_password_hasher.hpp"
#include "mws/storage/audit_trail.hpp"
#include "person_input.hpp"
#include "terminal.hpp"

namespace mws::cli {

core::Result<core::User> fingerSecondFactor(Context& ctx, core::AuthService& auth,
                                            const std::string& login);  // account_commands.cpp

std::chrono::system_clock::time_point SystemClock::now() {
  return std::chrono::system_clock::now();
}

core::CivilDate SystemClock::today() {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now());
  std::tm local{};
  localtime_r(&seconds, &local);
  return core::CivilDate::make(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                               static_cast<unsigned>(local.tm_mday))
      .value();
}

Workspace::Workspace(std::unique_ptr<runtime::OpenedDatabase> opened)
    : m_opened(std::move(opened)),
      m_persons(*m_opened->db),
      m_cases(*m_opened->db),
      m_reference(*m_opened->db),
      m_users(*m_opened->db),
      m_service(m_cases, m_persons, m_reference, m_clock) {}

std::unique_ptr<Workspace> openWorkspace(Context& ctx) {
  auto opened = ctx.openDatabase();
  if (!opened) return nullptr;
  return std::make_unique<Workspace>(std::move(opened));
}

core::Result<core::User> signInActor(Context& ctx, Workspace& workspace) {
  return signInActor(ctx, workspace.users());
}

core::Result<core::User> signInActor(Context& ctx, storage::PgUserRepository& users) {
  const std::string login = ctx.args.option("as").value_or("");
  if (login.empty()) {
    return usageError("say who acts with --as LOGIN");
  }
  std::string password;
  if (ctx.args.flag("password-stdin")) {
    password = readLine(ctx.in);
  } else if (isInteractive(ctx.in)) {
    password = readHidden(("Password for " + login + ": ").c_str(), ctx.err);
  } else {
    return usageError(
        "no terminal to ask for the password: give it on standard input with --password-stdin");
  }
  // The lockout limits of [security] (max_failures, lock_minutes) apply to --as as well.
  auto settings = runtime::securitySettings(*ctx.config);
  if (!settings) return settings.error();
  security::SodiumPasswordHasher hasher;
  core::AuthService auth(users, hasher, settings->lockout);
  auto user = auth.signIn(login, password);
  if (!user && user.error().code == "auth.finger_required") return fingerSecondFactor(ctx, auth, login);
  return user;
}

}  // namespace mws::cli

namespace mws::cli {

core::Status authorizeCliWork(Context& ctx, storage::Database& db, std::initializer_list<core::Right> rights,
                              const std::string& unitCode, const core::WorkRecord& work,
                              bool actorRequired) {
  if (!actorRequired && !ctx.args.option("as")) return core::success();
  storage::PgUserRepository users(db);
  auto actor = signInActor(ctx, users);
  if (!actor) return actor.error();
  storage::PgAuditTrail trail(db);
  SystemClock clock;
  return core::authorizeWork(trail, clock, *actor, rights, unitCode, work);
}

std::optional<int> machineWorkRefused(Context& ctx, core::Right right, const std::string& unitCode,
                                      const std::string& action) {
  if (!ctx.args.option("as")) return std::nullopt;
  auto opened = ctx.openDatabase();
  if (!opened) return kFailed;
  auto allowed = authorizeCliWork(ctx, *opened->db, {right}, unitCode, {action, "machine", unitCode, ""}, true);
  if (allowed) return std::nullopt;
  return report(ctx, allowed.error());
}

}  // namespace mws::cli
