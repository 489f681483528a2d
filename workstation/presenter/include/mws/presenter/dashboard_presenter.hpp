#pragma once
// The logic of the supervisor's dashboard: the DashboardSource figures of the last days,
// shaped into the series the charts draw (one value per day, days with nothing included).

#include <cstdint>
#include <vector>

#include "mws/core/auth/user.hpp"
#include "mws/core/domain/civil_date.hpp"
#include "mws/core/domain/ports/dashboard_source.hpp"
#include "mws/core/result.hpp"
#include "mws/presenter/services.hpp"

namespace mws::presenter {

struct ServiceSeries {
  core::ServiceCode service = core::ServiceCode::StayRegistration;
  std::vector<int> perDay;  // one count per day of DashboardView::days
  int total = 0;
};

struct DashboardView {
  std::vector<core::CivilDate> days;     // oldest first
  std::vector<ServiceSeries> filed;      // services with at least one case, busiest first
  std::vector<int> filedPerDay;          // all services together
  std::vector<double> meanWaitMinutes;   // per day; 0 where no ticket was called
  std::vector<double> p90WaitMinutes;
  std::vector<int> ticketsPerDay;
  int approved = 0;
  int rejected = 0;
  int returned = 0;
  std::int64_t syncBacklog = 0;
  int awaitingDecision = 0;
};

class DashboardPresenter {
public:
  static constexpr int kDays = 14;

  DashboardPresenter(Services& services, const core::User& supervisor);

  // Loads the figures of the last kDays days up to today.
  core::Status refresh();
  const DashboardView& view() const { return m_view; }

private:
  Services& m_services;
  core::User m_user;
  DashboardView m_view;
};

// The shaping on its own, for tests: figures of [from, from + days).
DashboardView shapeFigures(const core::DashboardFigures& figures, const core::CivilDate& from, int days);

}  // namespace mws::presenter
