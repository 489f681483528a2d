#include "mws/app/agent_status_source.hpp"

namespace mws::app {

AgentStatusSource::AgentStatusSource(sync::client::AgentOptions options) : m_agent(std::move(options)) {
  m_agent.start();
}

AgentStatusSource::~AgentStatusSource() { m_agent.stop(); }

presenter::SyncSummary AgentStatusSource::summary() {
  const auto status = m_agent.status();
  presenter::SyncSummary summary;
  summary.state = std::string(sync::client::toString(status.state));
  summary.entriesLeft = status.entriesLeft;
  summary.entriesPushed = status.entriesPushed;
  summary.blobsUploaded = status.blobsUploaded;
  summary.drains = status.drains;
  summary.failures = status.failures;
  summary.offlineSince = status.offlineSince;
  if (status.lastError) {
    summary.lastErrorCode = status.lastError->code;
    summary.lastErrorParams = status.lastError->params;
  }
  return summary;
}

}  // namespace mws::app
