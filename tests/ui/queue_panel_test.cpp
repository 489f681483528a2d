// The queue page in a real window: lines per service, Enter calls the next ticket, served,
// start case, and the lines follow the database while the page is open.
#include <boost/test/unit_test.hpp>
#include <wx/choice.h>
#include <wx/uiaction.h>

#include "case_pages_ui.hpp"

using namespace mws;
using core::ServiceCode;

namespace {

struct QueuePageFixture : test::PageFixture {
  wxWindow* page = nullptr;
  core::QueueTicket issue(ServiceCode code) {
    auto ticket = queue.issue("TSH-01", code, today());
    if (!ticket) BOOST_FAIL("cannot issue a ticket: " + ticket.error().code);
    return *ticket;
  }
  void open() {
    page = host([&](wxWindow* parent) { return ui::makeQueuePanel(parent, services, officer, shell.actions()); });
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(queue_panel, QueuePageFixture)

BOOST_AUTO_TEST_CASE(enter_calls_the_next_ticket_and_shows_it_big) {
  auto first = issue(ServiceCode::StayRegistration);
  issue(ServiceCode::StayRegistration);
  issue(ServiceCode::IdCard);
  open();
  auto* lines = test::findNamed<wxListCtrl>(page, "queueLines");
  BOOST_TEST(lines->GetItemCount() == 2);
  BOOST_TEST(test::textOf(page, "queueSummary").rfind("3 persons waiting, the longest for", 0) == 0);
  test::saveScreenshot(frame, "queue-waiting");

  lines->SetFocus();
  pump(100);
  wxUIActionSimulator keyboard;
  keyboard.Char(WXK_RETURN);
  BOOST_TEST(pumpUntil([&] { return test::textOf(page, "ticketLabel") == first.label; }));
  BOOST_TEST(test::textOf(page, "ticketService") == "Registration at place of stay");
  BOOST_TEST(!test::findNamed<wxButton>(page, "callNext")->IsEnabled());
  BOOST_TEST(test::textOf(page, "queueSummary").rfind("2 persons waiting", 0) == 0);
  test::saveScreenshot(frame, "queue-called");

  test::click(test::findNamed<wxButton>(page, "startCase"));
  BOOST_REQUIRE(shell.started.size() == 1u);
  BOOST_TEST((shell.started[0].first == ServiceCode::StayRegistration));
  BOOST_TEST(shell.started[0].second == first.id);

  test::click(test::findNamed<wxButton>(page, "served"));
  BOOST_TEST(test::textOf(page, "ticketLabel") == "—");
  BOOST_TEST((queue.find(first.id)->value().state == core::TicketState::Served));
  BOOST_TEST(test::findNamed<wxButton>(page, "callNext")->IsEnabled());
}

BOOST_AUTO_TEST_CASE(a_chosen_service_is_called_and_a_no_show_recorded) {
  issue(ServiceCode::StayRegistration);
  auto card = issue(ServiceCode::IdCard);
  open();
  auto* choice = test::findNamed<wxChoice>(page, "queueService");
  choice->SetSelection(1 + 7);  // kAllServices[7] is ID_CARD
  test::click(test::findNamed<wxButton>(page, "callNext"));
  BOOST_TEST(test::textOf(page, "ticketLabel") == card.label);
  test::click(test::findNamed<wxButton>(page, "noShow"));
  BOOST_TEST((queue.find(card.id)->value().state == core::TicketState::NoShow));
}

BOOST_AUTO_TEST_CASE(an_empty_queue_says_nobody_waits) {
  open();
  BOOST_TEST(test::textOf(page, "queueSummary") == "Nobody is waiting.");
  test::click(test::findNamed<wxButton>(page, "callNext"));
  BOOST_TEST(test::textOf(page, "queueMessage") == "Nobody is waiting.");
  BOOST_TEST(test::textOf(page, "ticketLabel") == "—");
}

BOOST_AUTO_TEST_CASE(the_lines_follow_the_database_while_the_page_is_open) {
  open();
  BOOST_TEST(test::findNamed<wxListCtrl>(page, "queueLines")->GetItemCount() == 0);
  issue(ServiceCode::WorkConfirmation);  // a kiosk elsewhere issues a ticket
  BOOST_TEST(pumpUntil([&] { return test::findNamed<wxListCtrl>(page, "queueLines")->GetItemCount() == 1; }, 6000));
  BOOST_TEST(test::textOf(page, "queueSummary").rfind("1 person waiting", 0) == 0);
}

BOOST_AUTO_TEST_SUITE_END()
