#include "mws/storage/pg_draft_store.hpp"

#include <soci/soci.h>

#include <stdexcept>

#include "mws/core/domain/uuid.hpp"
#include "sealing.hpp"

namespace mws::storage {

namespace {

using sealing::fromHex;
using sealing::seal;
using sealing::toHex;
using sealing::unseal;

using std::chrono::microseconds;
using std::chrono::system_clock;

// Binds the seal to the row: a draft copied to another id or officer does not open.
std::string associatedData(const std::string& id, std::int64_t officerId) {
  return "flow_draft:" + id + ":" + std::to_string(officerId);
}

core::Error keyMissing() {
  return core::makeError("storage.blob_key_missing", "no blob key is installed");
}

}  // namespace

core::Status PgDraftStore::save(const core::FlowDraft& draft) {
  const auto sealKey = key();
  if (!sealKey) return keyMissing();
  if (!core::isUuidV4(draft.id)) {
    return core::makeError("draft.bad_id", "a draft id is a lower-case UUID v4").with("id", draft.id);
  }
  try {
    const std::string hex = toHex(seal(*sealKey, associatedData(draft.id, draft.officerId), draft.content));
    long long officer = draft.officerId;
    long long savedUs =
        std::chrono::duration_cast<microseconds>(draft.savedAt.time_since_epoch()).count();
    soci::session& sql = m_db.session();
    soci::statement st = (sql.prepare
        << "INSERT INTO flow_drafts(id, officer_id, unit_code, content, saved_at)"
           " VALUES (CAST(:id AS uuid), :o, :u, decode(:c, 'hex'), CASE WHEN CAST(:t AS bigint) = 0 THEN now()"
           " ELSE timestamptz 'epoch' + CAST(:t2 AS bigint) * interval '1 microsecond' END)"
           " ON CONFLICT (id) DO UPDATE SET unit_code = EXCLUDED.unit_code,"
           " content = EXCLUDED.content, saved_at = EXCLUDED.saved_at"
           " WHERE flow_drafts.officer_id = EXCLUDED.officer_id",
        soci::use(draft.id), soci::use(officer), soci::use(draft.unitCode), soci::use(hex),
        soci::use(savedUs), soci::use(savedUs));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      return core::makeError("draft.not_yours", "the draft belongs to another officer")
          .with("id", draft.id);
    }
    return core::success();
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::vector<core::FlowDraft>> PgDraftStore::listFor(std::int64_t officerId) {
  const auto sealKey = key();
  if (!sealKey) return keyMissing();
  try {
    long long officer = officerId;
    soci::rowset<soci::row> rows = (m_db.session().prepare
        << "SELECT id::text, unit_code, encode(content, 'hex'),"
           " (extract(epoch FROM saved_at) * 1000000)::bigint FROM flow_drafts"
           " WHERE officer_id = :o ORDER BY saved_at DESC, id",
        soci::use(officer));
    std::vector<core::FlowDraft> drafts;
    for (const auto& row : rows) {
      core::FlowDraft d;
      d.id = row.get<std::string>(0);
      d.officerId = officerId;
      d.unitCode = row.get<std::string>(1);
      auto plain = unseal(*sealKey, associatedData(d.id, officerId), fromHex(row.get<std::string>(2)));
      if (!plain) {
        return core::makeError("storage.draft_corrupt", "a draft's seal does not open")
            .with("id", d.id);
      }
      d.content = std::move(*plain);
      d.savedAt = system_clock::time_point(microseconds(row.get<long long>(3)));
      drafts.push_back(std::move(d));
    }
    return drafts;
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Status PgDraftStore::discard(const std::string& id) {
  if (!core::isUuidV4(id)) {
    return core::makeError("draft.bad_id", "a draft id is a lower-case UUID v4").with("id", id);
  }
  try {
    m_db.session() << "DELETE FROM flow_drafts WHERE id = CAST(:id AS uuid)", soci::use(id);
    return core::success();
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

}  // namespace mws::storage
