#pragma once
// Private to mws::sync_client: applies a page of the centre's changes to the unit database
// in ONE transaction together with the new cursor (table sync_cursor, migration 0007).
// Changes at or below the stored cursor are skipped, so a page applied twice changes
// nothing. A decision on a case that moved here since the centre decided, or that this
// database lacks, and a reference row the database refuses, go to sync_conflicts.

#include <cstdint>

#include "mws/core/result.hpp"
#include "mws/storage/database.hpp"
#include "mws/sync/protocol/pull.hpp"

namespace mws::sync::client::detail {

struct PageOutcome {
  std::int64_t applied = 0;    // changes that took effect
  std::int64_t conflicts = 0;  // changes recorded in sync_conflicts
  std::int64_t skipped = 0;    // at or below the stored cursor: applied before
  std::int64_t cursor = 0;     // the stored cursor afterwards
};

// The stored cursor (0 before the first pull); db.query_failed on a database error.
core::Result<std::int64_t> storedCursor(storage::Database& db);

// db.query_failed (nothing applied, cursor unchanged) on a database error.
core::Result<PageOutcome> applyPage(storage::Database& db, const protocol::PullReply& page);

}  // namespace mws::sync::client::detail
