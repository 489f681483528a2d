// mws sync status | now | --daemon: the unit database's outbox and the centre.
#include <Poco/Environment.h>
#include <pthread.h>
#include <signal.h>

#include <chrono>
#include <ctime>
#include <iomanip>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>

#include "context.hpp"
#include "json_writer.hpp"
#include "person_input.hpp"
#include "workspace.hpp"
#include "mws/storage/outbox.hpp"
#include "mws/runtime/sync_options.hpp"
#include "mws/sync/client/sync_agent.hpp"
#include "mws/sync/client/unit_data.hpp"

namespace mws::cli {
namespace {

namespace client = sync::client;

core::Result<client::AgentOptions> agentOptions(const Context& ctx, const std::string& dsn) {
  return runtime::syncAgentOptions(*ctx.config, dsn);
}

std::string clockText(std::chrono::system_clock::time_point at) {
  const std::time_t t = std::chrono::system_clock::to_time_t(at);
  std::tm utc{};
  gmtime_r(&t, &utc);
  std::ostringstream text;
  text << std::put_time(&utc, "%Y-%m-%d %H:%M:%S UTC");
  return text.str();
}

void printStatus(std::ostream& out, const client::AgentStatus& status) {
  out << "sync: " << client::toString(status.state) << ", " << status.entriesLeft
      << " entries left, " << status.entriesPushed << " pushed";
  if (status.entriesPerSecond > 0) out << " (" << static_cast<long>(status.entriesPerSecond) << "/s)";
  if (status.offlineSince) out << ", offline since " << clockText(*status.offlineSince);
  if (status.lastError) out << ", last error: " << describe(*status.lastError);
  out << "\n";
}

// Blocks SIGINT and SIGTERM in this thread (and the agent's, started after), then waits.
sigset_t terminationSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  return signals;
}

std::string conflictJson(const client::SyncConflict& c) {
  JsonObject object;
  object.add("id", c.id).add("change_seq", c.changeSeq).add("kind", c.kind)
      .add("entity_id", c.entityId).add("problem", c.problem);
  if (c.localState) object.add("local_state", *c.localState);
  if (c.localVersion) object.add("local_version", *c.localVersion);
  object.addRaw("change", c.change).add("recorded_at", c.recordedAt);
  if (c.resolvedAt) object.add("resolved_at", *c.resolvedAt).add("resolution", c.resolution);
  return object.str();
}

std::string overstayJson(const client::Overstay& o) {
  return JsonObject()
      .add("id", o.id).add("person_ref", o.personRef).add("surname", o.surname)
      .add("given_names", o.givenNames).add("citizenship", o.citizenship)
      .add("document", o.document).add("district", o.district)
      .add("permitted_until", o.permittedUntil).add("days_over", std::int64_t{o.daysOver})
      .add("cleared", o.cleared)
      .str();
}

// Sync by hand (status, now, --daemon): with --as, the account needs Right::SyncRun in the
// machine's unit and the run is in the audit chain; without, it is the machine's operator or
// the mws-sync service. Prints a refusal and gives its exit status; nothing when allowed.
std::optional<int> syncRefused(Context& ctx, storage::Database& db, const char* action) {
  const std::string unit = ctx.config->getString("unit.code", "");
  auto allowed = authorizeCliWork(ctx, db, {core::Right::SyncRun}, unit, {action, "machine", unit, ""}, false);
  if (allowed) return std::nullopt;
  return report(ctx, allowed.error());
}

// The centre's lists hold personal data (the changes it sent, the overstayers' names and
// documents): shown to a signed-in account of the machine's unit with `right` (Right::Export
// too for --json), and audited. Prints a refusal and gives its exit status; nothing when allowed.
std::optional<int> listRefused(Context& ctx, storage::Database& db, core::Right right, const char* action,
                               const char* entity) {
  const std::string unit = ctx.config->getString("unit.code", "");
  const bool json = ctx.args.flag("json");
  const core::WorkRecord work{json ? "sync.export" : action, entity, unit,
                              ctx.args.flag("all") ? "scope=all" : "scope=open"};
  auto allowed = json ? authorizeCliWork(ctx, db, {right, core::Right::Export}, unit, work, true)
                      : authorizeCliWork(ctx, db, {right}, unit, work, true);
  if (allowed) return std::nullopt;
  return report(ctx, allowed.error());
}

}  // namespace

