#include "mws/sync/client/sync_agent.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <random>
#include <thread>
#include <utility>

#include "outbox_pusher.hpp"

namespace mws::sync::client {

std::string_view toString(AgentState state) {
  switch (state) {
    case AgentState::Stopped: return "stopped";
    case AgentState::Syncing: return "syncing";
    case AgentState::InSync: return "in_sync";
    case AgentState::Offline: return "offline";
    case AgentState::Refused: return "refused";
    case AgentState::Standby: return "standby";
    case AgentState::Paused: return "paused";
  }
  return "unknown";
}

namespace {

using std::chrono::milliseconds;

bool isNetworkFailure(const core::Error& error) {
  return error.code == codes::kUnreachable || error.code == codes::kTlsFailed;
}

// Exponential backoff from `min` to `max`, then a random point in its upper half.
milliseconds backoff(const AgentOptions& options, int failures, std::mt19937& random) {
  const int doublings = std::clamp(failures - 1, 0, 20);
  const auto full = std::min<long long>(options.backoffMax.count(),
                                        options.backoffMin.count() << doublings);
  std::uniform_int_distribution<long long> jitter(full / 2, std::max<long long>(full / 2, full));
  return milliseconds(jitter(random));
}

}  // namespace

struct SyncAgent::Impl {
  explicit Impl(AgentOptions opts) : options(std::move(opts)), pusher(options) {}

  AgentOptions options;
  detail::OutboxPusher pusher;  // used by one thread at a time (see drainMutex)
  std::mutex drainMutex;
  mutable std::mutex mutex;
  std::condition_variable wake;
  AgentStatus status;
  bool nowRequested = false;
  bool draining = false;   // a drain runs now (guarded by mutex)
  bool cancelled = false;  // the officer cancelled the last drain (guarded by mutex)
  std::int64_t pushedBefore = 0;  // status.entriesPushed when the drain began
  std::atomic<bool> stopping{false};
  std::atomic<bool> halt{false};  // ends the drain under way: stop() or cancelDrain()
  std::thread thread;
  std::mt19937 random{std::random_device{}()};

  core::Result<DrainResult> drain();
  core::Result<DrainResult> pullAfter(DrainResult pushed);
  void recordOutcome(const core::Result<DrainResult>& outcome);
  milliseconds nextWait();
  void run();
};

core::Result<DrainResult> SyncAgent::Impl::drain() {
  std::lock_guard guard(drainMutex);
  {
    std::lock_guard lock(mutex);
    draining = true;
    cancelled = false;
    halt = stopping.load();
    pushedBefore = status.entriesPushed;
  }
  auto progress = [this](const detail::DrainProgress& p) {
    std::lock_guard lock(mutex);
    status.state = AgentState::Syncing;
    status.entriesLeft = p.left;
    status.highWater = p.highWater;
    status.entriesPerSecond = p.entriesPerSecond;
    status.entriesPushed = pushedBefore + p.pushed;  // "Sync now" counts as it goes
    status.blobsUploaded = pusher.blobCounts().uploaded;
  };
  auto outcome = pusher.drain(progress, halt);
  if (outcome && !halt) outcome = pullAfter(std::move(*outcome));
  recordOutcome(outcome);
  std::lock_guard lock(mutex);
  draining = false;
  ++status.drains;
  if (cancelled && !stopping) status.state = AgentState::Paused;
  status.blobsUploaded = pusher.blobCounts().uploaded;
  status.blobBytesSent = pusher.blobCounts().bytesSent;
  return outcome;
}

// The centre's changes for this unit, pulled once the outbox is pushed.
core::Result<DrainResult> SyncAgent::Impl::pullAfter(DrainResult pushed) {
  const auto pulled = pusher.pullChanges(halt);
  if (!pulled) return pulled.error();
  pushed.changesApplied = pulled->applied;
  pushed.conflicts = pulled->conflicts;
  pushed.pullCursor = pulled->cursor;
  return pushed;
}

void SyncAgent::Impl::recordOutcome(const core::Result<DrainResult>& outcome) {
  std::lock_guard lock(mutex);
  const auto now = std::chrono::system_clock::now();
  if (outcome) {
    status.state = outcome->left == 0 ? AgentState::InSync : AgentState::Syncing;
    status.entriesLeft = outcome->left;
    status.entriesPushed = pushedBefore + outcome->pushed;
    status.changesApplied += outcome->changesApplied;
    status.conflicts += outcome->conflicts;
    status.pullCursor = outcome->pullCursor;
    status.entriesResent += outcome->resent;
    status.auditSeqReported = outcome->auditSeqReported;
    status.offlineSince.reset();
    status.lastSuccess = now;
    status.lastError.reset();
    status.failures = 0;
    return;
  }
  const core::Error& error = outcome.error();
  status.lastError = error;
  if (error.code == codes::kBusy) {
    status.state = AgentState::Standby;
    return;
  }
  ++status.failures;
  const bool offline = isNetworkFailure(error);
  status.state = offline ? AgentState::Offline : AgentState::Refused;
  if (offline && !status.offlineSince) status.offlineSince = now;
}

milliseconds SyncAgent::Impl::nextWait() {
  std::lock_guard lock(mutex);
  if (cancelled) return options.backoffMax;
  if (status.failures == 0) {
    return status.state == AgentState::Syncing ? milliseconds(0) : options.idlePoll;
  }
  return backoff(options, status.failures, random);
}

void SyncAgent::Impl::run() {
  while (!stopping) {
    (void)drain();
    const milliseconds wait = nextWait();
    std::unique_lock lock(mutex);
    wake.wait_for(lock, wait, [this] { return stopping || nowRequested; });
    nowRequested = false;
    cancelled = false;
  }
  std::lock_guard guard(drainMutex);
  pusher.disconnect();
}

SyncAgent::SyncAgent(AgentOptions options) : m_impl(std::make_unique<Impl>(std::move(options))) {}

SyncAgent::~SyncAgent() {
  stop();
}

void SyncAgent::start() {
  if (m_impl->thread.joinable()) return;
  m_impl->stopping = false;
  m_impl->thread = std::thread([impl = m_impl.get()] { impl->run(); });
}

void SyncAgent::stop() {
  if (!m_impl->thread.joinable()) return;
  {
    std::lock_guard lock(m_impl->mutex);
    m_impl->stopping = true;
    m_impl->halt = true;
  }
  m_impl->wake.notify_all();
  m_impl->thread.join();
  std::lock_guard lock(m_impl->mutex);
  m_impl->status.state = AgentState::Stopped;
}

void SyncAgent::syncNow() {
  {
    std::lock_guard lock(m_impl->mutex);
    m_impl->nowRequested = true;
  }
  m_impl->wake.notify_all();
}

void SyncAgent::cancelDrain() {
  std::lock_guard lock(m_impl->mutex);
  if (!m_impl->draining) return;
  m_impl->cancelled = true;
  m_impl->halt = true;
}

AgentStatus SyncAgent::status() const {
  std::lock_guard lock(m_impl->mutex);
  return m_impl->status;
}

core::Result<DrainResult> SyncAgent::drainOnce() {
  return m_impl->drain();
}

}  // namespace mws::sync::client
