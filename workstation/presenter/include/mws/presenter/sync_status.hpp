#pragma once
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace mws::presenter {

// What the window shows about synchronisation with the centre; the UI words it.
struct SyncSummary {
  std::string state = "not_configured";  // not_configured, stopped, syncing, in_sync, offline,
                                         // refused, standby
  std::int64_t entriesLeft = -1;         // -1 until known
  std::optional<std::chrono::system_clock::time_point> offlineSince;
  std::string lastErrorCode;
  std::map<std::string, std::string> lastErrorParams;  // what the error quotes (skew_ms, …)
};

// Where the summary comes from (the sync agent in the program, a recording in tests).
class SyncStatusSource {
public:
  virtual ~SyncStatusSource() = default;
  virtual SyncSummary summary() = 0;
  virtual void syncNow() = 0;
};

}  // namespace mws::presenter
