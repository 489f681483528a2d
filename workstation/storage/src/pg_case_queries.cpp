// The reading side of PgCaseRepository: load with history, list, and the facts the rules ask.
#include <soci/soci.h>

#include "case_rows.hpp"
#include "mws/core/domain/payload_codec.hpp"
#include "mws/storage/pg_case_repository.hpp"
#include "soci_dates.hpp"

namespace mws::storage {
namespace {

std::vector<core::CaseEvent> loadHistory(soci::session& sql, const std::string& caseId) {
  std::vector<core::CaseEvent> history;
  soci::rowset<soci::row> events = (sql.prepare
      << "SELECT action, from_state, to_state, actor_id, actor_role, reason,"
         " (extract(epoch FROM at) * 1000000)::bigint FROM case_events"
         " WHERE case_id = :id::uuid ORDER BY seq",
      soci::use(caseId));
  for (const auto& r : events) {
    core::CaseEvent e;
    e.action = core::parseCaseAction(r.get<std::string>(0)).value_or(core::CaseAction::Open);
    e.from = core::parseCaseState(r.get<std::string>(1)).value_or(core::CaseState::Draft);
    e.to = core::parseCaseState(r.get<std::string>(2)).value_or(core::CaseState::Draft);
    e.actorId = r.get<long long>(3);
    e.actorRole = core::parseRole(r.get<std::string>(4)).value_or(core::Role::Officer);
    e.reason = r.get<std::string>(5);
    e.at = rows::fromMicros(r.get<long long>(6));
    history.push_back(e);
  }
  return history;
}

template <typename T>
T decoded(core::Result<T> result) {
  if (!result) throw std::runtime_error("stored case data cannot be read: " + result.error().code);
  return std::move(*result);
}

std::vector<std::string> idList(soci::session& sql, const std::string& query, long long personId) {
  std::vector<std::string> ids;
  soci::rowset<std::string> rows = (sql.prepare << query, soci::use(personId));
  for (const auto& id : rows) ids.push_back(id);
  return ids;
}

}  // namespace

core::Result<std::optional<core::Case>> PgCaseRepository::load(const std::string& caseId) {
  try {
    auto& sql = m_db.session();
    soci::row r;
    sql << "SELECT id::text, unit_code, person_id, channel, filed_on::text, state,"
           " payload::text, fee::text, opened_by, version, coalesce(document_scan_sha256, ''),"
           " finger_quality::text FROM cases WHERE id = :id::uuid",
        soci::use(caseId), soci::into(r);
    if (!sql.got_data()) return std::optional<core::Case>();
    core::Case c;
    c.id = r.get<std::string>(0);
    c.unitCode = r.get<std::string>(1);
    c.personId = r.get<long long>(2);
    c.channel = core::parseChannel(r.get<std::string>(3)).value_or(core::Channel::Counter);
    c.filedOn = dateFromText(r.get<std::string>(4));
    c.state = core::parseCaseState(r.get<std::string>(5)).value_or(core::CaseState::Draft);
    c.payload = decoded(core::decodePayload(r.get<std::string>(6)));
    c.fee = decoded(core::decodeFeeQuote(r.get<std::string>(7)));
    c.openedBy = r.get<long long>(8);
    c.version = r.get<long long>(9);
    c.capture.documentScanSha256 = r.get<std::string>(10);
    c.capture.fingers = rows::decodeFingerQuality(r.get<std::string>(11));
    c.history = loadHistory(sql, c.id);
    return std::optional<core::Case>(std::move(c));
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<core::Page<core::CaseSummary>> PgCaseRepository::list(const core::CaseQuery& query) {
  return listCases(query, nullptr);
}

core::Result<core::Page<core::CaseSummary>> PgCaseRepository::listOfPersons(
    const core::CaseQuery& query, const std::vector<std::int64_t>& personIds) {
  if (personIds.empty()) return core::Page<core::CaseSummary>{};
  return listCases(query, &personIds);
}

// `personIds` null: every person's cases.
core::Result<core::Page<core::CaseSummary>> PgCaseRepository::listCases(
    const core::CaseQuery& query, const std::vector<std::int64_t>* personIds) {
  try {
    std::string state = query.state ? std::string(core::toString(*query.state)) : "";
    std::string service = query.service ? std::string(core::toString(*query.service)) : "";
    long long offset = query.page.offset, limit = query.page.limit;
    std::string persons;  // a PostgreSQL array literal of the person ids, "" for every person
    for (const auto id : personIds ? *personIds : std::vector<std::int64_t>{}) {
      persons += persons.empty() ? "{" : ",";
      persons += std::to_string(id);
    }
    if (!persons.empty()) persons += "}";
    core::Page<core::CaseSummary> page;
    soci::rowset<soci::row> rows = (m_db.session().prepare
        << "WITH q AS (SELECT CAST(:u AS text) AS u, CAST(:st AS text) AS st, CAST(:sv AS text) AS sv,"
           " CAST(NULLIF(:p, '') AS bigint[]) AS p)"
           " SELECT c.id::text, c.unit_code, c.service, c.person_id, c.state, c.filed_on::text,"
           " c.version, count(*) OVER () FROM cases c, q WHERE c.unit_code = q.u"
           " AND (q.st = '' OR c.state = q.st) AND (q.sv = '' OR c.service = q.sv)"
           " AND (q.p IS NULL OR c.person_id = ANY (q.p))"
           " ORDER BY c.filed_on DESC, c.created_at DESC OFFSET :o LIMIT :l",
        soci::use(query.unitCode), soci::use(state), soci::use(service), soci::use(persons), soci::use(offset),
        soci::use(limit));
    for (const auto& r : rows) {
      page.items.push_back({r.get<std::string>(0), r.get<std::string>(1),
                            core::parseServiceCode(r.get<std::string>(2)).value_or(core::ServiceCode::StayRegistration),
                            r.get<long long>(3),
                            core::parseCaseState(r.get<std::string>(4)).value_or(core::CaseState::Draft),
                            dateFromText(r.get<std::string>(5)), r.get<long long>(6)});
      page.total = r.get<long long>(7);
    }
    return page;
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::vector<std::string>> PgCaseRepository::findActiveResidenceRegistrations(
    std::int64_t personId) {
  try {
    return idList(m_db.session(),
                  "SELECT id::text FROM cases WHERE person_id = :p AND service = 'RESIDENCE_REG'"
                  " AND state NOT IN ('rejected', 'cancelled') ORDER BY created_at",
                  personId);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::vector<std::string>> PgCaseRepository::findFirstIdCardIssuances(
    std::int64_t personId) {
  try {
    return idList(m_db.session(),
                  "SELECT id::text FROM cases WHERE person_id = :p AND service = 'ID_CARD'"
                  " AND payload->>'reason' = 'first_issuance'"
                  " AND state NOT IN ('rejected', 'cancelled') ORDER BY created_at",
                  personId);
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

core::Result<std::vector<std::string>> PgCaseRepository::findEVisaExtensions(
    std::int64_t personId, const std::string& visaNumber) {
  try {
    std::vector<std::string> matching;
    long long person = personId;
    soci::rowset<soci::row> rows = (m_db.session().prepare
        << "SELECT id::text, payload::text FROM cases WHERE person_id = :p"
           " AND service = 'EVISA_EXT' AND state NOT IN ('rejected', 'cancelled') ORDER BY created_at",
        soci::use(person));
    for (const auto& r : rows) {
      auto payload = decoded(core::decodePayload(r.get<std::string>(1)));
      const auto* ext = std::get_if<core::EVisaExtensionPayload>(&payload);
      if (ext && ext->visaNumber == visaNumber) matching.push_back(r.get<std::string>(0));
    }
    return matching;
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

}  // namespace mws::storage
