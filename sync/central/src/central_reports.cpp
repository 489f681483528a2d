// CentralStore's unit reports: the audit chain head of each origin, checked against the
// heads it reported before (a contradiction raises an alarm), and the queue load per service.

#include <soci/soci.h>

#include <string>

#include "central_store.hpp"

namespace mws::sync::central::detail {

namespace {

namespace codes = protocol::codes;

struct KnownHead {
  long long seq = -1;
  std::string hash;
};

KnownHead headAt(soci::session& sql, const protocol::Origin& o, const long long* seq) {
  KnownHead head;
  if (seq != nullptr) {
    sql << "SELECT seq, hash FROM audit_heads WHERE unit = :u AND source = :s AND seq = :q",
        soci::use(o.unit), soci::use(o.source), soci::use(*seq), soci::into(head.seq),
        soci::into(head.hash);
  } else {
    sql << "SELECT seq, hash FROM audit_heads WHERE unit = :u AND source = :s"
           " ORDER BY seq DESC LIMIT 1",
        soci::use(o.unit), soci::use(o.source), soci::into(head.seq), soci::into(head.hash);
  }
  if (!sql.got_data()) head.seq = -1;
  return head;
}

// Once per distinct contradiction: a unit that retries does not pile up alarms.
core::Error alarm(soci::session& sql, const protocol::ReportRequest& request,
                  const std::string& problem, const KnownHead& known) {
  const protocol::Origin& o = request.origin;
  long long seq = request.auditHead.seq;
  sql << "INSERT INTO audit_alarms(unit, source, problem, reported_seq, reported_hash, known_seq,"
         " known_hash) SELECT :u, :s, :p, :q, :h, :kq, :kh WHERE NOT EXISTS (SELECT 1 FROM"
         " audit_alarms WHERE unit = :u2 AND source = :s2 AND problem = :p2 AND reported_seq = :q2"
         " AND reported_hash = :h2 AND resolved_at IS NULL)",
      soci::use(o.unit), soci::use(o.source), soci::use(problem), soci::use(seq),
      soci::use(request.auditHead.hash), soci::use(known.seq), soci::use(known.hash),
      soci::use(o.unit), soci::use(o.source), soci::use(problem), soci::use(seq),
      soci::use(request.auditHead.hash);
  return core::makeError(std::string(codes::kAuditRewritten),
                         "the audit chain head " + std::to_string(seq) +
                             " contradicts the head " + std::to_string(known.seq) +
                             " reported before (" + problem + ")")
      .with("problem", problem)
      .with("seq", std::to_string(seq))
      .with("known_seq", std::to_string(known.seq));
}

void recordQueue(soci::session& sql, const protocol::ReportRequest& request) {
  for (const auto& load : request.queueLoad) {
    long long waiting = load.waiting;
    sql << "INSERT INTO queue_load(unit, service, waiting, source) VALUES (:u, :sv, :w, :s)"
           " ON CONFLICT (unit, service) DO UPDATE SET waiting = excluded.waiting,"
           " source = excluded.source, reported_at = now()",
        soci::use(request.origin.unit), soci::use(load.service), soci::use(waiting),
        soci::use(request.origin.source);
  }
}

}  // namespace

core::Result<protocol::ReportReply> applyReportIn(soci::session& sql,
                                                  const protocol::ReportRequest& request) {
  {
    soci::transaction tx(sql);
    const protocol::Origin& o = request.origin;
    sql << "INSERT INTO origins(unit, source) VALUES (:u, :s) ON CONFLICT DO NOTHING",
        soci::use(o.unit), soci::use(o.source);
    sql << "SELECT 1 FROM origins WHERE unit = :u AND source = :s FOR UPDATE", soci::use(o.unit),
        soci::use(o.source);
    long long seq = request.auditHead.seq;
    const KnownHead same = headAt(sql, o, &seq);
    const KnownHead last = headAt(sql, o, nullptr);
    if (same.seq >= 0 && same.hash != request.auditHead.hash) {
      auto error = alarm(sql, request, "hash_changed", same);
      tx.commit();
      return error;
    }
    if (last.seq > seq) {
      auto error = alarm(sql, request, "sequence_decreased", last);
      tx.commit();
      return error;
    }
    if (last.seq >= 0 && seq > last.seq) {  // moved on: does it still extend the last head?
      if (!request.auditCheck || request.auditCheck->seq != last.seq) {
        return core::makeError(std::string(codes::kAuditCheckNeeded),
                               "send the report again with audit_check at " +
                                   std::to_string(last.seq))
            .with("known_seq", std::to_string(last.seq));
      }
      if (request.auditCheck->hash != last.hash) {
        protocol::ReportRequest checked = request;
        checked.auditHead = *request.auditCheck;
        auto error = alarm(sql, checked, "hash_changed", last);
        tx.commit();
        return error;
      }
    }
    sql << "INSERT INTO audit_heads(unit, source, seq, hash) VALUES (:u, :s, :q, :h)"
           " ON CONFLICT DO NOTHING",
        soci::use(o.unit), soci::use(o.source), soci::use(seq), soci::use(request.auditHead.hash);
    recordQueue(sql, request);
    tx.commit();
    return protocol::ReportReply{protocol::kProtocolVersion, o, std::max<std::int64_t>(seq, last.seq)};
  }
}

}  // namespace mws::sync::central::detail
