#pragma once
// The window's "Sync now": asks the sync agent (on its own thread) for a sending round at
// once and follows it through the agent's status — cases and files sent of the cases that
// were waiting — until the round ends, fails or the officer cancels it. The view polls
// progress() from a timer; nothing here waits.

#include <cstdint>
#include <string>

#include "mws/presenter/sync_status.hpp"

namespace mws::presenter {

enum class SyncRunState { Idle, Running, Done, Failed, Cancelled };

struct SyncRunProgress {
  SyncRunState state = SyncRunState::Idle;
  std::int64_t casesSent = 0;   // acknowledged by the centre since "Sync now"
  std::int64_t casesTotal = 0;  // sent + still waiting (grows if cases are added meanwhile)
  std::int64_t filesSent = 0;   // photos, scans, receipts uploaded since "Sync now"
  std::string errorCode;        // Failed: the agent's error
};

class SyncNowRun {
public:
  explicit SyncNowRun(SyncStatusSource& source) : m_source(source) {}

  void start();
  void cancel();
  // Reads the agent's status: where the round is now.
  SyncRunProgress progress();
  bool running() const { return m_progress.state == SyncRunState::Running; }

private:
  SyncStatusSource& m_source;
  SyncSummary m_before;
  bool m_cancelRequested = false;
  SyncRunProgress m_progress;
};

}  // namespace mws::presenter
