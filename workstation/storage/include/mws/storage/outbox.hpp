#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "mws/core/result.hpp"
#include "mws/storage/database.hpp"

namespace mws::storage {

struct OutboxEntry {
  std::int64_t seq = 0;
  std::string entity;    // "case" or "person"
  std::string entityId;
  std::string action;
  std::string body;      // JSON
};

// The outbox of DESIGN §5: rows written in the same transaction as the change they carry,
// numbered without gaps in commit order, read by the sync agent.
class Outbox {
public:
  // Appends inside the caller's open transaction; returns the entry's sequence number.
  static std::int64_t append(soci::session& sql, const std::string& entity,
                             const std::string& entityId, const std::string& action,
                             const std::string& body);
  // Appends the case (row, payload, fee, whole history) or the person (with documents and
  // visas) as the database holds them now, inside the caller's transaction.
  static std::int64_t appendCaseSnapshot(soci::session& sql, const std::string& caseId,
                                         const std::string& action);
  static std::int64_t appendPersonSnapshot(soci::session& sql, std::int64_t personId,
                                           const std::string& action);
  static core::Result<std::vector<OutboxEntry>> unsent(Database& db, std::int64_t limit);
  static core::Result<std::int64_t> count(Database& db);
  // For the sync agent: marks every entry up to `upToSeq` sent, once the centre has
  // acknowledged holding them; returns how many were newly marked.
  static core::Result<std::int64_t> acknowledge(Database& db, std::int64_t upToSeq);
  // Gap recovery (docs/sync-protocol.md): the centre holds this origin's entries only up to
  // `highWater` (restored from an older backup), so every entry above it is marked unsent
  // again, to be sent once more; returns how many were. Entries are never deleted once
  // acknowledged, so the outbox still has them; sync.gap_unrecoverable (params high_water,
  // first_held) when it does not hold the entry right after `highWater`.
  static core::Result<std::int64_t> resendAfter(Database& db, std::int64_t highWater);
  // Entries not yet acknowledged by the centre.
  static core::Result<std::int64_t> countUnsent(Database& db);
};

}  // namespace mws::storage
