#include "central_changes.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "mws/sync/protocol/protocol.hpp"

namespace mws::sync::central::detail {

namespace {

bool isUuid(const std::string& text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    if (dash ? c != '-' : !hex) return false;
  }
  return true;
}

core::Error badDecision(const std::string& field, std::string detail) {
  return core::makeError(std::string(codes::kBadDecision), std::move(detail)).with("field", field);
}

core::Status checkDecision(const CentralDecision& d) {
  if (!isUuid(d.caseId)) return badDecision("case", "a case is named by its UUID");
  if (d.state != "approved" && d.state != "rejected") {
    return badDecision("state", "a central decision is approved or rejected");
  }
  if (d.state == "rejected" && d.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
    return badDecision("reason", "a rejection needs a reason");
  }
  if (d.decidedBy.empty() || d.decidedBy.size() > 200) return badDecision("decided_by", "1-200 characters");
  return core::success();
}

// The next number of the change log; the counter row stays locked until commit, so numbers
// are gapless and committed in order.
long long nextChange(soci::session& sql) {
  long long seq = 0;
  sql << "UPDATE change_counter SET last_seq = last_seq + 1 WHERE id = 1 RETURNING last_seq",
      soci::into(seq);
  return seq;
}

// The key of a reference row, or empty when the row lacks a key column (or is not JSON).
std::string referenceKey(soci::session& sql, const ReferenceRow& row) {
  std::string key;
  soci::indicator ind = soci::i_null;
  sql << "SELECT CASE :t WHEN 'service_catalogue' THEN r->>'service'"
         " WHEN 'fee_table' THEN (r->>'service') || '/' || (r->>'variant') || '/' ||"
         "   (r->>'item') || '/' || (r->>'effective_from')"
         " WHEN 'bcu_rates' THEN r->>'effective_from' END"
         " FROM (SELECT CASE WHEN jsonb_typeof(:r::jsonb) = 'object' THEN :r::jsonb END AS r) q",
      soci::use(row.table, "t"), soci::use(row.rowJson, "r"), soci::into(key, ind);
  return ind == soci::i_ok ? key : std::string();
}

}  // namespace

core::Result<std::int64_t> recordDecisionIn(soci::session& sql, const CentralDecision& d) {
  if (auto valid = checkDecision(d); !valid) return valid.error();
  soci::transaction tx(sql);
  std::string unit;
  long long version = 0;
  sql << "SELECT unit, version FROM cases WHERE id = :id::uuid FOR UPDATE", soci::use(d.caseId),
      soci::into(unit), soci::into(version);
  if (!sql.got_data()) {
    return core::makeError(std::string(codes::kCaseUnknown), "the centre holds no such case")
        .with("case", d.caseId);
  }
  const long long seq = nextChange(sql);
  sql << "INSERT INTO changes(seq, unit, kind, entity_id, body) SELECT :s, :u, 'decision', :id,"
         " jsonb_build_object('case_id', CAST(:id AS text), 'state', CAST(:st AS text),"
         "   'reason', CAST(:r AS text), 'case_version', CAST(:v AS bigint),"
         "   'decided_by', CAST(:by AS text), 'decided_at', to_jsonb(now()))",
      soci::use(seq, "s"), soci::use(unit, "u"), soci::use(d.caseId, "id"), soci::use(d.state, "st"),
      soci::use(d.reason, "r"), soci::use(version, "v"), soci::use(d.decidedBy, "by");
  sql << "INSERT INTO decisions(case_id, unit, state, reason, case_version, decided_by, change_seq)"
         " VALUES (:id::uuid, :u, :st, :r, :v, :by, :s)",
      soci::use(d.caseId, "id"), soci::use(unit, "u"), soci::use(d.state, "st"),
      soci::use(d.reason, "r"), soci::use(version, "v"), soci::use(d.decidedBy, "by"),
      soci::use(seq, "s");
  tx.commit();
  return static_cast<std::int64_t>(seq);
}

core::Result<std::int64_t> publishReferenceIn(soci::session& sql, const ReferenceRow& row) {
  soci::transaction tx(sql);
  const std::string key = referenceKey(sql, row);
  if (key.empty()) {
    return core::makeError(std::string(codes::kBadReference),
                           "not a row of service_catalogue, fee_table or bcu_rates with its key")
        .with("field", "row");
  }
  const long long seq = nextChange(sql);
  const std::string id = row.table + "/" + key;
  sql << "INSERT INTO reference_rows(tbl, key, version, row) VALUES (:t, :k, :s, :r::jsonb)"
         " ON CONFLICT (tbl, key) DO UPDATE SET version = excluded.version, row = excluded.row",
      soci::use(row.table, "t"), soci::use(key, "k"), soci::use(seq, "s"), soci::use(row.rowJson, "r");
  sql << "INSERT INTO changes(seq, unit, kind, entity_id, body) SELECT :s, NULL, 'reference', :id,"
         " jsonb_build_object('table', CAST(:t AS text), 'version', CAST(:s AS bigint),"
         "   'row', CAST(:r AS jsonb))",
      soci::use(seq, "s"), soci::use(id, "id"), soci::use(row.table, "t"), soci::use(row.rowJson, "r");
  tx.commit();
  return static_cast<std::int64_t>(seq);
}

