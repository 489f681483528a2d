#pragma once
// Snapshots of a database for the hostile-input tables: the row count and an MD5 over the
// rows of each table, so that "nothing changed" is checked row by row, not guessed.
#include <soci/soci.h>

#include <string>
#include <vector>

#include "mws/storage/database.hpp"

namespace mws::test {

// "table:count:md5" for each table, in order; `where` filters a table's rows.
inline std::string snapshotOf(soci::session& sql, const std::vector<std::string>& tables,
                              const std::string& auditFilter = {}) {
  std::string text;
  for (const std::string& table : tables) {
    const std::string filter = table == "audit_log" ? auditFilter : std::string();
    std::string line;
    sql << "SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
           " FROM " + table + " t" + filter,
        soci::into(line);
    text += table + ":" + line + "\n";
  }
  return text;
}

// The workstation's tables. Sign-ins and lookups are audited even when the command that
// follows is refused; every other audit entry counts.
inline std::string workstationSnapshot(storage::Database& db) {
  return snapshotOf(db.session(),
                    {"units", "users", "persons", "person_documents", "person_visas",
                     "person_name_words", "cases", "case_events", "outbox", "blobs", "audit_log"},
                    " WHERE action NOT IN ('auth.sign_in', 'person.search', 'person.view',"
                    " 'person.export')");
}

}  // namespace mws::test
