#pragma once
// The supervisor's dashboard figures, computed in SQL over the unit database: cases filed
// (submitted at least once) per filing day and service, queue waits per day (mean and 90th
// percentile with percentile_cont), decisions by action, the outbox entries the centre has
// not acknowledged (the whole database: the outbox is per database, not per unit), and the
// cases waiting for a decision now.

#include "mws/core/domain/ports/dashboard_source.hpp"
#include "mws/storage/database.hpp"

namespace mws::storage {

class PgDashboardSource : public core::DashboardSource {
 public:
  explicit PgDashboardSource(Database& db) : m_db(db) {}

  // "dashboard.bad_range" when `to` is before `from`. Days without cases or called tickets
  // are left out; the decisions always list approve, reject and return (zeros included).
  core::Result<core::DashboardFigures> figures(const std::string& unitCode,
                                               const core::CivilDate& from,
                                               const core::CivilDate& to) override;

 private:
  Database& m_db;
};

}  // namespace mws::storage
