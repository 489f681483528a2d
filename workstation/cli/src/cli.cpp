#include "mws/cli/cli.hpp"

#include <functional>
#include <ostream>

#include "context.hpp"
#include "mrz_commands.hpp"
#include "queue_commands.hpp"
#include "receipt_commands.hpp"
#include "mws/core/version.hpp"
#include "mws/runtime/config.hpp"

namespace mws::cli {
int syncConflicts(Context& ctx);  // sync_commands.cpp
int syncOverstays(Context& ctx);  // sync_commands.cpp
namespace {

using Command = std::function<int(Context&)>;

struct CommandInfo {
  std::string group;
  std::string verb;
  std::string summary;
  Command run;
};

const std::vector<CommandInfo>& commands() {
  static const std::vector<CommandInfo> all{
      {"db", "migrate", "apply the schema migrations that are pending", dbMigrate},
      {"db", "status", "list applied and pending migrations", dbStatus},
      {"db", "seed-demo", "add demo units, accounts, persons and cases: [--persons N] [--cases M] [--seed S]",
       dbSeedDemo},
      {"unit", "add", "add a migration unit: mws unit add CODE \"NAME\"", unitAdd},
      {"unit", "list", "list the units", unitList},
      {"user", "add", "add an account: --login --name --unit [--role] [--no-forced-change] [--password-stdin]",
       userAdd},
      {"user", "passwd", "set a password: LOGIN [--initial-password] [--password-stdin]", userPasswd},
      {"user", "unlock", "lift the sign-in lock of an account: LOGIN", userUnlock},
      {"user", "finger-enrol", "enrol the account's finger (second factor): LOGIN [--finger F] [--scanner simulated|libfprint] [--device ID]", userFingerEnrol},
      {"user", "finger-require", "ask for the finger after the password: LOGIN on|off", userFingerRequire},
      {"person", "add",
       "add a person: --surname --given [--patronymic] [--surname-cyr --given-cyr "
       "--patronymic-cyr] --birth D --sex --status --citizenship AAA [--personal-number N] "
       "[--document KIND:SERIES:NUMBER:STATE:ISSUED:EXPIRES]... "
       "[--visa NUMBER:KIND:ENTRIES:FROM:TO]... --as LOGIN",
       personAdd},
      {"person", "find", "find persons: --document N | --personal-number N | --name TEXT [--birth D] --as LOGIN",
       personFind},
      {"person", "show", "show a person: ID [--json] --as LOGIN", personShow},
      {"case", "open",
       "open a draft: SERVICE --person ID --payload FILE|- [--channel C] [--id UUID] --as LOGIN",
       caseOpen},
      {"case", "edit", "replace a draft's payload: ID --payload FILE|- --as LOGIN", caseEdit},
      {"case", "submit", "submit a draft: ID --as LOGIN", caseSubmit},
      {"case", "review", "take a case into review (supervisor): ID --as LOGIN", caseReview},
      {"case", "approve", "approve a case in review (supervisor): ID --as LOGIN", caseApprove},
      {"case", "reject", "reject a case in review: ID --reason TEXT --as LOGIN", caseReject},
      {"case", "return", "return a case for correction: ID --reason TEXT --as LOGIN", caseReturn},
      {"case", "issue", "issue an approved case: ID --as LOGIN", caseIssue},
      {"case", "cancel", "cancel a case: ID --reason TEXT --as LOGIN", caseCancel},
      {"case", "show", "show a case with its fee and history: ID [--json] --as LOGIN", caseShow},
      {"case", "list", "list the cases of your unit: [--state S] [--service X] [--limit N] [--json] --as LOGIN",
       caseList},
      {"case", "receipt", "the receipt (or --certificate) as PDF: ID --out FILE.pdf [--lang uz|uz-cyrl|ru|en]", caseReceipt},
      {"audit", "verify", "walk the audit chain and name the first broken entry", auditVerify},
      {"queue", "issue", "take a ticket: SERVICE [--unit U]", queueIssue},
      {"queue", "call", "call the next ticket to a counter: [--service S] --counter C --as LOGIN", queueCall},
      {"queue", "served", "close a called ticket as served: TICKET-ID", queueServed},
      {"queue", "no-show", "close a called ticket as a no-show: TICKET-ID", queueNoShow},
      {"queue", "status", "waiting per service and the called tickets today: [--unit U] [--json]", queueStatus},
      {"face", "check", "ICAO photo checks on a still: IMAGE [--json] (exit 0 pass, 1 fail, 2 unreadable)",
       faceCheck},
      {"finger", "devices", "list fingerprint scanners (devices.fingerprint: simulated|libfprint)", fingerDevices},
      {"finger", "enroll", "enrol a finger: --finger right-index --out FILE [--device ID]", fingerEnroll},
      {"finger", "verify", "match a finger against a template: --template FILE (exit 0 match, 1 not)", fingerVerify},
      {"finger", "session", "ten-print session to files: --out DIR [--finger F[=amputated|bandaged]]...", fingerSession},
      {"mrz", "parse", "check and split an MRZ: \"LINE1\" \"LINE2\" [\"LINE3\"] [--json]", mrzParse},
      {"mrz", "read", "read the MRZ of a page image: IMAGE [--json]", mrzRead},
      {"barcode", "read", "decode the QR, PDF417, DataMatrix... codes of an image: IMAGE [--json]", barcodeRead},
      {"sync", "status", "the outbox: entries not yet acknowledged by the centre [--as LOGIN]", syncStatus},
      {"sync", "now", "push the outbox to the centre ([central] url, certificates) until empty [--as LOGIN]", syncNow},
      {"sync", "conflicts", "centre changes not applied here, for a supervisor: [--all] [--json] --as LOGIN", syncConflicts},
      {"sync", "overstays", "the centre's overstay list for this unit's district: [--all] [--json] --as LOGIN", syncOverstays},
      {"doctor", "", "check configuration, database, keys, certificate, centre, devices: [--json] [--as LOGIN]", doctor},
      {"db", "unsynced-count", "print how many outbox entries the centre has not acknowledged", dbUnsyncedCount},
      {"db", "backup", "pg_dump the configured database (custom format, mode 0600): --out FILE", dbBackup},
      {"onboard", "", "--unit CODE [--centre URL]: make the key and request; --install-cert FILE [--ca FILE]", onboard},
      {"sync", "", "--daemon: keep pushing the outbox until SIGINT or SIGTERM (one agent per database)", syncDaemon},
  };
  return all;
}

const std::set<std::string> kFlags{"all", "password-stdin", "help", "version", "json", "daemon", "initial-password", "certificate", "no-forced-change", "with-finger"};
const std::set<std::string> kKnown{"all",
    "password-stdin", "help",        "version",     "dsn",         "config",   "cluster-dir",
    "login",          "name",        "unit",        "role",        "log-level", "json",
    "as",             "surname",     "given",       "patronymic",  "surname-cyr",
    "given-cyr",      "patronymic-cyr", "birth",    "sex",         "status",   "citizenship",
    "personal-number", "document",   "visa",        "person",      "payload",  "channel",
    "id",             "reason",      "state",       "service",     "limit",
    "persons",        "cases",       "seed",
    "finger",         "out",         "template",    "device",
    "counter",        "lang",        "certificate",
    "daemon",         "initial-password", "no-forced-change",
    "centre",         "install-cert", "ca", "scanner", "with-finger"};

void printUsage(std::ostream& out) {
  out << "usage: mws [--dsn DSN] [--config FILE] [--cluster-dir DIR] COMMAND ...\n\n"
         "  --version            print the version\n";
  for (const auto& c : commands()) {
    const std::string name = c.group + " " + c.verb;
    out << "  " << name << std::string(name.size() < 15 ? 15 - name.size() : 1, ' ') << c.summary << "\n";
  }
  out << "\nWithout --dsn (or db.dsn in the configuration) the private PostgreSQL cluster is "
         "used, started on demand.\n"
         "--as LOGIN signs in for the command: the password is typed at the terminal, or with\n"
         "--password-stdin it is the first line of standard input (a payload given as '-'\n"
         "follows it). An account that requires its finger needs --with-finger too: the finger\n"
         "is scanned here after the password. Exit status: 0 done, 1 refused or failed, 2 usage error.\n";
}

std::map<std::string, std::string> overridesFrom(const Arguments& args) {
  std::map<std::string, std::string> overrides;
  if (auto dsn = args.option("dsn")) overrides["db.dsn"] = *dsn;
  if (auto dir = args.option("cluster-dir")) overrides["db.cluster_dir"] = *dir;
  if (auto level = args.option("log-level")) overrides["log.level"] = *level;
  return overrides;
}

int dispatch(const std::vector<std::string>& words, std::istream& in, std::ostream& out,
             std::ostream& err) {
  Context ctx{Arguments(words, kFlags), in, out, err, new Poco::Util::LayeredConfiguration};
  if (ctx.args.flag("version") || ctx.args.positional(0) == "version") {
    out << "mws " << core::version() << "\n";
    return kOk;
  }
  if (ctx.args.flag("help") || ctx.args.positionals().empty()) {
    printUsage(ctx.args.flag("help") ? out : err);
    return ctx.args.flag("help") ? kOk : kUsage;
  }
  if (auto missing = ctx.args.missingValue()) {
    err << "mws: --" << *missing << " needs a value\n";
    return kUsage;
  }
  if (auto unknown = ctx.args.unknown(kKnown); !unknown.empty()) {
    err << "mws: unknown option --" << unknown.front() << " (see mws --help)\n";
    return kUsage;
  }
  runtime::loadConfiguration(*ctx.config, runtime::Paths::forCurrentUser(),
                             ctx.args.option("config").value_or(""), overridesFrom(ctx.args));
  for (const auto& c : commands()) {
    if (c.group == ctx.args.positional(0) && c.verb == ctx.args.positional(1)) return c.run(ctx);
  }
  err << "mws: unknown command '" << ctx.args.positional(0) << " " << ctx.args.positional(1)
      << "' (see mws --help)\n";
  return kUsage;
}

}  // namespace

int run(const std::vector<std::string>& words, std::istream& in, std::ostream& out,
        std::ostream& err) {
  try {
    return dispatch(words, in, out, err);
  } catch (const std::exception& e) {
    err << "mws: failed: " << e.what() << "\n";
  } catch (...) {
    err << "mws: failed for an unknown reason\n";
  }
  return kFailed;
}

}  // namespace mws::cli