// The centre's changes this database did not apply, kept for a supervisor.
int syncConflicts(Context& ctx) {
  auto opened = ctx.openDatabase();
  if (!opened) return kFailed;
  if (auto refused = listRefused(ctx, *opened->db, core::Right::CaseReview, "sync.conflicts", "conflict")) {
    return *refused;
  }
  const auto conflicts = client::listConflicts(*opened->db, {ctx.args.flag("all"), 1000});
  if (!conflicts) return ctx.fail(conflicts.error());
  if (ctx.args.flag("json")) {
    std::vector<std::string> items;
    for (const auto& c : *conflicts) items.push_back(conflictJson(c));
    ctx.out << jsonArray(items) << "\n";
    return kOk;
  }
  for (const auto& c : *conflicts) {
    ctx.out << "#" << c.id << "  change " << c.changeSeq << "  " << c.kind << "  " << c.problem
            << "  " << c.entityId;
    if (c.localState) ctx.out << "  (here: " << *c.localState << " v" << c.localVersion.value_or(0) << ")";
    ctx.out << "  " << c.recordedAt << (c.resolvedAt ? "  resolved" : "") << "\n";
  }
  ctx.out << conflicts->size() << " conflict(s)" << (ctx.args.flag("all") ? "" : " open") << "\n";
  return kOk;
}

// The centre's overstay list for this unit's district (personal data: printed, not logged).
int syncOverstays(Context& ctx) {
  auto opened = ctx.openDatabase();
  if (!opened) return kFailed;
  if (auto refused = listRefused(ctx, *opened->db, core::Right::PersonSearch, "overstay.list", "overstay")) {
    return *refused;
  }
  const auto entries = client::listOverstays(*opened->db, ctx.args.flag("all"));
  if (!entries) return ctx.fail(entries.error());
  if (ctx.args.flag("json")) {
    std::vector<std::string> items;
    for (const auto& o : *entries) items.push_back(overstayJson(o));
    ctx.out << jsonArray(items) << "\n";
    return kOk;
  }
  for (const auto& o : *entries) {
    ctx.out << o.surname << (o.givenNames.empty() ? "" : " " + o.givenNames) << "  "
            << o.citizenship << "  " << o.document << "  until " << o.permittedUntil << "  "
            << o.daysOver << " day(s) over" << (o.cleared ? "  (cleared)" : "") << "\n";
  }
  ctx.out << entries->size() << " overstay(s) in the district\n";
  return kOk;
}

int syncStatus(Context& ctx) {
  auto opened = ctx.openDatabase();
  if (!opened) return kFailed;
  if (auto refused = syncRefused(ctx, *opened->db, "sync.status")) return *refused;
  const auto unsent = storage::Outbox::countUnsent(*opened->db);
  if (!unsent) return ctx.fail(unsent.error());
  const auto total = storage::Outbox::count(*opened->db);
  if (!total) return ctx.fail(total.error());
  const std::string url = ctx.config->getString("central.url", "");
  ctx.out << "centre: " << (url.empty() ? "(not configured: central.url)" : url) << "\n"
          << "unit: " << ctx.config->getString("unit.code", "(not configured: unit.code)") << "\n"
          << "outbox: " << *unsent << " of " << *total << " entries not yet acknowledged\n";
  return kOk;
}

int syncNow(Context& ctx) {
  auto opened = ctx.openDatabase();
  if (!opened) return kFailed;
  if (auto refused = syncRefused(ctx, *opened->db, "sync.now")) return *refused;
  auto options = agentOptions(ctx, opened->db->dsn());
  if (!options) return ctx.fail(options.error());
  client::SyncAgent agent(std::move(*options));
  const auto drained = agent.drainOnce();
  if (!drained) return ctx.fail(drained.error());
  ctx.out << "pushed " << drained->pushed << " entries in " << drained->batches << " batches; "
          << drained->left << " left\n";
  return kOk;
}

int syncDaemon(Context& ctx) {
  if (!ctx.args.flag("daemon")) return ctx.usage("mws sync takes status, now or --daemon");
  auto opened = ctx.openDatabase();
  if (!opened) return kFailed;
  if (auto refused = syncRefused(ctx, *opened->db, "sync.daemon")) return *refused;
  auto options = agentOptions(ctx, opened->db->dsn());
  if (!options) return ctx.fail(options.error());
  const sigset_t signals = terminationSignals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  client::SyncAgent agent(std::move(*options));
  agent.start();
  ctx.out << "mws sync: running until SIGINT or SIGTERM\n" << std::flush;
  const timespec tick{2, 0};
  std::string last;
  while (sigtimedwait(&signals, nullptr, &tick) < 0) {  // progress while no signal came
    std::ostringstream line;
    printStatus(line, agent.status());
    if (line.str() != last) ctx.out << (last = line.str()) << std::flush;
  }
  agent.stop();
  printStatus(ctx.out, agent.status());
  return kOk;
}

}  // namespace mws::cli
