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
                                         // refused, standby, paused
  std::int64_t entriesLeft = -1;         // -1 until known
  std::int64_t entriesPushed = 0;        // acknowledged by the centre since the program started
  std::int64_t blobsUploaded = 0;        // files (photos, scans, receipts) sent since then
  std::int64_t drains = 0;               // sending rounds ended since then
  int failures = 0;                      // rounds failed in a row
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
  // Stops the round under way (what the centre has not acknowledged stays to be sent) and
  // pauses sending until syncNow() or a minute or so.
  virtual void cancelSync() {}
};

}  // namespace mws::presenter
