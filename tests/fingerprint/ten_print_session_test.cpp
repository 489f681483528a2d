// The ten-print session and officer sign-in over the simulated scanner.
#include "mws/fingerprint/ten_print_session.hpp"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <mutex>
#include <optional>

#include "mws/fingerprint/officer_sign_in.hpp"
#include "mws/fingerprint/simulated_fingerprint_scanner.hpp"

using mws::fingerprint::FingerException;
using mws::fingerprint::FingerStatus;
using mws::fingerprint::SimulatedFingerprintScanner;
using mws::fingerprint::TenPrintConfig;
using mws::fingerprint::TenPrintEvent;
using mws::fingerprint::TenPrintSession;
using mws::peripherals::FingerPosition;
using mws::peripherals::kAllFingers;
using mws::peripherals::ScanPrompt;

namespace {

// The status board a UI would keep: every event, in order.
struct Board {
  std::mutex mutex;
  std::vector<TenPrintEvent> events;

  mws::fingerprint::TenPrintListener listener() {
    return [this](const TenPrintEvent& e) {
      std::lock_guard lock(mutex);
      events.push_back(e);
    };
  }
  std::vector<FingerPosition> started() {
    std::vector<FingerPosition> fingers;
    for (const auto& e : events) {
      if (e.kind == TenPrintEvent::Kind::Started) fingers.push_back(e.finger);
    }
    return fingers;
  }
  int prompts(FingerPosition finger, ScanPrompt prompt) {
    return int(std::count_if(events.begin(), events.end(), [&](const TenPrintEvent& e) {
      return e.kind == TenPrintEvent::Kind::Prompt && e.finger == finger &&
             e.prompt.prompt == prompt;
    }));
  }
};

struct Simulated {
  SimulatedFingerprintScanner scanner;
  Board board;
  std::optional<TenPrintSession> current;
  Simulated() { BOOST_REQUIRE(scanner.open().ok()); }
  TenPrintSession& session(TenPrintConfig config = {}) {
    current.emplace(scanner, std::move(config));
    current->setListener(board.listener());
    return *current;
  }
};

// The right hand only: five fingers keep the slower cases short.
TenPrintConfig rightHand() {
  TenPrintConfig config;
  config.fingers.resize(5);
  return config;
}

FingerStatus statusOf(const TenPrintSession& s, FingerPosition finger) {
  const auto* record = s.record(finger);
  BOOST_REQUIRE(record != nullptr);
  return record->status;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ten_print_session)

BOOST_AUTO_TEST_CASE(captures_all_ten_fingers_in_iso_order) {
  Simulated sim;
  auto& session = sim.session();
  BOOST_TEST((session.next() == FingerPosition::RightThumb));
  BOOST_REQUIRE(session.run().ok());
  BOOST_TEST(session.complete());
  BOOST_TEST(!session.next().has_value());
  BOOST_TEST(
      (sim.board.started() == std::vector<FingerPosition>(kAllFingers.begin(), kAllFingers.end())));

  auto result = session.result();
  BOOST_REQUIRE(result.ok());
  BOOST_REQUIRE(result->fingers.size() == 10u);
  for (std::size_t i = 0; i < 10; ++i) {
    const auto& entry = result->fingers[i];
    BOOST_TEST((entry.finger == kAllFingers[i]));
    BOOST_TEST(!entry.exception.has_value());
    BOOST_TEST(!entry.image.empty());
    BOOST_TEST(!entry.print.data.empty());
    BOOST_TEST((entry.print.finger == kAllFingers[i]));
    BOOST_TEST(entry.quality.score >= session.config().minQuality);
    BOOST_TEST(entry.retries == 0);
  }
}

BOOST_AUTO_TEST_CASE(a_poor_impression_is_retried_and_the_next_accepted) {
  Simulated sim;
  auto& session = sim.session(rightHand());
  sim.scanner.presentPoorImpressions(1);  // the first scan: the right thumb
  BOOST_REQUIRE(session.run().ok());
  BOOST_TEST(session.complete());
  const auto* thumb = session.record(FingerPosition::RightThumb);
  BOOST_TEST((thumb->status == FingerStatus::Captured));
  BOOST_TEST(thumb->retries == 1);
  BOOST_TEST(thumb->capture->quality.score >= session.config().minQuality);
  BOOST_TEST(sim.board.prompts(FingerPosition::RightThumb, ScanPrompt::Retry) == 1);
  BOOST_TEST(session.record(FingerPosition::RightIndex)->retries == 0);
}

BOOST_AUTO_TEST_CASE(a_finger_that_stays_poor_becomes_unreadable_after_the_retries) {
  Simulated sim;
  TenPrintConfig config = rightHand();
  config.maxRetries = 2;
  auto& session = sim.session(config);
  sim.scanner.presentPoorImpressions(3);  // 1 scan + 2 retries of the right thumb, all poor
  BOOST_REQUIRE(session.run().ok());
  const auto* thumb = session.record(FingerPosition::RightThumb);
  BOOST_TEST((thumb->status == FingerStatus::Exception));
  BOOST_TEST((thumb->exception == FingerException::Unreadable));
  BOOST_TEST(thumb->retries == 2);
  BOOST_TEST(thumb->error == "fingerprint.retry_exhausted");
  BOOST_TEST(sim.board.prompts(FingerPosition::RightThumb, ScanPrompt::PlaceFinger) == 3);
  BOOST_TEST(session.complete());

  auto result = session.result();
  BOOST_REQUIRE(result.ok());
  BOOST_TEST((result->fingers[0].exception == FingerException::Unreadable));
  BOOST_TEST(result->fingers[0].print.data.empty());
  BOOST_TEST(result->fingers[0].image.empty());
  BOOST_TEST(!result->fingers[1].exception.has_value());
}

BOOST_AUTO_TEST_CASE(the_officer_decides_on_an_exhausted_finger_when_configured) {
  Simulated sim;
  TenPrintConfig config = rightHand();
  config.maxRetries = 1;
  config.exhaustedIsUnreadable = false;
  auto& session = sim.session(config);
  sim.scanner.presentPoorImpressions(2);
  BOOST_REQUIRE(session.run().ok());
  BOOST_TEST((statusOf(session, FingerPosition::RightThumb) == FingerStatus::Failed));
  BOOST_TEST(!session.complete());
  BOOST_TEST(session.result().error().code == "fingerprint.session_incomplete");
  BOOST_TEST(session.result().error().params.at("fingers") == "right-thumb");
  BOOST_REQUIRE(
      session.declareException(FingerPosition::RightThumb, FingerException::Unreadable).ok());
  BOOST_TEST(session.complete());
}

BOOST_AUTO_TEST_CASE(amputated_and_bandaged_fingers_are_never_scanned) {
  Simulated sim;
  auto& session = sim.session();
  BOOST_REQUIRE(
      session.declareException(FingerPosition::LeftLittle, FingerException::Amputated).ok());
  BOOST_REQUIRE(
      session.declareException(FingerPosition::RightRing, FingerException::Bandaged).ok());
  BOOST_REQUIRE(session.run().ok());
  const auto started = sim.board.started();
  BOOST_TEST(started.size() == 8u);
  BOOST_TEST((std::count(started.begin(), started.end(), FingerPosition::LeftLittle) == 0));
  BOOST_TEST((std::count(started.begin(), started.end(), FingerPosition::RightRing) == 0));
  BOOST_TEST(sim.board.prompts(FingerPosition::LeftLittle, ScanPrompt::PlaceFinger) == 0);
  BOOST_TEST(session.record(FingerPosition::LeftLittle)->attempts == 0);

  auto result = session.result();
  BOOST_REQUIRE(result.ok());
  BOOST_TEST((result->fingers[9].exception == FingerException::Amputated));
  BOOST_TEST((result->fingers[3].exception == FingerException::Bandaged));
  BOOST_TEST(!result->fingers[4].exception.has_value());
  BOOST_TEST(session.captureFinger(FingerPosition::LeftLittle).error().code ==
             "fingerprint.finger_excepted");
}

BOOST_AUTO_TEST_CASE(a_redone_finger_is_scanned_again_and_alone) {
  Simulated sim;
  auto& session = sim.session(rightHand());
  BOOST_REQUIRE(session.run().ok());
  const auto before = session.record(FingerPosition::RightIndex)->capture->image.pixels;

  BOOST_REQUIRE(session.redo(FingerPosition::RightIndex).ok());
  BOOST_TEST((statusOf(session, FingerPosition::RightIndex) == FingerStatus::Pending));
  BOOST_TEST(!session.complete());
  BOOST_TEST(!session.result().ok());
  BOOST_TEST((session.next() == FingerPosition::RightIndex));
  sim.board.events.clear();
  BOOST_REQUIRE(session.run().ok());
  BOOST_TEST((sim.board.started() == std::vector<FingerPosition>{FingerPosition::RightIndex}));
  const auto* index = session.record(FingerPosition::RightIndex);
  BOOST_TEST((index->status == FingerStatus::Captured));
  BOOST_TEST(index->attempts == 2);
  BOOST_TEST((index->capture->image.pixels != before));
  BOOST_TEST(session.result().ok());
}

BOOST_AUTO_TEST_CASE(a_skipped_finger_waits_until_it_is_captured_on_its_own) {
  Simulated sim;
  auto& session = sim.session(rightHand());
  BOOST_REQUIRE(session.skip(FingerPosition::RightThumb).ok());
  BOOST_TEST((session.next() == FingerPosition::RightIndex));
  BOOST_REQUIRE(session.run().ok());
  BOOST_TEST(sim.board.started().size() == 4u);
  BOOST_TEST((statusOf(session, FingerPosition::RightThumb) == FingerStatus::Skipped));
  BOOST_TEST(session.result().error().params.at("fingers") == "right-thumb");

  auto captured = session.captureFinger(FingerPosition::RightThumb);
  BOOST_REQUIRE(captured.ok());
  BOOST_TEST((*captured == FingerStatus::Captured));
  BOOST_TEST(session.complete());
}

BOOST_AUTO_TEST_CASE(an_unplug_stops_the_session_and_it_resumes_where_it_stopped) {
  Simulated sim;
  auto& session = sim.session(rightHand());
  session.setListener([&](const TenPrintEvent& e) {
    if (e.kind == TenPrintEvent::Kind::Started && e.finger == FingerPosition::RightRing) {
      sim.scanner.setConnected(false);
    }
  });
  auto stopped = session.run();
  BOOST_REQUIRE(!stopped.ok());
  BOOST_TEST(stopped.error().code == "fingerprint.disconnected");
  BOOST_TEST((statusOf(session, FingerPosition::RightRing) == FingerStatus::Pending));
  BOOST_TEST(session.record(FingerPosition::RightRing)->error == "fingerprint.disconnected");
  BOOST_TEST((statusOf(session, FingerPosition::RightMiddle) == FingerStatus::Captured));
  BOOST_TEST((statusOf(session, FingerPosition::RightLittle) == FingerStatus::Pending));

  session.setListener(sim.board.listener());
  sim.scanner.setConnected(true);
  BOOST_REQUIRE(session.run().ok());
  BOOST_TEST((sim.board.started().front() == FingerPosition::RightRing));
  BOOST_TEST(sim.board.started().size() == 2u);
  BOOST_TEST(session.complete());
}

BOOST_AUTO_TEST_CASE(a_configured_sequence_is_followed_and_unknown_fingers_refused) {
  Simulated sim;
  TenPrintConfig config;
  config.fingers = {FingerPosition::LeftIndex, FingerPosition::RightIndex,
                    FingerPosition::LeftIndex};
  auto& session = sim.session(config);
  BOOST_TEST(session.records().size() == 2u);
  BOOST_REQUIRE(session.run().ok());
  BOOST_TEST((sim.board.started() ==
              std::vector<FingerPosition>{FingerPosition::LeftIndex, FingerPosition::RightIndex}));
  BOOST_TEST(session.skip(FingerPosition::RightThumb).error().code == "fingerprint.not_in_session");
  BOOST_TEST(session.result()->fingers.size() == 2u);
}

BOOST_AUTO_TEST_CASE(exception_and_status_names_round_trip) {
  for (auto e :
       {FingerException::Amputated, FingerException::Bandaged, FingerException::Unreadable}) {
    BOOST_TEST(
        (mws::fingerprint::parseFingerException(mws::fingerprint::fingerExceptionName(e)) == e));
  }
  BOOST_TEST(!mws::fingerprint::parseFingerException("lost").has_value());
  BOOST_TEST(mws::fingerprint::fingerStatusName(FingerStatus::Captured) == "captured");
}

BOOST_AUTO_TEST_CASE(identifies_a_simulated_officer_or_nobody) {
  SimulatedFingerprintScanner scanner;
  BOOST_REQUIRE(scanner.open().ok());
  std::vector<mws::fingerprint::OfficerTemplate> gallery;
  for (std::uint64_t seed : {901, 902, 903}) {
    scanner.presentFinger(seed);
    auto enrolment = scanner.enroll(FingerPosition::RightIndex, {});
    BOOST_REQUIRE(enrolment.ok());
    gallery.push_back({"officer-" + std::to_string(seed), enrolment->print});
  }
  scanner.presentFinger(903);
  auto found = mws::fingerprint::identifyOfficer(scanner, gallery);
  BOOST_REQUIRE(found.ok());
  BOOST_TEST(found->officerId.value_or("") == "officer-903");
  scanner.presentFinger(999);
  auto stranger = mws::fingerprint::identifyOfficer(scanner, gallery);
  BOOST_REQUIRE(stranger.ok());
  BOOST_TEST(!stranger->officerId.has_value());
  BOOST_TEST(mws::fingerprint::identifyOfficer(scanner, {}).error().code ==
             "fingerprint.empty_gallery");
}

BOOST_AUTO_TEST_SUITE_END()
