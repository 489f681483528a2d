#include "mws/presenter/sync_now.hpp"

#include <algorithm>

namespace mws::presenter {

void SyncNowRun::start() {
  if (running()) return;
  m_before = m_source.summary();
  m_cancelRequested = false;
  m_progress = {};
  m_progress.state = SyncRunState::Running;
  m_progress.casesTotal = std::max<std::int64_t>(0, m_before.entriesLeft);
  m_source.syncNow();
}

void SyncNowRun::cancel() {
  if (!running()) return;
  m_cancelRequested = true;
  m_source.cancelSync();
}

// The round asked for has ended once the agent counts one round more than before, or two
// when one was under way at the press (it may have read the outbox before the last cases).
// A cancel asked before a round ran still ends the run, as cancelled.
SyncRunProgress SyncNowRun::progress() {
  if (!running()) return m_progress;
  const SyncSummary now = m_source.summary();
  m_progress.casesSent = now.entriesPushed - m_before.entriesPushed;
  m_progress.filesSent = now.blobsUploaded - m_before.blobsUploaded;
  const std::int64_t left = std::max<std::int64_t>(0, now.entriesLeft);
  m_progress.casesTotal = std::max(m_progress.casesTotal, m_progress.casesSent + left);
  const std::int64_t rounds = m_before.state == "syncing" ? 2 : 1;
  const bool roundEnded = now.drains >= m_before.drains + rounds && now.state != "syncing";
  if (m_cancelRequested && (roundEnded || now.state == "paused" || now.state == "in_sync")) {
    m_progress.state = SyncRunState::Cancelled;
  } else if (roundEnded && now.failures > 0) {
    m_progress.state = SyncRunState::Failed;
    m_progress.errorCode = now.lastErrorCode;
  } else if (roundEnded) {
    m_progress.state = SyncRunState::Done;
  } else if (now.state == "not_configured" || now.state == "stopped") {
    m_progress.state = SyncRunState::Failed;
    m_progress.errorCode = "sync." + now.state;
  }
  return m_progress;
}

}  // namespace mws::presenter
