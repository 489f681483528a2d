#pragma once
// The officer's unfinished new-case flow, saved every few seconds so that a crash or a
// power cut loses at most the last seconds of typing; the draft reopens on the next sign-in.
// The content is the presenter's own serialisation (JSON text); the store keeps it as is
// (sealed at rest like every personal datum it holds is the store's business).

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mws/core/result.hpp"

namespace mws::core {

struct FlowDraft {
  std::string id;                 // UUID of the flow (becomes the case id on submit)
  std::int64_t officerId = 0;
  std::string unitCode;
  std::string content;            // presenter-defined JSON
  std::chrono::system_clock::time_point savedAt;

  friend bool operator==(const FlowDraft&, const FlowDraft&) = default;
};

class DraftStore {
public:
  virtual ~DraftStore() = default;
  // Inserts or replaces the draft with that id (one statement, atomic).
  virtual Status save(const FlowDraft& draft) = 0;
  // The officer's drafts, newest first.
  virtual Result<std::vector<FlowDraft>> listFor(std::int64_t officerId) = 0;
  virtual Status discard(const std::string& id) = 0;
};

}  // namespace mws::core
