// mws sync status | now | --daemon: the unit database's outbox and the centre.
#include <Poco/Environment.h>
#include <pthread.h>
#include <signal.h>

#include <chrono>
#include <ctime>
#include <iomanip>
#include <ostream>
#include <sstream>
#include <string>

#include "context.hpp"
#include "mws/storage/outbox.hpp"
#include "mws/runtime/sync_options.hpp"
#include "mws/sync/client/sync_agent.hpp"

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

}  // namespace

int syncStatus(Context& ctx) {
  auto opened = ctx.openDatabase();
  if (!opened) return kFailed;
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
