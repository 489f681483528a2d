#include "mws/storage/pg_dashboard_source.hpp"

#include <soci/soci.h>

#include "soci_dates.hpp"

namespace mws::storage {

namespace {

struct Range {
  std::string unit;
  std::string from;
  std::string to;
};

// Cases submitted at least once (drafts never submitted are not filed), by filing day.
std::vector<core::DailyCount> casesFiled(soci::session& sql, const Range& r) {
  soci::rowset<soci::row> rows = (sql.prepare
      << "SELECT c.filed_on::text, c.service, count(*)::int FROM cases c"
         " WHERE c.unit_code = :u AND c.filed_on BETWEEN CAST(:f AS date) AND CAST(:t AS date)"
         " AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.action = 'submit')"
         " GROUP BY c.filed_on, c.service ORDER BY c.filed_on, c.service",
      soci::use(r.unit), soci::use(r.from), soci::use(r.to));
  std::vector<core::DailyCount> counts;
  for (const auto& row : rows) {
    auto service = core::parseServiceCode(row.get<std::string>(1));
    if (!service) continue;
    counts.push_back({dateFromText(row.get<std::string>(0)), *service, row.get<int>(2)});
  }
  return counts;
}

// Issue -> call of the tickets called, per ticket day.
std::vector<core::DailyWait> waits(soci::session& sql, const Range& r) {
  soci::rowset<soci::row> rows = (sql.prepare
      << "SELECT day::text, count(*)::int, avg(w)::float8,"
         " percentile_cont(0.9) WITHIN GROUP (ORDER BY w)::float8 FROM ("
         "  SELECT day, extract(epoch FROM called_at - issued_at) / 60.0 AS w FROM queue_tickets"
         "  WHERE unit_code = :u AND day BETWEEN CAST(:f AS date) AND CAST(:t AS date)"
         "  AND called_at IS NOT NULL) t GROUP BY day ORDER BY day",
      soci::use(r.unit), soci::use(r.from), soci::use(r.to));
  std::vector<core::DailyWait> out;
  for (const auto& row : rows) {
    out.push_back({dateFromText(row.get<std::string>(0)), row.get<int>(1), row.get<double>(2),
                   row.get<double>(3)});
  }
  return out;
}

// Decisions taken on the unit's cases within the range (by the day of the decision).
std::vector<core::DecisionCount> decisions(soci::session& sql, const Range& r) {
  std::vector<core::DecisionCount> out{{core::CaseAction::Approve, 0},
                                       {core::CaseAction::Reject, 0},
                                       {core::CaseAction::Return, 0}};
  soci::rowset<soci::row> rows = (sql.prepare
      << "SELECT e.action, count(*)::int FROM case_events e JOIN cases c ON c.id = e.case_id"
         " WHERE c.unit_code = :u AND e.action IN ('approve', 'reject', 'return')"
         " AND e.at::date BETWEEN CAST(:f AS date) AND CAST(:t AS date) GROUP BY e.action",
      soci::use(r.unit), soci::use(r.from), soci::use(r.to));
  for (const auto& row : rows) {
    auto action = core::parseCaseAction(row.get<std::string>(0));
    for (auto& d : out) {
      if (action && d.action == *action) d.count = row.get<int>(1);
    }
  }
  return out;
}

}  // namespace

core::Result<core::DashboardFigures> PgDashboardSource::figures(const std::string& unitCode,
                                                                const core::CivilDate& from,
                                                                const core::CivilDate& to) {
  if (to < from) {
    return core::makeError("dashboard.bad_range", "the range ends before it starts")
        .with("from", from.toString())
        .with("to", to.toString());
  }
  try {
    soci::session& sql = m_db.session();
    // One snapshot for all the figures, so they agree with each other.
    soci::transaction tx(sql);
    sql << "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY";
    const Range range{unitCode, from.toString(), to.toString()};
    core::DashboardFigures f;
    f.casesFiled = casesFiled(sql, range);
    f.waits = waits(sql, range);
    f.decisions = decisions(sql, range);
    long long backlog = 0;
    sql << "SELECT count(*) FROM outbox WHERE sent_at IS NULL", soci::into(backlog);
    f.syncBacklog = backlog;
    sql << "SELECT count(*)::int FROM cases WHERE unit_code = :u AND state IN ('submitted', 'in_review')",
        soci::use(unitCode), soci::into(f.awaitingDecision);
    tx.commit();
    return f;
  } catch (const std::exception& e) {
    return databaseError("db.query_failed", e);
  }
}

}  // namespace mws::storage
