// The supervisor's dashboard: the last 14 days as charts (cases per service per day, queue
// waiting times, decisions, sync backlog) and a Refresh button.
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "case_words.hpp"
#include "chart.hpp"
#include "mws/presenter/dashboard_presenter.hpp"
#include "mws/ui/language.hpp"
#include "mws/ui/panels.hpp"

namespace mws::ui {
namespace {

std::vector<wxString> dayLabels(const presenter::DashboardView& view) {
  std::vector<wxString> labels;
  for (const auto& day : view.days) labels.push_back(wxString::Format("%02u.%02u", day.day(), day.month()));
  return labels;
}

ChartData filedChart(const presenter::DashboardView& view) {
  ChartData chart;
  chart.kind = ChartData::Kind::StackedBars;
  chart.title = _("Cases filed per day, by service");
  chart.xLabel = _("Day (day.month)");
  chart.yLabel = _("Cases");
  chart.categories = dayLabels(view);
  chart.emptyText = _("No case was filed in these days.");
  constexpr std::size_t kShown = 5;  // the busiest services; the rest together
  ChartSeries others{_("Other services"), std::vector<double>(view.days.size(), 0)};
  for (std::size_t i = 0; i < view.filed.size(); ++i) {
    const auto& series = view.filed[i];
    std::vector<double> values(series.perDay.begin(), series.perDay.end());
    if (i < kShown) {
      chart.series.push_back({words::service(series.service), values});
    } else {
      for (std::size_t d = 0; d < values.size(); ++d) others.values[d] += values[d];
    }
  }
  if (view.filed.size() > kShown) chart.series.push_back(others);
  return chart;
}

ChartData waitChart(const presenter::DashboardView& view) {
  ChartData chart;
  chart.kind = ChartData::Kind::Lines;
  chart.title = _("Queue waiting time");
  chart.xLabel = _("Day (day.month)");
  chart.yLabel = _("Minutes");
  chart.categories = dayLabels(view);
  chart.emptyText = _("No ticket was called in these days.");
  chart.series.push_back({_("Average"), view.meanWaitMinutes});
  chart.series.push_back({_("9 in 10 waited less than"), view.p90WaitMinutes});
  return chart;
}

ChartData decisionChart(const presenter::DashboardView& view) {
  ChartData chart;
  chart.kind = ChartData::Kind::HorizontalBars;
  chart.title = _("Decisions in these 14 days");
  chart.categories = {_("Approved"), _("Returned"), _("Rejected"), _("Waiting")};
  chart.series.push_back({_("Cases"),
                          {static_cast<double>(view.approved), static_cast<double>(view.returned),
                           static_cast<double>(view.rejected), static_cast<double>(view.awaitingDecision)}});
  chart.emptyText = _("No decision was taken in these days.");
  return chart;
}

ChartData backlogChart(const presenter::DashboardView& view) {
  ChartData chart;
  chart.kind = ChartData::Kind::Gauge;
  chart.title = _("Sync backlog");
  chart.gaugeValue = static_cast<double>(view.syncBacklog);
  // Full scale: a busy unit's day of changes, or the backlog when it is larger.
  chart.gaugeMax = std::max<double>(1000, static_cast<double>(view.syncBacklog));
  chart.gaugeText = view.syncBacklog == 0 ? _("everything has reached the centre")
                                          : wxString(wxPLURAL("change waits to be sent to the centre",
                                                              "changes wait to be sent to the centre",
                                                              static_cast<int>(view.syncBacklog)));
  return chart;
}

class DashboardPanel : public wxPanel {
public:
  DashboardPanel(wxWindow* parent, presenter::Services& services, const core::User& user)
      : wxPanel(parent, wxID_ANY), m_presenter(services, user) {
    SetName("dashboardPanel");
    m_summary = new wxStaticText(this, wxID_ANY, "");
    m_summary->SetName("dashboardSummary");
    auto* refreshButton = new wxButton(this, wxID_REFRESH, _("&Refresh"));
    refreshButton->SetName("dashboardRefresh");
    m_filed = new ChartWindow(this, "chartFiled");
    m_waits = new ChartWindow(this, "chartWaits");
    m_decisions = new ChartWindow(this, "chartDecisions");
    m_backlog = new ChartWindow(this, "chartBacklog");
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(m_summary, 1, wxALIGN_CENTRE_VERTICAL);
    top->Add(refreshButton);
    auto* grid = new wxGridSizer(2, 2, 12, 12);
    for (wxWindow* chart : {static_cast<wxWindow*>(m_filed), static_cast<wxWindow*>(m_waits),
                            static_cast<wxWindow*>(m_decisions), static_cast<wxWindow*>(m_backlog)}) {
      grid->Add(chart, 1, wxEXPAND);
    }
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(top, 0, wxEXPAND | wxALL, 12);
    column->Add(grid, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
    SetSizer(column);
    refreshButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { refresh(); });
    Bind(wxEVT_SHOW, [this](wxShowEvent& e) {
      if (e.IsShown()) refresh();  // fresh figures each time the supervisor looks
      e.Skip();
    });
    refresh();
  }

private:
  void refresh() {
    auto status = m_presenter.refresh();
    if (!status) {
      m_summary->SetLabel(words::error(status.error()));
      return;
    }
    const auto& view = m_presenter.view();
    m_filed->setData(filedChart(view));
    m_waits->setData(waitChart(view));
    m_decisions->setData(decisionChart(view));
    m_backlog->setData(backlogChart(view));
    int filed = 0;
    for (int count : view.filedPerDay) filed += count;
    const wxString filedText = wxString::Format(wxPLURAL("%s case filed", "%s cases filed", filed), formatNumber(filed));
    const wxString waitingText =
        wxString::Format(wxPLURAL("%s waits for a decision", "%s wait for a decision", view.awaitingDecision),
                         formatNumber(view.awaitingDecision));
    m_summary->SetLabel(wxString::Format(_("From %s to %s: %s; %s."), formatDate(view.days.front()),
                                         formatDate(view.days.back()), filedText, waitingText));
  }

  presenter::DashboardPresenter m_presenter;
  wxStaticText* m_summary = nullptr;
  ChartWindow* m_filed = nullptr;
  ChartWindow* m_waits = nullptr;
  ChartWindow* m_decisions = nullptr;
  ChartWindow* m_backlog = nullptr;
};

}  // namespace

wxWindow* makeDashboardPanel(wxWindow* parent, presenter::Services& services, const core::User& user,
                             const ShellActions&) {
  return new DashboardPanel(parent, services, user);
}

}  // namespace mws::ui
