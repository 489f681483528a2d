#include "mws/storage/pg_case_repository.hpp"

#include <soci/soci.h>

#include "case_rows.hpp"
#include "mws/core/domain/case_payloads.hpp"
#include "mws/core/domain/payload_codec.hpp"
#include "mws/storage/outbox.hpp"
#include "soci_dates.hpp"

namespace mws::storage {
namespace {

core::Error caseWriteError(const std::exception& e, const std::string& caseId) {
  const std::string state = rows::sqlStateOf(e);
  if (state == "MW001") return core::makeError("case.supervisor_required").with("case_id", caseId).with("rule", "CASE-2");
  if (state == "MW002") return core::makeError("case.four_eyes").with("case_id", caseId).with("rule", "CASE-1");
  if (state == "23505" && std::string(e.what()).find("cases_one_residence") != std::string::npos) {
    return core::makeError("residence_reg.already_registered").with("rule", "RESIDENCE_REG-1");
  }
  if (state == "23505") return core::makeError("case.exists").with("case_id", caseId);
  if (state == "23503") return core::makeError("case.reference_missing", "an actor, unit or person does not exist");
  if (state == "23514") return core::makeError("case.invalid", "a database check refused it");
  return databaseError("db.query_failed", e);
}

void insertEvent(soci::session& sql, const std::string& caseId, const core::CaseEvent& event) {
  std::string action(core::toString(event.action)), from(core::toString(event.from)),
      to(core::toString(event.to)), role(core::toString(event.actorRole));
  long long actor = event.actorId, at = rows::microsOf(event.at);
  sql << "INSERT INTO case_events(case_id, seq, action, from_state, to_state, actor_id,"
         " actor_role, reason, at) SELECT q.c, coalesce((SELECT max(seq) FROM case_events e"
         " WHERE e.case_id = q.c), 0) + 1, :a, :f, :t, :actor, :r, :reason,"
         " timestamptz 'epoch' + :at * interval '1 microsecond' FROM (SELECT CAST(:c AS uuid) AS c) q",
      soci::use(action), soci::use(from), soci::use(to), soci::use(actor), soci::use(role),
      soci::use(event.reason), soci::use(at), soci::use(caseId);
}

// Bumps the version when it is still the expected one; otherwise says why not.
core::Status bumpVersion(soci::session& sql, const core::CaseTransition& t,
                         const std::string& setClause) {
  long long expected = t.expectedVersion;
  std::string state(core::toString(t.event.to));
  soci::statement st = (sql.prepare << "UPDATE cases SET " + setClause +
                                           " version = version + 1, updated_at = now()"
                                           " WHERE id = :id::uuid AND version = :v",
                        soci::use(state, "state"), soci::use(t.caseId, "id"),
                        soci::use(expected, "v"));
  st.execute(true);
  if (st.get_affected_rows() == 1) return core::success();
  long long actual = 0;
  sql << "SELECT version FROM cases WHERE id = :id::uuid", soci::use(t.caseId), soci::into(actual);
  if (!sql.got_data()) return core::makeError("case.not_found").with("case_id", t.caseId);
  return core::makeError("case.concurrent_update")
      .with("case_id", t.caseId)
      .with("expected", std::to_string(t.expectedVersion))
      .with("actual", std::to_string(actual));
}

core::Status applyTransition(soci::session& sql, const core::CaseTransition& t,
                             const std::string& action) {
  if (auto ok = bumpVersion(sql, t, "state = :state,"); !ok) return ok;
  insertEvent(sql, t.caseId, t.event);
  Outbox::appendCaseSnapshot(sql, t.caseId, action);
  return core::success();
}

void applyEffect(soci::session& sql, const core::CaseEffect& effect, const std::string& action) {
  std::int64_t personId = std::visit([](const auto& e) { return e.personId; }, effect);
  long long id = personId;
  if (const auto* visa = std::get_if<core::ExtendVisaEffect>(&effect)) {
    std::string to = visa->extension.newValidTo.toString();
    std::string ext = rows::encodeVisaExtensions({visa->extension});
    sql << "UPDATE person_visas SET valid_to = :t::date, extensions = extensions || :x::jsonb"
           " WHERE person_id = :p AND number = :n",
        soci::use(to), soci::use(ext), soci::use(id), soci::use(visa->visaNumber);
  } else if (std::holds_alternative<core::MarkOneIdRegistrationEffect>(effect)) {
    sql << "UPDATE persons SET one_id_pending = true, version = version + 1 WHERE id = :p", soci::use(id);
  } else if (const auto* status = std::get_if<core::SetPersonStatusEffect>(&effect)) {
    std::string text(core::toString(status->status));
    sql << "UPDATE persons SET status = :s, version = version + 1 WHERE id = :p", soci::use(text), soci::use(id);
  }
  Outbox::appendPersonSnapshot(sql, personId, action);
}

}  // namespace

core::Status PgCaseRepository::create(const core::Case& c, const core::AuditContext& audit) {
  try {
    auto& sql = m_db.session();
    soci::transaction tx(sql);
    std::string service(core::toString(c.service())), channel(core::toString(c.channel)),
        state(core::toString(c.state)), filed = c.filedOn.toString(),
        payload = core::encodePayload(c.payload), fee = core::encodeFeeQuote(c.fee);
    long long person = c.personId, openedBy = c.openedBy;
    std::string scan = c.capture.documentScanSha256, fingers = rows::encodeFingerQuality(c.capture.fingers);
    soci::indicator scanSet = scan.empty() ? soci::i_null : soci::i_ok;
    sql << "INSERT INTO cases(id, unit_code, service, person_id, channel, filed_on, state,"
           " payload, fee, opened_by, version, document_scan_sha256, finger_quality)"
           " VALUES (:id::uuid, :u, :s, :p, :ch, :f::date, :st,"
           " :pl::jsonb, :fee::jsonb, :ob, 1, :scan, :fq::jsonb)",
        soci::use(c.id), soci::use(c.unitCode), soci::use(service), soci::use(person),
        soci::use(channel), soci::use(filed), soci::use(state), soci::use(payload), soci::use(fee),
        soci::use(openedBy), soci::use(scan, scanSet), soci::use(fingers);
    for (const auto& event : c.history) insertEvent(sql, c.id, event);
    Outbox::appendCaseSnapshot(sql, c.id, audit.action);
    rows::audit(sql, audit, "case", c.id, service);
    tx.commit();
    return core::success();
  } catch (const std::exception& e) {
    return caseWriteError(e, c.id);
  }
}

core::Status PgCaseRepository::updatePayload(const core::CaseTransition& edit,
                                             const core::CasePayload& payload,
                                             const core::FeeQuote& fee,
                                             const core::AuditContext& audit) {
  try {
    auto& sql = m_db.session();
    soci::transaction tx(sql);
    std::string pl = core::encodePayload(payload), fq = core::encodeFeeQuote(fee);
    sql << "UPDATE cases SET payload = :p::jsonb, fee = :f::jsonb WHERE id = :id::uuid",
        soci::use(pl), soci::use(fq), soci::use(edit.caseId);
    if (auto ok = applyTransition(sql, edit, audit.action); !ok) return ok;
    rows::audit(sql, audit, "case", edit.caseId);
    tx.commit();
    return core::success();
  } catch (const std::exception& e) {
    return caseWriteError(e, edit.caseId);
  }
}

core::Status PgCaseRepository::apply(const core::CaseChange& change, const core::AuditContext& audit) {
  try {
    auto& sql = m_db.session();
    soci::transaction tx(sql);
    // Linked cases first: a replaced residence registration leaves force before the new one
    // enters it (the one-in-force index checks each row at once).
    for (const auto& linked : change.linked) {
      if (auto ok = applyTransition(sql, linked, audit.action); !ok) return ok;
      rows::audit(sql, audit, "case", linked.caseId, "linked");
    }
    if (auto ok = applyTransition(sql, change.transition, audit.action); !ok) return ok;
    for (const auto& effect : change.effects) applyEffect(sql, effect, audit.action);
    rows::audit(sql, audit, "case", change.transition.caseId);
    tx.commit();
    return core::success();
  } catch (const std::exception& e) {
    return caseWriteError(e, change.transition.caseId);
  }
}

}  // namespace mws::storage
