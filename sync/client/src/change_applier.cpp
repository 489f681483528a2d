#include "change_applier.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>

#include "mws/core/auth/user.hpp"
#include "mws/core/domain/transliteration.hpp"
#include "mws/storage/audit_chain.hpp"
#include "mws/storage/outbox.hpp"

namespace mws::sync::client::detail {

namespace {

struct Decision {
  std::string caseId;  // empty when the change names no valid UUID
  std::string state;
  std::string reason;
  long long caseVersion = 0;
  std::string decidedAt;
};

struct LocalCase {
  std::string state;
  long long version = 0;
};

Decision readDecision(soci::session& sql, const std::string& body) {
  Decision d;
  sql << "SELECT CASE WHEN j->>'case_id' ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'"
         "   THEN j->>'case_id' ELSE '' END, coalesce(j->>'state', ''), coalesce(j->>'reason', ''),"
         " coalesce((j->>'case_version')::bigint, 0), coalesce(j->>'decided_at', '')"
         " FROM (SELECT CAST(:b AS jsonb) AS j) q",
      soci::use(body), soci::into(d.caseId), soci::into(d.state), soci::into(d.reason),
      soci::into(d.caseVersion), soci::into(d.decidedAt);
  return d;
}

// The case row, locked until the page's transaction ends.
std::optional<LocalCase> lockCase(soci::session& sql, const std::string& id) {
  if (id.empty()) return std::nullopt;
  LocalCase local;
  sql << "SELECT state, version FROM cases WHERE id = CAST(:id AS uuid) FOR UPDATE",
      soci::use(id), soci::into(local.state), soci::into(local.version);
  if (!sql.got_data()) return std::nullopt;
  return local;
}

void recordConflict(soci::session& sql, const protocol::PullChange& change,
                    const std::string& problem, const std::optional<LocalCase>& local) {
  long long seq = change.seq;
  std::string state = local ? local->state : std::string();
  long long version = local ? local->version : 0;
  soci::indicator known = local ? soci::i_ok : soci::i_null;
  sql << "INSERT INTO sync_conflicts(change_seq, kind, entity_id, problem, local_state,"
         " local_version, change) VALUES (:s, :k, :e, :p, :ls, :lv, CAST(:b AS jsonb))"
         " ON CONFLICT (change_seq) DO NOTHING",
      soci::use(seq), soci::use(change.kind), soci::use(change.id), soci::use(problem),
      soci::use(state, known), soci::use(version, known), soci::use(change.body);
}

// The centre's system account (see migration 0007), created with the first decision.
core::User centreActor(soci::session& sql) {
  core::User actor;
  actor.login = "sys.centre";
  actor.displayName = "Central platform";
  actor.role = core::Role::It;
  actor.unitCode = "CENTRE";
  actor.active = false;
  sql << "INSERT INTO units(code, name) VALUES ('CENTRE', 'Central platform') ON CONFLICT DO NOTHING";
  sql << "INSERT INTO users(login, display_name, role, unit_code, password_hash, active)"
         " VALUES (:l, :n, 'it', 'CENTRE', '$argon2id$system-account-no-password', false)"
         " ON CONFLICT (login) DO NOTHING",
      soci::use(actor.login), soci::use(actor.displayName);
  long long id = 0;
  sql << "SELECT id FROM users WHERE login = :l AND unit_code = 'CENTRE'", soci::use(actor.login),
      soci::into(id);
  actor.id = id;
  return actor;
}

// The decision as a case event by the centre's account, the new state, the outbox entry
// and the audit entry, all in the caller's transaction.
void decide(soci::session& sql, const Decision& d, const LocalCase& local, long long seq) {
  const std::string action = d.state == "approved" ? "approve" : "reject";
  const core::User actor = centreActor(sql);
  long long actorId = actor.id;
  sql << "INSERT INTO case_events(case_id, seq, action, from_state, to_state, actor_id,"
         " actor_role, reason, at) SELECT CAST(:c AS uuid), coalesce(max(seq), 0) + 1, :a, :f,"
         " :t, :actor, 'centre', :r, coalesce(CAST(nullif(:at, '') AS timestamptz), now())"
         " FROM case_events WHERE case_id = CAST(:c AS uuid)",
      soci::use(d.caseId, "c"), soci::use(action, "a"), soci::use(local.state, "f"),
      soci::use(d.state, "t"), soci::use(actorId, "actor"), soci::use(d.reason, "r"),
      soci::use(d.decidedAt, "at");
  sql << "UPDATE cases SET state = :t, version = version + 1, updated_at = now()"
         " WHERE id = CAST(:c AS uuid)",
      soci::use(d.state), soci::use(d.caseId);
  storage::Outbox::appendCaseSnapshot(sql, d.caseId, action);
  storage::AuditChain::append(sql, {std::chrono::system_clock::now(), actor,
                                    "case.central_" + action, "case", d.caseId,
                                    "change " + std::to_string(seq)});
}

// true when applied; false when recorded as a conflict.
bool applyDecision(soci::session& sql, const protocol::PullChange& change) {
  const Decision d = readDecision(sql, change.body);
  const auto local = lockCase(sql, d.caseId);
  if (!local) {
    recordConflict(sql, change, "case_unknown", local);
    return false;
  }
  const bool rejected = d.state == "rejected";
  const bool blankReason = d.reason.find_first_not_of(" \t\r\n") == std::string::npos;
  if ((d.state != "approved" && !rejected) || (rejected && blankReason)) {
    recordConflict(sql, change, "decision_invalid", local);
    return false;
  }
  const bool open = local->state == "submitted" || local->state == "in_review";
  if (!open || local->version != d.caseVersion) {
    recordConflict(sql, change, "case_moved", local);
    return false;
  }
  decide(sql, d, *local, change.seq);
  return true;
}

const char* upsertFor(const std::string& table) {
  if (table == "service_catalogue") {
    return "INSERT INTO service_catalogue SELECT (jsonb_populate_record(NULL::service_catalogue,"
           " CAST(:b AS jsonb)->'row')).* ON CONFLICT (service) DO UPDATE SET"
           " effective_from = excluded.effective_from, portal_from = excluded.portal_from,"
           " max_extension_days = excluded.max_extension_days,"
           " max_extensions = excluded.max_extensions, max_period_days = excluded.max_period_days,"
           " min_fingerprints = excluded.min_fingerprints,"
           " free_e_signature_from = excluded.free_e_signature_from";
  }
  if (table == "fee_table") {
    return "INSERT INTO fee_table SELECT (jsonb_populate_record(NULL::fee_table,"
           " CAST(:b AS jsonb)->'row')).* ON CONFLICT (service, variant, item, effective_from)"
           " DO UPDATE SET bcu_hundredths = excluded.bcu_hundredths";
  }
  if (table == "bcu_rates") {
    return "INSERT INTO bcu_rates SELECT (jsonb_populate_record(NULL::bcu_rates,"
           " CAST(:b AS jsonb)->'row')).* ON CONFLICT (effective_from)"
           " DO UPDATE SET som = excluded.som";
  }
  return nullptr;
}

// The row and its version, or (under a savepoint, so the page goes on) a conflict.
bool applyReference(soci::session& sql, const protocol::PullChange& change) {
  std::string table;
  sql << "SELECT coalesce(CAST(:b AS jsonb)->>'table', '')", soci::use(change.body),
      soci::into(table);
  const char* upsert = upsertFor(table);
  if (upsert == nullptr) {
    recordConflict(sql, change, "reference_refused", std::nullopt);
    return false;
  }
  const std::string key = change.id.substr(std::min(change.id.find('/'), change.id.size() - 1) + 1);
  long long seq = change.seq;
  sql << "SAVEPOINT mws_reference";
  try {
    sql << upsert, soci::use(change.body);
    sql << "INSERT INTO reference_versions(tbl, key, version) SELECT :t, :k,"
           " coalesce((CAST(:b AS jsonb)->>'version')::bigint, :s) ON CONFLICT (tbl, key)"
           " DO UPDATE SET version = excluded.version, applied_at = now()",
        soci::use(table, "t"), soci::use(key, "k"), soci::use(change.body, "b"),
        soci::use(seq, "s");
    sql << "RELEASE SAVEPOINT mws_reference";
    return true;
  } catch (const soci::soci_error&) {
    sql << "ROLLBACK TO SAVEPOINT mws_reference";
    recordConflict(sql, change, "reference_refused", std::nullopt);
    return false;
  }
}

// Runs `write` under a savepoint: a change the database refuses is rolled back alone and
// kept as a conflict (`problem`), and the page goes on.
template <typename Write>
bool underSavepoint(soci::session& sql, const protocol::PullChange& change,
                    const std::string& problem, Write write) {
  sql << "SAVEPOINT mws_change";
  try {
    write();
    sql << "RELEASE SAVEPOINT mws_change";
    return true;
  } catch (const soci::soci_error&) {
    sql << "ROLLBACK TO SAVEPOINT mws_change";
    recordConflict(sql, change, problem, std::nullopt);
    return false;
  }
}

// The search key of the person's name, as the workstation's own records have it.
std::string nameKeyOf(soci::session& sql, const std::string& body) {
  std::string latin;
  std::string cyrillic;
  sql << "SELECT concat_ws(' ', nullif(p->>'surname_latin', ''), nullif(p->>'given_latin', ''),"
         " nullif(p->>'patronymic_latin', '')), concat_ws(' ', nullif(p->>'surname_cyrillic', ''),"
         " nullif(p->>'given_cyrillic', ''), nullif(p->>'patronymic_cyrillic', ''))"
         " FROM (SELECT CAST(:b AS jsonb)->'person' AS p) q",
      soci::use(body), soci::into(latin), soci::into(cyrillic);
  return core::normaliseName(latin.empty() ? cyrillic : latin);
}

// A person record the centre sends: linked by the centre's ref (or, the first time, by the
// personal number of a person this unit already holds), inserted or updated.
bool applyPerson(soci::session& sql, const protocol::PullChange& change) {
  return underSavepoint(sql, change, "person_refused", [&] {
    const std::string key = nameKeyOf(sql, change.body);
    sql << "UPDATE persons SET central_ref = :r WHERE central_ref IS NULL AND personal_number ="
           " (CAST(:b AS jsonb)->'person'->>'personal_number')",
        soci::use(change.id, "r"), soci::use(change.body, "b");
    sql << "INSERT INTO persons(surname_latin, given_latin, patronymic_latin, surname_cyrillic,"
           " given_cyrillic, patronymic_cyrillic, name_key, birth_date, sex, status, citizenship,"
           " personal_number, central_ref)"
           " SELECT coalesce(p.surname_latin, ''), coalesce(p.given_latin, ''),"
           " coalesce(p.patronymic_latin, ''), coalesce(p.surname_cyrillic, ''),"
           " coalesce(p.given_cyrillic, ''), coalesce(p.patronymic_cyrillic, ''), :k, p.birth_date,"
           " p.sex, p.status, p.citizenship, nullif(p.personal_number, ''), :r"
           " FROM jsonb_populate_record(NULL::persons, CAST(:b AS jsonb)->'person') p"
           " ON CONFLICT (central_ref) DO UPDATE SET surname_latin = excluded.surname_latin,"
           " given_latin = excluded.given_latin, patronymic_latin = excluded.patronymic_latin,"
           " surname_cyrillic = excluded.surname_cyrillic, given_cyrillic = excluded.given_cyrillic,"
           " patronymic_cyrillic = excluded.patronymic_cyrillic, name_key = excluded.name_key,"
           " birth_date = excluded.birth_date, sex = excluded.sex, status = excluded.status,"
           " citizenship = excluded.citizenship, personal_number = excluded.personal_number,"
           " version = persons.version + 1, updated_at = now()",
        soci::use(key, "k"), soci::use(change.id, "r"), soci::use(change.body, "b");
  });
}

// An entry of the district's overstay list; a later version replaces it.
bool applyOverstay(soci::session& sql, const protocol::PullChange& change) {
  return underSavepoint(sql, change, "overstay_refused", [&] {
    long long seq = change.seq;
    sql << "INSERT INTO sync_overstays(id, person_ref, surname, given_names, citizenship, document,"
           " district, permitted_until, days_over, cleared, version)"
           " SELECT :id, e->>'person_ref', e->>'surname', coalesce(e->>'given_names', ''),"
           " e->>'citizenship', coalesce(e->>'document', ''), b->>'district',"
           " CAST(e->>'permitted_until' AS date), CAST(e->>'days_over' AS integer),"
           " coalesce(CAST(e->>'cleared' AS boolean), false), coalesce(CAST(b->>'version' AS bigint), :s)"
           " FROM (SELECT CAST(:b AS jsonb) AS b, CAST(:b2 AS jsonb)->'entry' AS e) q"
           " ON CONFLICT (id) DO UPDATE SET person_ref = excluded.person_ref,"
           " surname = excluded.surname, given_names = excluded.given_names,"
           " citizenship = excluded.citizenship, document = excluded.document,"
           " district = excluded.district, permitted_until = excluded.permitted_until,"
           " days_over = excluded.days_over, cleared = excluded.cleared, version = excluded.version,"
           " updated_at = now() WHERE sync_overstays.version < excluded.version",
        soci::use(change.id, "id"), soci::use(seq, "s"), soci::use(change.body, "b"),
        soci::use(change.body, "b2");
  });
}

bool applyChange(soci::session& sql, const protocol::PullChange& change) {
  if (change.kind == protocol::kinds::kDecision) return applyDecision(sql, change);
  if (change.kind == protocol::kinds::kPerson) return applyPerson(sql, change);
  if (change.kind == protocol::kinds::kOverstay) return applyOverstay(sql, change);
  return applyReference(sql, change);
}

}  // namespace

core::Result<std::int64_t> storedCursor(storage::Database& db) {
  try {
    long long cursor = 0;
    db.session() << "SELECT cursor FROM sync_cursor WHERE id = 1", soci::into(cursor);
    return static_cast<std::int64_t>(cursor);
  } catch (const std::exception& e) {
    return storage::databaseError("db.query_failed", e);
  }
}

core::Result<PageOutcome> applyPage(storage::Database& db, const protocol::PullReply& page) {
  try {
    soci::session& sql = db.session();
    soci::transaction tx(sql);
    long long stored = 0;
    sql << "SELECT cursor FROM sync_cursor WHERE id = 1 FOR UPDATE", soci::into(stored);
    PageOutcome outcome;
    for (const protocol::PullChange& change : page.changes) {
      if (change.seq <= stored) {
        ++outcome.skipped;
        continue;
      }
      const bool applied = applyChange(sql, change);
      ++(applied ? outcome.applied : outcome.conflicts);
    }
    long long next = std::max<long long>(stored, page.cursor);
    sql << "UPDATE sync_cursor SET cursor = :c, updated_at = now() WHERE id = 1", soci::use(next);
    tx.commit();
    outcome.cursor = next;
    return outcome;
  } catch (const std::exception& e) {
    return storage::databaseError("db.query_failed", e);
  }
}

}  // namespace mws::sync::client::detail
