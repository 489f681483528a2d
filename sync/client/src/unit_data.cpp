#include "mws/sync/client/unit_data.hpp"

#include <soci/soci.h>

#include "mws/storage/database.hpp"

namespace mws::sync::client {

namespace {

std::optional<std::string> optionalText(const soci::row& row, std::size_t i) {
  if (row.get_indicator(i) == soci::i_null) return std::nullopt;
  return row.get<std::string>(i);
}

SyncConflict conflictOf(const soci::row& r) {
  SyncConflict c;
  c.id = r.get<long long>(0);
  c.changeSeq = r.get<long long>(1);
  c.kind = r.get<std::string>(2);
  c.entityId = r.get<std::string>(3);
  c.problem = r.get<std::string>(4);
  c.localState = optionalText(r, 5);
  if (r.get_indicator(6) != soci::i_null) c.localVersion = r.get<long long>(6);
  c.change = r.get<std::string>(7);
  c.recordedAt = r.get<std::string>(8);
  c.resolvedAt = optionalText(r, 9);
  c.resolution = r.get<std::string>(10);
  return c;
}

}  // namespace

core::Result<std::vector<SyncConflict>> listConflicts(storage::Database& db,
                                                      const ConflictQuery& query) {
  try {
    std::vector<SyncConflict> all;
    int includeResolved = query.includeResolved ? 1 : 0;
    long long limit = query.limit;
    soci::rowset<soci::row> rows = (db.session().prepare
        << "SELECT id, change_seq, kind, entity_id, problem, local_state, local_version,"
           " change::text, to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
           " to_char(resolved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), resolution"
           " FROM sync_conflicts WHERE (:all = 1 OR resolved_at IS NULL) ORDER BY id LIMIT :n",
        soci::use(includeResolved), soci::use(limit));
    for (const auto& row : rows) all.push_back(conflictOf(row));
    return all;
  } catch (const std::exception& e) {
    return storage::databaseError("db.query_failed", e);
  }
}

core::Result<std::vector<Overstay>> listOverstays(storage::Database& db, bool includeCleared) {
  try {
    std::vector<Overstay> all;
    int cleared = includeCleared ? 1 : 0;
    soci::rowset<soci::row> rows = (db.session().prepare
        << "SELECT id, person_ref, surname, given_names, citizenship, document, district,"
           " to_char(permitted_until, 'YYYY-MM-DD'), days_over, cleared::int FROM sync_overstays"
           " WHERE (:c = 1 OR NOT cleared) ORDER BY days_over DESC, id",
        soci::use(cleared));
    for (const auto& r : rows) {
      all.push_back({r.get<std::string>(0), r.get<std::string>(1), r.get<std::string>(2),
                     r.get<std::string>(3), r.get<std::string>(4), r.get<std::string>(5),
                     r.get<std::string>(6), r.get<std::string>(7), r.get<int>(8),
                     r.get<int>(9) == 1});
    }
    return all;
  } catch (const std::exception& e) {
    return storage::databaseError("db.query_failed", e);
  }
}

}  // namespace mws::sync::client
