#pragma once
// The sync agent as the window sees it: its status as a presenter::SyncSummary, and the
// window's "Sync now" and Cancel. The agent runs on its own thread from construction.

#include "mws/presenter/sync_status.hpp"
#include "mws/sync/client/sync_agent.hpp"

namespace mws::app {

class AgentStatusSource : public presenter::SyncStatusSource {
public:
  explicit AgentStatusSource(sync::client::AgentOptions options);
  ~AgentStatusSource() override;  // stops the agent

  presenter::SyncSummary summary() override;
  void syncNow() override { m_agent.syncNow(); }
  void cancelSync() override { m_agent.cancelDrain(); }

private:
  sync::client::SyncAgent m_agent;
};

}  // namespace mws::app
