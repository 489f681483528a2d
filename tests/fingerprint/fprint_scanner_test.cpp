// The real libfprint stack, fed synthetic impressions through its virtual_image driver.
#include <chrono>
#include <thread>

#include <boost/test/unit_test.hpp>
#include <fprint.h>

#include "fingerprint_fixture.hpp"
#include "mws/fingerprint/fingerprint_quality.hpp"

using mws::peripherals::FingerPosition;
using mws::peripherals::RetryReason;
using mws::peripherals::ScanPrompt;
using mws::test::syntheticFinger;
using mws::test::VirtualScanner;

BOOST_AUTO_TEST_SUITE(libfprint_virtual_image)

BOOST_AUTO_TEST_CASE(enrols_with_the_device_stage_count_then_verifies_the_same_finger) {
  VirtualScanner v("enrol_verify");
  BOOST_TEST(v.scanner.enrollStages() >= 1);
  auto enrolment = v.enrol(101, FingerPosition::RightIndex);
  BOOST_REQUIRE_MESSAGE(enrolment.ok(), (enrolment.ok() ? "" : enrolment.error().code + " " + enrolment.error().detail));
  BOOST_TEST(enrolment->stages == v.scanner.enrollStages());
  BOOST_TEST(!enrolment->print.data.empty());
  BOOST_TEST(enrolment->print.driver == "virtual_image");
  BOOST_TEST(!enrolment->image.empty());

  v.finger->queue(syntheticFinger(101).impression(std::uint64_t(50)));
  auto verdict = v.scanner.verify(enrolment->print, v.options());
  BOOST_REQUIRE_MESSAGE(verdict.ok(), (verdict.ok() ? "" : verdict.error().code));
  BOOST_TEST(verdict->match);
  BOOST_TEST(verdict->quality.minutiae > 0);

  int places = 0;
  for (const auto& prompt : v.finger->prompts()) {
    places += prompt.prompt == ScanPrompt::PlaceFinger ? 1 : 0;
  }
  BOOST_TEST(places == v.scanner.enrollStages() + 1);
}

BOOST_AUTO_TEST_CASE(a_different_finger_does_not_match) {
  VirtualScanner v("different_finger");
  auto enrolment = v.enrol(202, FingerPosition::LeftThumb);
  BOOST_REQUIRE(enrolment.ok());
  v.finger->queue(syntheticFinger(203).impression(std::uint64_t(50)));
  auto verdict = v.scanner.verify(enrolment->print, v.options());
  BOOST_REQUIRE(verdict.ok());
  BOOST_TEST(!verdict->match);
}

BOOST_AUTO_TEST_CASE(a_poor_impression_is_retried_and_the_next_one_accepted) {
  VirtualScanner v("poor_impression");
  v.finger->queue(syntheticFinger(303).poorImpression(1));
  v.finger->queue(syntheticFinger(303).impression(std::uint64_t(2)));
  auto capture = v.scanner.capture(FingerPosition::RightThumb, v.options());
  BOOST_REQUIRE_MESSAGE(capture.ok(), (capture.ok() ? "" : capture.error().code));
  BOOST_TEST(capture->retries == 1);
  BOOST_TEST(v.finger->retriesOf(RetryReason::LowQuality) + v.finger->retriesOf(RetryReason::General) == 1);
  BOOST_TEST(capture->quality.score >= mws::fingerprint::kDefaultMinQuality);
  BOOST_TEST(!capture->print.data.empty());
  BOOST_TEST(capture->image.width == mws::fingerprint::SyntheticFinger::kWidth);
}

BOOST_AUTO_TEST_CASE(poor_impressions_only_end_in_retry_exhausted) {
  VirtualScanner v("poor_only");
  auto options = v.options();
  options.maxRetries = 1;
  for (std::uint64_t i = 1; i <= 2; ++i) v.finger->queue(syntheticFinger(304).poorImpression(i));
  auto capture = v.scanner.capture(FingerPosition::RightThumb, options);
  BOOST_REQUIRE(!capture.ok());
  BOOST_TEST(capture.error().code == "fingerprint.retry_exhausted");
}

