#include "mws/storage/outbox.hpp"

#include <soci/soci.h>

namespace mws::storage {
namespace {

// Gapless and in commit order: the counter row stays locked until the transaction ends.
std::int64_t nextSeq(soci::session& sql) {
  long long seq = 0;
  sql << "UPDATE outbox_counter SET last_seq = last_seq + 1 WHERE id = 1 RETURNING last_seq",
      soci::into(seq);
  return seq;
}

}  // namespace

std::int64_t Outbox::append(soci::session& sql, const std::string& entity,
                            const std::string& entityId, const std::string& action,
                            const std::string& body) {
  long long seq = nextSeq(sql);
  sql << "INSERT INTO outbox(seq, entity, entity_id, action, body)"
         " VALUES (:s, :e, :id, :a, :b::jsonb)",
      soci::use(seq), soci::use(entity), soci::use(entityId), soci::use(action), soci::use(body);
  return seq;
}

core::Result<std::vector<OutboxEntry>> Outbox::unsent(Database& db, std::int64_t limit) {
  try {
    std::vector<OutboxEntry> entries;
    long long max = limit;
    soci::rowset<soci::row> rows = (db.session().prepare
        << "SELECT seq, entity, entity_id, action, body::text FROM outbox"
           " WHERE sent_at IS NULL ORDER BY seq LIMIT :n", soci::use(max));
    for (const auto& r : rows) {
      entries.push_back({r.get<long long>(0), r.get<std::string>(1), r.get<std::string>(2),
                         r.get<std::string>(3), r.get<std::string>(4)});
    }
    return entries;
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::int64_t> Outbox::count(Database& db) {
  try {
    long long n = 0;
    db.session() << "SELECT count(*) FROM outbox", soci::into(n);
    return static_cast<std::int64_t>(n);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::int64_t> Outbox::acknowledge(Database& db, std::int64_t upToSeq) {
  try {
    long long upTo = upToSeq;
    soci::statement st = (db.session().prepare
        << "UPDATE outbox SET sent_at = now() WHERE sent_at IS NULL AND seq <= :s", soci::use(upTo));
    st.execute(true);
    return static_cast<std::int64_t>(st.get_affected_rows());
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::int64_t> Outbox::resendAfter(Database& db, std::int64_t highWater) {
  try {
    long long after = highWater;
    long long firstHeld = 0;
    soci::indicator held = soci::i_null;
    db.session() << "SELECT min(seq) FROM outbox WHERE seq > :h", soci::use(after),
        soci::into(firstHeld, held);
    if (held == soci::i_ok && firstHeld != after + 1) {
      return core::makeError("sync.gap_unrecoverable",
                             "the centre holds up to " + std::to_string(after) +
                                 " but this outbox starts again at " + std::to_string(firstHeld))
          .with("high_water", std::to_string(after))
          .with("first_held", std::to_string(firstHeld));
    }
    soci::statement st = (db.session().prepare
        << "UPDATE outbox SET sent_at = NULL WHERE sent_at IS NOT NULL AND seq > :h", soci::use(after));
    st.execute(true);
    return static_cast<std::int64_t>(st.get_affected_rows());
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::int64_t> Outbox::countUnsent(Database& db) {
  try {
    long long n = 0;
    db.session() << "SELECT count(*) FROM outbox WHERE sent_at IS NULL", soci::into(n);
    return static_cast<std::int64_t>(n);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

std::int64_t Outbox::appendCaseSnapshot(soci::session& sql, const std::string& caseId,
                                        const std::string& action) {
  long long seq = nextSeq(sql);
  sql << "INSERT INTO outbox(seq, entity, entity_id, action, body)"
         " SELECT :s, 'case', c.id::text, :a, jsonb_build_object("
         "  'id', c.id, 'unit', c.unit_code, 'service', c.service, 'person_id', c.person_id,"
         "  'channel', c.channel, 'filed_on', c.filed_on, 'state', c.state,"
         "  'version', c.version, 'payload', c.payload, 'fee', c.fee,"
         "  'document_scan_sha256', c.document_scan_sha256, 'finger_quality', c.finger_quality,"
         "  'events', (SELECT jsonb_agg(to_jsonb(e) ORDER BY e.seq) FROM case_events e"
         "             WHERE e.case_id = c.id))"
         " FROM cases c WHERE c.id = :id::uuid",
      soci::use(seq), soci::use(action), soci::use(caseId);
  return seq;
}

std::int64_t Outbox::appendPersonSnapshot(soci::session& sql, std::int64_t personId,
                                          const std::string& action) {
  long long seq = nextSeq(sql);
  long long id = personId;
  sql << "INSERT INTO outbox(seq, entity, entity_id, action, body)"
         " SELECT :s, 'person', p.id::text, :a, to_jsonb(p) || jsonb_build_object("
         "  'documents', (SELECT coalesce(jsonb_agg(to_jsonb(d) - 'person_id'), '[]')"
         "                FROM person_documents d WHERE d.person_id = p.id),"
         "  'visas', (SELECT coalesce(jsonb_agg(to_jsonb(v) - 'person_id'), '[]')"
         "            FROM person_visas v WHERE v.person_id = p.id))"
         " FROM persons p WHERE p.id = :id",
      soci::use(seq), soci::use(action), soci::use(id);
  return seq;
}

}  // namespace mws::storage
