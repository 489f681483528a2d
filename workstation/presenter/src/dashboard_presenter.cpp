#include "mws/presenter/dashboard_presenter.hpp"

#include <algorithm>
#include <map>

#include "clock_today.hpp"

namespace mws::presenter {
namespace {

void addFiled(DashboardView& view, const core::DashboardFigures& figures, const core::CivilDate& from,
              int days) {
  std::map<core::ServiceCode, ServiceSeries> byService;
  for (const auto& count : figures.casesFiled) {
    int index = core::daysBetween(from, count.day);
    if (index < 0 || index >= days) continue;
    auto& series = byService[count.service];
    series.service = count.service;
    series.perDay.resize(static_cast<std::size_t>(days), 0);
    series.perDay[static_cast<std::size_t>(index)] += count.count;
    series.total += count.count;
    view.filedPerDay[static_cast<std::size_t>(index)] += count.count;
  }
  for (auto& [service, series] : byService) {
    if (series.total > 0) view.filed.push_back(std::move(series));
  }
  std::stable_sort(view.filed.begin(), view.filed.end(),
                   [](const ServiceSeries& a, const ServiceSeries& b) { return a.total > b.total; });
}

}  // namespace

DashboardView shapeFigures(const core::DashboardFigures& figures, const core::CivilDate& from, int days) {
  DashboardView view;
  const auto n = static_cast<std::size_t>(std::max(days, 0));
  for (int i = 0; i < days; ++i) view.days.push_back(from.addDays(i));
  view.filedPerDay.assign(n, 0);
  view.meanWaitMinutes.assign(n, 0.0);
  view.p90WaitMinutes.assign(n, 0.0);
  view.ticketsPerDay.assign(n, 0);
  addFiled(view, figures, from, days);
  for (const auto& wait : figures.waits) {
    int index = core::daysBetween(from, wait.day);
    if (index < 0 || index >= days) continue;
    view.meanWaitMinutes[static_cast<std::size_t>(index)] = wait.meanWaitMinutes;
    view.p90WaitMinutes[static_cast<std::size_t>(index)] = wait.p90WaitMinutes;
    view.ticketsPerDay[static_cast<std::size_t>(index)] = wait.tickets;
  }
  for (const auto& decision : figures.decisions) {
    if (decision.action == core::CaseAction::Approve) view.approved += decision.count;
    if (decision.action == core::CaseAction::Reject) view.rejected += decision.count;
    if (decision.action == core::CaseAction::Return) view.returned += decision.count;
  }
  view.syncBacklog = figures.syncBacklog;
  view.awaitingDecision = figures.awaitingDecision;
  return view;
}

DashboardPresenter::DashboardPresenter(Services& services, const core::User& supervisor)
    : m_services(services), m_user(supervisor) {}

core::Status DashboardPresenter::refresh() {
  if (m_services.dashboard == nullptr) {
    return core::makeError("dashboard.unavailable");
  }
  const core::CivilDate today = todayOf(m_services.clock);
  const core::CivilDate from = today.addDays(1 - kDays);
  auto figures = m_services.dashboard->figures(m_user.unitCode, from, today);
  if (!figures) return figures.error();
  m_view = shapeFigures(*figures, from, kDays);
  return core::success();
}

}  // namespace mws::presenter
