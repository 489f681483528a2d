// The dashboard in a real window: two weeks of a unit's work drawn as charts.
#include <boost/test/unit_test.hpp>
#include <wx/image.h>

#include <set>

#include "case_pages_ui.hpp"
#include "dashboard_fixture.hpp"
#include "../../workstation/ui/src/chart.hpp"

using namespace mws;

namespace {

struct DashboardPageFixture : test::DashboardFixture, test::WxFixture {
  wxFrame* frame = nullptr;
  ~DashboardPageFixture() {
    if (frame != nullptr) frame->Destroy();
    pump(50);
  }
  wxWindow* open() {
    frame = new wxFrame(nullptr, wxID_ANY, "dashboard", wxDefaultPosition, wxSize(1100, 720));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    wxWindow* page = ui::makeDashboardPanel(frame, services, supervisor, {});
    sizer->Add(page, 1, wxEXPAND);
    frame->SetSizer(sizer);
    frame->Show();
    pumpUntil([&] { return frame->IsShownOnScreen(); });
    frame->Layout();
    pump(200);
    return page;
  }
};

// How many pixels of a chart carry the palette's i-th colour.
int pixelsOf(const std::filesystem::path& png, const wxColour& colour) {
  wxImage image(png.string(), wxBITMAP_TYPE_PNG);
  int count = 0;
  for (int y = 0; y < image.GetHeight(); ++y) {
    for (int x = 0; x < image.GetWidth(); ++x) {
      if (std::abs(image.GetRed(x, y) - colour.Red()) < 6 && std::abs(image.GetGreen(x, y) - colour.Green()) < 6 &&
          std::abs(image.GetBlue(x, y) - colour.Blue()) < 6) {
        ++count;
      }
    }
  }
  return count;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(dashboard_panel, DashboardPageFixture)

BOOST_AUTO_TEST_CASE(two_weeks_of_work_are_drawn) {
  fileTwoWeeks();
  decideAll();
  serveTickets();
  wxWindow* page = open();
  const std::string summary = test::textOf(page, "dashboardSummary");
  BOOST_TEST(summary.find(std::to_string(filed) + " cases filed") != std::string::npos);
  auto* filedChart = test::findNamed<ui::ChartWindow>(page, "chartFiled");
  BOOST_REQUIRE(filedChart->data().series.size() == 2u);
  BOOST_TEST(filedChart->data().series[0].name == "Registration at place of stay");
  BOOST_TEST(filedChart->data().categories.size() == 14u);
  auto* decisions = test::findNamed<ui::ChartWindow>(page, "chartDecisions");
  BOOST_TEST(decisions->data().series.at(0).values.at(1) == 1.0);  // returned
  BOOST_TEST(decisions->data().series.at(0).values.at(2) == 1.0);  // rejected
  auto shot = test::saveScreenshot(frame, "dashboard");
  // Both services' bars and both wait lines are on screen in their colours.
  BOOST_TEST(pixelsOf(shot, ui::chartColour(0)) > 500);
  BOOST_TEST(pixelsOf(shot, ui::chartColour(1)) > 200);
}

BOOST_AUTO_TEST_CASE(refresh_brings_new_cases_in) {
  wxWindow* page = open();
  BOOST_TEST(test::findNamed<ui::ChartWindow>(page, "chartFiled")->data().series.empty());
  test::saveScreenshot(frame, "dashboard-empty");
  stayCase(officer);
  test::click(test::findNamed<wxButton>(page, "dashboardRefresh"));
  BOOST_TEST(test::findNamed<ui::ChartWindow>(page, "chartFiled")->data().series.size() == 1u);
  BOOST_TEST(test::textOf(page, "dashboardSummary").find("1 case filed; 1 waits for a decision") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
