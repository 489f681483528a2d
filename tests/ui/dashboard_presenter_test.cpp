// The dashboard's shaping of the figures into one value per day, without wx.
#include <boost/test/unit_test.hpp>

#include "mws/presenter/dashboard_presenter.hpp"

using namespace mws;
using core::ServiceCode;

namespace {

core::CivilDate day(const char* text) { return *core::CivilDate::parse(text); }

}  // namespace

BOOST_AUTO_TEST_SUITE(dashboard_presenter)

BOOST_AUTO_TEST_CASE(figures_become_one_value_per_day_busiest_service_first) {
  core::DashboardFigures figures;
  figures.casesFiled = {{day("2026-11-08"), ServiceCode::IdCard, 2},
                        {day("2026-11-21"), ServiceCode::StayRegistration, 5},
                        {day("2026-11-20"), ServiceCode::StayRegistration, 1},
                        {day("2026-11-01"), ServiceCode::IdCard, 9}};  // before the range
  figures.waits = {{day("2026-11-21"), 12, 7.5, 15.0}};
  figures.decisions = {{core::CaseAction::Approve, 4}, {core::CaseAction::Reject, 1}, {core::CaseAction::Return, 2}};
  figures.syncBacklog = 17;
  figures.awaitingDecision = 3;
  auto view = presenter::shapeFigures(figures, day("2026-11-08"), 14);
  BOOST_REQUIRE(view.days.size() == 14u);
  BOOST_TEST(view.days.front() == day("2026-11-08"));
  BOOST_TEST(view.days.back() == day("2026-11-21"));
  BOOST_REQUIRE(view.filed.size() == 2u);
  BOOST_TEST((view.filed[0].service == ServiceCode::StayRegistration));
  BOOST_TEST(view.filed[0].total == 6);
  BOOST_TEST(view.filed[0].perDay[13] == 5);
  BOOST_TEST(view.filed[0].perDay[12] == 1);
  BOOST_TEST(view.filed[1].total == 2);
  BOOST_TEST(view.filedPerDay[0] == 2);
  BOOST_TEST(view.meanWaitMinutes[13] == 7.5);
  BOOST_TEST(view.p90WaitMinutes[13] == 15.0);
  BOOST_TEST(view.ticketsPerDay[12] == 0);
  BOOST_TEST(view.approved == 4);
  BOOST_TEST(view.rejected == 1);
  BOOST_TEST(view.returned == 2);
  BOOST_TEST(view.syncBacklog == 17);
  BOOST_TEST(view.awaitingDecision == 3);
}

BOOST_AUTO_TEST_CASE(no_figures_give_empty_days) {
  auto view = presenter::shapeFigures({}, day("2026-11-08"), 14);
  BOOST_TEST(view.filed.empty());
  BOOST_TEST(view.filedPerDay.size() == 14u);
  BOOST_TEST(view.approved == 0);
}

BOOST_AUTO_TEST_SUITE_END()

#include "dashboard_fixture.hpp"

BOOST_FIXTURE_TEST_SUITE(dashboard_presenter_on_the_database, test::DashboardFixture)

BOOST_AUTO_TEST_CASE(two_weeks_of_work_are_counted_per_day_and_service) {
  fileTwoWeeks();
  decideAll();
  serveTickets();
  presenter::DashboardPresenter page(services, supervisor);
  BOOST_REQUIRE(page.refresh().ok());
  const auto& view = page.view();
  BOOST_REQUIRE(view.days.size() == 14u);
  BOOST_TEST(view.days.back() == today());
  int total = 0;
  for (int count : view.filedPerDay) total += count;
  BOOST_TEST(total == filed);
  BOOST_REQUIRE(view.filed.size() == 2u);
  BOOST_TEST((view.filed[0].service == ServiceCode::StayRegistration));
  BOOST_TEST(view.filed[0].perDay[0] == 13 % 3 + 1);  // 13 days back
  BOOST_TEST(view.returned == 1);
  BOOST_TEST(view.rejected == 1);
  BOOST_TEST(view.approved > 10);
  BOOST_TEST(view.awaitingDecision > 0);
  for (std::size_t d = 0; d < 14; ++d) {
    BOOST_TEST(view.ticketsPerDay[d] == 12);
    BOOST_TEST(view.meanWaitMinutes[d] >= 3.0);
    BOOST_TEST(view.p90WaitMinutes[d] >= view.meanWaitMinutes[d]);
  }
  BOOST_TEST(view.syncBacklog > 0);
}

BOOST_AUTO_TEST_SUITE_END()