core::Result<std::int64_t> publishPersonIn(soci::session& sql, const CentralPerson& p) {
  if (!protocol::isValidOrigin(p.unit)) {
    return core::makeError(std::string(codes::kBadPerson), "not a unit code").with("field", "unit");
  }
  if (p.ref.empty() || p.ref.size() > 100) {
    return core::makeError(std::string(codes::kBadPerson), "ref must be 1-100 characters").with("field", "ref");
  }
  int isObject = 0;
  sql << "SELECT (jsonb_typeof(CAST(:j AS jsonb)) = 'object'"
         " AND CAST(:j2 AS jsonb) ?& array['birth_date', 'sex', 'status', 'citizenship'])::int",
      soci::use(p.personJson), soci::use(p.personJson), soci::into(isObject);
  if (!isObject) {
    return core::makeError(std::string(codes::kBadPerson),
                           "the person must be an object with birth_date, sex, status, citizenship")
        .with("field", "person");
  }
  soci::transaction tx(sql);
  const long long seq = nextChange(sql);
  sql << "INSERT INTO changes(seq, unit, kind, entity_id, body) SELECT :s, :u, 'person', :id,"
         " jsonb_build_object('ref', CAST(:id AS text), 'version', CAST(:s AS bigint),"
         "   'person', CAST(:j AS jsonb))",
      soci::use(seq, "s"), soci::use(p.unit, "u"), soci::use(p.ref, "id"), soci::use(p.personJson, "j");
  tx.commit();
  return static_cast<std::int64_t>(seq);
}

core::Result<std::int64_t> publishOverstayIn(soci::session& sql, const OverstayEntry& e) {
  if (e.id.empty() || e.id.size() > 100 || e.district.empty()) {
    return core::makeError(std::string(codes::kBadOverstay), "id and district are required")
        .with("field", e.district.empty() ? "district" : "id");
  }
  int valid = 0;
  sql << "SELECT (jsonb_typeof(j) = 'object' AND j ?& array['person_ref', 'surname', 'citizenship',"
         " 'permitted_until', 'days_over'])::int FROM (SELECT CAST(:j AS jsonb) AS j) q",
      soci::use(e.entryJson), soci::into(valid);
  if (!valid) {
    return core::makeError(std::string(codes::kBadOverstay),
                           "the entry needs person_ref, surname, citizenship, permitted_until, days_over")
        .with("field", "entry");
  }
  soci::transaction tx(sql);
  std::vector<std::string> units(1000);
  sql << "SELECT unit FROM unit_districts WHERE district = :d ORDER BY unit", soci::use(e.district),
      soci::into(units);
  long long last = 0;
  for (const std::string& unit : units) {
    last = nextChange(sql);
    sql << "INSERT INTO changes(seq, unit, kind, entity_id, body) SELECT :s, :u, 'overstay', :id,"
           " jsonb_build_object('id', CAST(:id AS text), 'version', CAST(:s AS bigint),"
           "   'district', CAST(:d AS text), 'entry', CAST(:j AS jsonb))",
        soci::use(last, "s"), soci::use(unit, "u"), soci::use(e.id, "id"),
        soci::use(e.district, "d"), soci::use(e.entryJson, "j");
  }
  tx.commit();
  return static_cast<std::int64_t>(last);
}

protocol::PullReply pullIn(soci::session& sql, const std::string& unit, std::int64_t cursor,
                           std::int64_t limit) {
  protocol::PullReply reply;
  reply.unit = unit;
  reply.cursor = cursor;
  long long after = cursor;
  long long take = std::clamp<std::int64_t>(limit, 1, protocol::kMaxPullLimit) + 1;
  soci::rowset<soci::row> rows =
      (sql.prepare << "SELECT seq, kind, entity_id, body::text FROM changes"
                      " WHERE seq > :c AND (unit = :u OR unit IS NULL) ORDER BY seq LIMIT :n",
       soci::use(after), soci::use(unit), soci::use(take));
  for (const soci::row& row : rows) {
    if (static_cast<long long>(reply.changes.size()) + 1 == take) {
      reply.more = true;
      break;
    }
    reply.changes.push_back({row.get<long long>(0), row.get<std::string>(1),
                             row.get<std::string>(2), row.get<std::string>(3)});
    reply.cursor = reply.changes.back().seq;
  }
  return reply;
}

}  // namespace mws::sync::central::detail
