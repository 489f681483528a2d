// The queue page's logic on the real queue repository, without wx.
#include <boost/test/unit_test.hpp>

#include "case_pages_fixture.hpp"
#include "mws/presenter/queue_presenter.hpp"

using namespace mws;
using core::ServiceCode;

namespace {

struct QueueFixture : test::CasePagesFixture {
  core::QueueTicket issue(ServiceCode code) {
    auto ticket = queue.issue("TSH-01", code, today());
    if (!ticket) BOOST_FAIL("cannot issue a ticket: " + ticket.error().code);
    return *ticket;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(queue_presenter, QueueFixture)

BOOST_AUTO_TEST_CASE(the_lines_count_who_waits_per_service) {
  issue(ServiceCode::StayRegistration);
  issue(ServiceCode::StayRegistration);
  issue(ServiceCode::IdCard);
  presenter::QueuePresenter page(services, officer);
  BOOST_REQUIRE(page.refresh().ok());
  BOOST_TEST(page.totalWaiting() == 3);
  BOOST_REQUIRE(page.lines().size() == 2u);
  int stay = 0;
  for (const auto& line : page.lines()) {
    if (line.service == ServiceCode::StayRegistration) stay = line.waiting;
  }
  BOOST_TEST(stay == 2);
  BOOST_TEST(!page.current().has_value());
}

BOOST_AUTO_TEST_CASE(call_next_hands_the_oldest_ticket_to_this_counter) {
  auto first = issue(ServiceCode::StayRegistration);
  issue(ServiceCode::StayRegistration);
  presenter::QueuePresenter page(services, officer);
  auto called = page.callNext();
  BOOST_REQUIRE(called.ok());
  BOOST_TEST(*called);
  BOOST_REQUIRE(page.current().has_value());
  BOOST_TEST(page.current()->label == first.label);
  BOOST_TEST(page.current()->counter == "Counter 3");
  BOOST_TEST(page.totalWaiting() == 1);

  // A called ticket is finished before the next one is called.
  auto again = page.callNext();
  BOOST_REQUIRE(!again.ok());
  BOOST_TEST(again.error().code == "queue.ticket_open");
  BOOST_TEST(again.error().params.at("label") == first.label);

  BOOST_REQUIRE(page.markServed().ok());
  BOOST_TEST(!page.current().has_value());
  auto closed = queue.find(first.id);
  BOOST_REQUIRE(closed.ok());
  BOOST_TEST((closed->value().state == core::TicketState::Served));
}

BOOST_AUTO_TEST_CASE(a_no_show_is_recorded_and_an_empty_queue_says_so) {
  auto ticket = issue(ServiceCode::IdCard);
  presenter::QueuePresenter page(services, officer);
  BOOST_REQUIRE(page.callNext(ServiceCode::IdCard).ok());
  BOOST_REQUIRE(page.markNoShow().ok());
  BOOST_TEST((queue.find(ticket.id)->value().state == core::TicketState::NoShow));
  auto none = page.callNext();
  BOOST_REQUIRE(none.ok());
  BOOST_TEST(!*none);
  BOOST_TEST(page.markServed().error().code == "queue.no_ticket");
}

BOOST_AUTO_TEST_CASE(a_service_filter_calls_only_that_service) {
  issue(ServiceCode::StayRegistration);
  auto card = issue(ServiceCode::IdCard);
  presenter::QueuePresenter page(services, officer);
  BOOST_REQUIRE(page.callNext(ServiceCode::IdCard).ok());
  BOOST_TEST(page.current()->label == card.label);
}

BOOST_AUTO_TEST_CASE(the_called_ticket_survives_reopening_the_page) {
  auto ticket = issue(ServiceCode::StayRegistration);
  {
    presenter::QueuePresenter page(services, officer);
    BOOST_REQUIRE(page.callNext().ok());
  }
  presenter::QueuePresenter reopened(services, officer);
  BOOST_REQUIRE(reopened.refresh().ok());
  BOOST_REQUIRE(reopened.current().has_value());
  BOOST_TEST(reopened.current()->id == ticket.id);
}

BOOST_AUTO_TEST_CASE(two_counters_get_different_tickets) {
  issue(ServiceCode::StayRegistration);
  issue(ServiceCode::StayRegistration);
  presenter::QueuePresenter counter3(services, officer);
  presenter::Services other = services;
  other.workplace.counterName = "Counter 4";
  presenter::QueuePresenter counter4(other, officer2);
  BOOST_REQUIRE(counter3.callNext().ok());
  BOOST_REQUIRE(counter4.callNext().ok());
  BOOST_TEST(counter3.current()->id != counter4.current()->id);
}

BOOST_AUTO_TEST_CASE(waits_split_into_hours_and_minutes) {
  auto parts = presenter::splitWait(std::chrono::seconds(3 * 3600 + 7 * 60 + 59));
  BOOST_TEST(parts.hours == 3);
  BOOST_TEST(parts.minutes == 7);
}

BOOST_AUTO_TEST_SUITE_END()
