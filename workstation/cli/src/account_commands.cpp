#include <functional>
#include <ostream>

#include "context.hpp"
#include "terminal.hpp"
#include "mws/core/auth/auth_service.hpp"
#include "mws/core/auth/rights.hpp"
#include "mws/fingerprint/fprint_scanner.hpp"
#include "mws/fingerprint/scanner_finger_verifier.hpp"
#include "mws/fingerprint/simulated_fingerprint_scanner.hpp"
#include "mws/security/sodium_password_hasher.hpp"
#include "mws/storage/pg_user_repository.hpp"
#include "person_input.hpp"
#include "workspace.hpp"

namespace mws::cli {
namespace {

// The new account's password: one line on standard input with --password-stdin, or typed
// twice at a terminal.
core::Result<std::string> readPassword(Context& ctx) {
  if (ctx.args.flag("password-stdin")) return readLine(ctx.in);
  if (!isInteractive(ctx.in)) {
    return core::makeError("cli.password_source",
                           "give the password on standard input with --password-stdin");
  }
  std::string password = readHidden("Password: ", ctx.err);
  if (readHidden("Repeat the password: ", ctx.err) != password) {
    return core::makeError("cli.password_mismatch", "the two passwords differ");
  }
  return password;
}

// The account changes are made by --as LOGIN (with Right::UserManage in the account's unit,
// checked by the AuthService) or, without --as, by the machine's operator working with the
// database's own credentials (the installer's first accounts).
struct AccountSession {
  std::unique_ptr<Workspace> ws;
  core::AccountActor actor;
};

core::Result<AccountSession> openAccountSession(Context& ctx) {
  AccountSession session{openWorkspace(ctx), std::nullopt};
  if (!session.ws) return core::makeError("cli.reported");
  if (!ctx.args.option("as")) return session;
  auto actor = signInActor(ctx, *session.ws);
  if (!actor) return actor.error();
  session.actor = *actor;
  return session;
}

// Prints an error unless openAccountSession has printed it already.
int sessionFailure(Context& ctx, const core::Error& error) {
  return error.code == "cli.reported" ? kFailed : report(ctx, error);
}

const char* const kUserAddUsage =
    "usage: mws user add --login LOGIN --name \"FULL NAME\" --unit CODE "
    "[--role officer|supervisor|unit-admin|it] [--no-forced-change] [--password-stdin] "
    "[--as LOGIN]\n";

}  // namespace

int unitAdd(Context& ctx) {
  storage::UnitRecord unit{ctx.args.positional(2), ctx.args.positional(3)};
  if (unit.code.empty() || unit.name.empty()) {
    ctx.err << "usage: mws unit add CODE \"NAME\" [--as LOGIN]\n";
    return kUsage;
  }
  // --as: an account adding a unit needs unit.manage in this machine's unit (IT, the unit
  // administrator); without --as it is the installer's work.
  if (auto refused = machineWorkRefused(ctx, core::Right::UnitManage,
                                        ctx.config->getString("unit.code", ""), "unit.add")) {
    return *refused;
  }
  auto opened = ctx.openDatabase();
  if (!opened) return kFailed;
  storage::PgUnitRepository units(*opened->db);
  auto added = units.add(unit);
  if (!added) return ctx.fail(added.error());
  ctx.out << "unit " << added->code << " added\n";
  return kOk;
}

int unitList(Context& ctx) {
  auto opened = ctx.openDatabase();
  if (!opened) return kFailed;
  storage::PgUnitRepository units(*opened->db);
  auto all = units.list();
  if (!all) return ctx.fail(all.error());
  for (const auto& unit : *all) ctx.out << unit.code << "\t" << unit.name << "\n";
  return kOk;
}

int userAdd(Context& ctx) {
  core::NewUser request;
  request.login = ctx.args.option("login").value_or("");
  request.displayName = ctx.args.option("name").value_or("");
  request.unitCode = ctx.args.option("unit").value_or("");
  auto role = core::parseRole(ctx.args.option("role").value_or("officer"));
  if (!role) {
    ctx.err << "mws: --role is one of officer, supervisor, unit-admin, it\n";
    return kUsage;
  }
  request.role = *role;
  // The password handed out is an initial one unless a script says otherwise.
  request.mustChangePassword = !ctx.args.flag("no-forced-change");
  if (request.login.empty()) {
    ctx.err << kUserAddUsage;
    return kUsage;
  }
  auto session = openAccountSession(ctx);
  if (!session) return sessionFailure(ctx, session.error());
  auto password = readPassword(ctx);
  if (!password) return ctx.fail(password.error());
  request.password = *password;
  security::SodiumPasswordHasher hasher;
  core::AuthService auth(session->ws->users(), hasher);
  auto added = auth.addUser(request, session->actor);
  if (!added) return ctx.fail(added.error());
  ctx.out << "user " << added->login << " (" << core::toString(added->role) << ", unit "
          << added->unitCode << ") added\n";
  return kOk;
}

namespace {

// Runs one account change on the opened database: `mws user passwd` and `mws user unlock`.
int changeAccount(Context& ctx, const std::string& login, bool newPassword,
                  const std::function<core::Status(core::AuthService&, const std::string& password,
                                                   const core::AccountActor&)>& change) {
  auto session = openAccountSession(ctx);
  if (!session) return sessionFailure(ctx, session.error());
  std::string password;
  if (newPassword) {
    auto read = readPassword(ctx);
    if (!read) return ctx.fail(read.error());
    password = *read;
  }
  security::SodiumPasswordHasher hasher;
  core::AuthService auth(session->ws->users(), hasher);
  auto changed = change(auth, password, session->actor);
  if (!changed) return ctx.fail(changed.error());
  ctx.out << "user " << login << " updated\n";
  return kOk;
}

}  // namespace

int userPasswd(Context& ctx) {
  const std::string login = ctx.args.positional(2);
  if (login.empty()) {
    ctx.err << "usage: mws user passwd LOGIN [--initial-password] [--password-stdin] [--as LOGIN]\n";
    return kUsage;
  }
  const bool initial = ctx.args.flag("initial-password");
  return changeAccount(ctx, login, true,
                       [&](core::AuthService& auth, const std::string& password,
                           const core::AccountActor& actor) {
                         return auth.resetPassword(login, password, initial, actor);
                       });
}

int userUnlock(Context& ctx) {
  const std::string login = ctx.args.positional(2);
  if (login.empty()) {
    ctx.err << "usage: mws user unlock LOGIN [--as LOGIN]\n";
    return kUsage;
  }
  return changeAccount(ctx, login, false,
                       [&](core::AuthService& auth, const std::string&,
                           const core::AccountActor& actor) { return auth.unlock(login, actor); });
}

// The fingerprint second factor: `mws user finger-enrol`, `mws user finger-require`, and
// the finger after the password of --as when the command says --with-finger.
namespace {

// --scanner simulated|libfprint, else [devices] fingerprint; opened on --device (or the first).
core::Result<std::unique_ptr<peripherals::FingerprintScanner>> openAccountScanner(Context& ctx) {
  const std::string kind =
      ctx.args.option("scanner").value_or(ctx.config->getString("devices.fingerprint", "simulated"));
  std::unique_ptr<peripherals::FingerprintScanner> scanner;
  if (kind == "libfprint") scanner = std::make_unique<fingerprint::FprintScanner>();
  if (kind == "simulated") scanner = std::make_unique<fingerprint::SimulatedFingerprintScanner>();
  if (!scanner) return usageError("--scanner (or devices.fingerprint) is simulated or libfprint, not '" + kind + "'");
  if (auto opened = scanner->open(ctx.args.option("device").value_or("")); !opened) return opened.error();
  return scanner;
}

// The person at the scanner reads what to do on standard error.
std::function<void(const std::string&)> promptOn(std::ostream& err) {
  return [&err](const std::string& prompt) {
    if (prompt == "place_finger") err << "place the finger on the scanner\n";
    else if (prompt == "remove_finger") err << "lift the finger\n";
    else err << "try again\n";
  };
}

// Refuses before anything is scanned when the account is unknown or the actor may not.
core::Status checkEnrolment(AccountSession& session, const std::string& login) {
  auto found = session.ws->users().findByLogin(login);
  if (!found) return found.error();
  if (!found->has_value()) return core::makeError("user.unknown").with("login", login);
  if (!session.actor) return core::success();
  return core::authorize(*session.actor, core::Right::UserManage, (*found)->unitCode);
}

}  // namespace

int userFingerEnrol(Context& ctx) {
  const std::string login = ctx.args.positional(2);
  const auto finger = peripherals::parseFinger(ctx.args.option("finger").value_or("right-index"));
  if (login.empty() || !finger) {
    ctx.err << "usage: mws user finger-enrol LOGIN [--finger right-index] [--scanner simulated|libfprint] "
               "[--device ID] [--as LOGIN]\n";
    return kUsage;
  }
  auto session = openAccountSession(ctx);
  if (!session) return sessionFailure(ctx, session.error());
  if (auto allowed = checkEnrolment(*session, login); !allowed) return ctx.fail(allowed.error());
  auto scanner = openAccountScanner(ctx);
  if (!scanner) return ctx.fail(scanner.error());
  peripherals::ScanOptions options;
  const auto prompt = promptOn(ctx.err);
  options.progress = [&](const peripherals::ScanProgress& p) { prompt(fingerprint::promptName(p)); };
  auto enrolment = (*scanner)->enroll(*finger, options);
  if (!enrolment) return ctx.fail(enrolment.error());
  security::SodiumPasswordHasher hasher;
  core::AuthService auth(session->ws->users(), hasher);
  auto stored = auth.enrolFinger(login, fingerprint::toEnrolledFinger(enrolment->print), session->actor);
  if (!stored) return ctx.fail(stored.error());
  ctx.out << "user " << login << ": " << peripherals::fingerName(*finger) << " enrolled ("
          << enrolment->print.driver << ", " << enrolment->stages << " impressions); require it with "
          << "mws user finger-require " << login << " on\n";
  return kOk;
}

int userFingerRequire(Context& ctx) {
  const std::string login = ctx.args.positional(2);
  const std::string state = ctx.args.positional(3);
  if (login.empty() || (state != "on" && state != "off")) {
    ctx.err << "usage: mws user finger-require LOGIN on|off [--as LOGIN]\n";
    return kUsage;
  }
  return changeAccount(ctx, login, false,
                       [&](core::AuthService& auth, const std::string&, const core::AccountActor& actor) {
                         return auth.setFingerRequired(login, state == "on", actor);
                       });
}

// --as for an account that requires its finger: with --with-finger the finger is scanned
// here after the right password; without it the refusal says the account needs its finger.
core::Result<core::User> fingerSecondFactor(Context& ctx, core::AuthService& auth,
                                            const std::string& login) {
  if (!ctx.args.flag("with-finger")) return core::makeError("auth.finger_required");
  auto scanner = openAccountScanner(ctx);
  if (!scanner) return scanner.error();
  fingerprint::ScannerFingerVerifier verifier(**scanner);
  return auth.completeWithFinger(login, verifier, promptOn(ctx.err));
}

}  // namespace mws::cli