BOOST_AUTO_TEST_CASE(an_unplug_during_a_scan_is_a_clean_error) {
  VirtualScanner v("unplug");
  v.finger->queueUnplug();
  auto capture = v.scanner.capture(FingerPosition::RightIndex, v.options());
  BOOST_REQUIRE(!capture.ok());
  BOOST_TEST(capture.error().code == "fingerprint.disconnected");
  BOOST_TEST(!v.scanner.isOpen());
}

BOOST_AUTO_TEST_CASE(identifies_the_officer_among_a_small_gallery) {
  VirtualScanner v("identify");
  std::vector<mws::peripherals::FingerprintTemplate> gallery;
  for (std::uint64_t seed : {401, 402, 403}) {
    auto enrolment = v.enrol(seed, FingerPosition::RightIndex);
    BOOST_REQUIRE(enrolment.ok());
    gallery.push_back(enrolment->print);
  }
  v.finger->queue(syntheticFinger(402).impression(std::uint64_t(60)));
  auto found = v.scanner.identify(gallery, v.options());
  BOOST_REQUIRE(found.ok());
  BOOST_REQUIRE(found->matchIndex.has_value());
  BOOST_TEST(*found->matchIndex == 1u);

  v.finger->queue(syntheticFinger(499).impression(std::uint64_t(60)));
  auto stranger = v.scanner.identify(gallery, v.options());
  BOOST_REQUIRE(stranger.ok());
  BOOST_TEST(!stranger->matchIndex.has_value());
}

BOOST_AUTO_TEST_CASE(a_template_survives_serialisation_and_garbage_is_refused) {
  VirtualScanner v("serialise");
  auto enrolment = v.enrol(505, FingerPosition::LeftIndex);
  BOOST_REQUIRE(enrolment.ok());
  const auto& bytes = enrolment->print.data;
  GError* error = nullptr;
  FpPrint* print = fp_print_deserialize(bytes.data(), bytes.size(), &error);
  BOOST_REQUIRE(print != nullptr);
  BOOST_TEST(fp_print_get_finger(print) == FP_FINGER_LEFT_INDEX);
  guchar* again = nullptr;
  gsize length = 0;
  BOOST_REQUIRE(fp_print_serialize(print, &again, &length, &error));
  BOOST_TEST(std::vector<std::uint8_t>(again, again + length) == bytes);
  g_free(again);
  g_object_unref(print);

  mws::peripherals::FingerprintTemplate garbage{FingerPosition::LeftIndex, "virtual_image", {1, 2, 3}};
  auto refused = v.scanner.verify(garbage, v.options());
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "fingerprint.bad_template");
  garbage.data.assign(96, 0x5a);
  auto refusedLong = v.scanner.verify(garbage, v.options());
  BOOST_REQUIRE(!refusedLong.ok());
  BOOST_TEST(refusedLong.error().code == "fingerprint.bad_template");
}

BOOST_AUTO_TEST_CASE(no_finger_times_out_and_cancel_ends_a_scan) {
  VirtualScanner v("timeout_cancel");
  const auto started = std::chrono::steady_clock::now();
  auto waited = v.scanner.capture(FingerPosition::RightIndex, v.options(std::chrono::milliseconds(300)));
  BOOST_REQUIRE(!waited.ok());
  BOOST_TEST(waited.error().code == "fingerprint.timeout");
  BOOST_TEST((std::chrono::steady_clock::now() - started < std::chrono::seconds(5)));

  std::thread officer([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    v.scanner.cancel();
  });
  auto cancelled = v.scanner.capture(FingerPosition::RightIndex, v.options());
  officer.join();
  BOOST_REQUIRE(!cancelled.ok());
  BOOST_TEST(cancelled.error().code == "fingerprint.cancelled");
}

BOOST_AUTO_TEST_SUITE_END()
