#include "mws/cli/cli.hpp"

#include <functional>
#include <ostream>

#include "context.hpp"
#include "mws/core/version.hpp"
#include "mws/runtime/config.hpp"

namespace mws::cli {
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
      {"unit", "add", "add a migration unit: mws unit add CODE \"NAME\"", unitAdd},
      {"unit", "list", "list the units", unitList},
      {"user", "add", "add an account: --login --name --unit [--role] [--password-stdin]",
       userAdd},
  };
  return all;
}

const std::set<std::string> kFlags{"password-stdin", "help", "version"};
const std::set<std::string> kKnown{"password-stdin", "help",   "version", "dsn",  "config",
                                   "cluster-dir",    "login",  "name",    "unit", "role",
                                   "log-level"};

void printUsage(std::ostream& out) {
  out << "usage: mws [--dsn DSN] [--config FILE] [--cluster-dir DIR] COMMAND ...\n\n"
         "  --version            print the version\n";
  for (const auto& c : commands()) out << "  " << c.group << " " << c.verb << "  " << c.summary << "\n";
  out << "\nWithout --dsn (or db.dsn in the configuration) the private PostgreSQL cluster is "
         "used, started on demand.\n";
}

std::map<std::string, std::string> overridesFrom(const Arguments& args) {
  std::map<std::string, std::string> overrides;
  if (auto dsn = args.option("dsn")) overrides["db.dsn"] = *dsn;
  if (auto dir = args.option("cluster-dir")) overrides["db.cluster_dir"] = *dir;
  if (auto level = args.option("log-level")) overrides["log.level"] = *level;
  return overrides;
}

}  // namespace

int run(const std::vector<std::string>& words, std::istream& in, std::ostream& out,
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

}  // namespace mws::cli
