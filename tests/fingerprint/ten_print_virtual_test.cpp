// The ten-print session and officer sign-in on the real libfprint stack (virtual_image).
#include <boost/test/unit_test.hpp>
#include <mutex>
#include <thread>

#include "fingerprint_fixture.hpp"
#include "mws/fingerprint/officer_sign_in.hpp"
#include "mws/fingerprint/ten_print_session.hpp"

using mws::fingerprint::FingerStatus;
using mws::fingerprint::TenPrintConfig;
using mws::fingerprint::TenPrintEvent;
using mws::fingerprint::TenPrintSession;
using mws::peripherals::FingerPosition;
using mws::peripherals::ScanPrompt;
using mws::test::syntheticFinger;
using mws::test::VirtualScanner;

BOOST_AUTO_TEST_SUITE(ten_print_libfprint)

BOOST_AUTO_TEST_CASE(captures_two_fingers_retrying_a_poor_one_and_the_prints_verify) {
  VirtualScanner v("ten_print_session");
  v.finger->queue(syntheticFinger(611).impression(std::uint64_t(1)));
  v.finger->queue(syntheticFinger(612).poorImpression(1));
  v.finger->queue(syntheticFinger(612).impression(std::uint64_t(2)));

  TenPrintConfig config;
  config.fingers = {FingerPosition::RightIndex, FingerPosition::LeftIndex};
  config.timeoutPerFinger = std::chrono::seconds(20);
  TenPrintSession session(v.scanner, config);
  std::mutex mutex;
  int retryPrompts = 0;
  // The board passes the scanner's prompts on to the person at the scanner.
  session.setListener([&, person = v.finger->listener()](const TenPrintEvent& e) {
    if (e.kind != TenPrintEvent::Kind::Prompt) return;
    person(e.prompt);
    std::lock_guard lock(mutex);
    retryPrompts += e.prompt.prompt == ScanPrompt::Retry ? 1 : 0;
  });
  auto ran = session.run();
  BOOST_REQUIRE_MESSAGE(ran.ok(), (ran.ok() ? "" : ran.error().code));
  BOOST_TEST(session.complete());
  BOOST_TEST(session.record(FingerPosition::RightIndex)->retries == 0);
  BOOST_TEST(session.record(FingerPosition::LeftIndex)->retries == 1);
  BOOST_TEST(retryPrompts == 1);

  auto result = session.result();
  BOOST_REQUIRE(result.ok());
  BOOST_REQUIRE(result->fingers.size() == 2u);
  for (const auto& entry : result->fingers) {
    BOOST_TEST(entry.print.driver == "virtual_image");
    BOOST_TEST(!entry.print.data.empty());
    BOOST_TEST(entry.image.width == mws::fingerprint::SyntheticFinger::kWidth);
    BOOST_TEST(entry.quality.minutiae > 0);
  }

  v.finger->queue(syntheticFinger(611).impression(std::uint64_t(7)));
  auto verdict = v.scanner.verify(result->fingers[0].print, v.options());
  BOOST_REQUIRE(verdict.ok());
  BOOST_TEST(verdict->match);
}

BOOST_AUTO_TEST_CASE(cancel_ends_a_waiting_session_and_the_finger_stays_pending) {
  VirtualScanner v("ten_print_cancel");
  TenPrintConfig config;
  config.fingers = {FingerPosition::LeftThumb};
  TenPrintSession session(v.scanner, config);
  std::thread officer([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    session.cancel();
  });
  auto ran = session.run();  // nobody puts a finger on the scanner
  officer.join();
  BOOST_REQUIRE(!ran.ok());
  BOOST_TEST(ran.error().code == "fingerprint.cancelled");
  BOOST_TEST((session.record(FingerPosition::LeftThumb)->status == FingerStatus::Pending));
  BOOST_TEST(session.record(FingerPosition::LeftThumb)->error == "fingerprint.cancelled");
}

BOOST_AUTO_TEST_CASE(identifies_the_officer_among_three_and_refuses_a_stranger) {
  VirtualScanner v("officer_sign_in");
  std::vector<mws::fingerprint::OfficerTemplate> gallery;
  for (std::uint64_t seed : {711, 712, 713}) {
    auto enrolment = v.enrol(seed, FingerPosition::RightIndex);
    BOOST_REQUIRE(enrolment.ok());
    gallery.push_back({"officer-" + std::to_string(seed), enrolment->print});
  }
  v.finger->queue(syntheticFinger(712).impression(std::uint64_t(40)));
  auto found = mws::fingerprint::identifyOfficer(v.scanner, gallery, v.options());
  BOOST_REQUIRE_MESSAGE(found.ok(), (found.ok() ? "" : found.error().code));
  BOOST_TEST(found->officerId.value_or("nobody") == "officer-712");

  v.finger->queue(syntheticFinger(799).impression(std::uint64_t(40)));
  auto stranger = mws::fingerprint::identifyOfficer(v.scanner, gallery, v.options());
  BOOST_REQUIRE(stranger.ok());
  BOOST_TEST(!stranger->officerId.has_value());
}

BOOST_AUTO_TEST_SUITE_END()
