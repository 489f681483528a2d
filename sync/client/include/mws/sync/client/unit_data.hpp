#pragma once
// Read functions over what the sync agent keeps in the unit database, for the CLI
// (`mws sync conflicts`, `mws sync overstays`) and, through a port, the supervisor's screen.
// Plain C++ types: no SOCI or Poco in this header.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mws/core/result.hpp"

namespace mws::storage {
class Database;
}

namespace mws::sync::client {

// A centre change the unit database did not apply (table sync_conflicts, migrations 0007
// and 0010), kept for a supervisor.
struct SyncConflict {
  std::int64_t id = 0;
  std::int64_t changeSeq = 0;   // the centre's change number
  std::string kind;             // decision, reference, person, overstay
  std::string entityId;         // a case's UUID, "<table>/<key>", a person's ref, ...
  std::string problem;          // case_unknown, case_moved, decision_invalid, *_refused
  std::optional<std::string> localState;     // the case's state here, when known
  std::optional<std::int64_t> localVersion;  // the case's version here, when known
  std::string change;           // the change's body (JSON text)
  std::string recordedAt;       // ISO 8601, UTC
  std::optional<std::string> resolvedAt;
  std::string resolution;
};

struct ConflictQuery {
  bool includeResolved = false;
  std::int64_t limit = 200;
};

// Oldest first. db.query_failed when the database fails.
core::Result<std::vector<SyncConflict>> listConflicts(storage::Database& db,
                                                      const ConflictQuery& query = {});

// An entry of the centre's overstay list for this unit's district (table sync_overstays).
struct Overstay {
  std::string id;
  std::string personRef;
  std::string surname;
  std::string givenNames;
  std::string citizenship;
  std::string document;
  std::string district;
  std::string permittedUntil;  // YYYY-MM-DD
  int daysOver = 0;
  bool cleared = false;
};

// The entries not cleared by the centre, longest overstay first (all with `includeCleared`).
core::Result<std::vector<Overstay>> listOverstays(storage::Database& db, bool includeCleared = false);

}  // namespace mws::sync::client
