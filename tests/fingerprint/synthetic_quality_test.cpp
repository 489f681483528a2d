// The synthetic generator, the quality score and the simulated scanner.
#include <boost/test/unit_test.hpp>

#include "fingerprint_fixture.hpp"
#include "mws/fingerprint/fingerprint_quality.hpp"
#include "mws/fingerprint/simulated_fingerprint_scanner.hpp"

using mws::fingerprint::kDefaultMinQuality;
using mws::peripherals::FingerPosition;
using mws::test::syntheticFinger;

BOOST_AUTO_TEST_SUITE(synthetic_and_quality)

BOOST_AUTO_TEST_CASE(impressions_are_deterministic_and_fingers_differ) {
  const auto a1 = syntheticFinger(7).impression(std::uint64_t(1));
  const auto a1again = syntheticFinger(7).impression(std::uint64_t(1));
  const auto a2 = syntheticFinger(7).impression(std::uint64_t(2));
  const auto b1 = syntheticFinger(8).impression(std::uint64_t(1));
  BOOST_TEST(a1.pixels == a1again.pixels);
  BOOST_TEST(a1.pixels != a2.pixels);
  BOOST_TEST(a1.pixels != b1.pixels);
  BOOST_TEST(a1.width == mws::fingerprint::SyntheticFinger::kWidth);
  BOOST_TEST(a1.height == mws::fingerprint::SyntheticFinger::kHeight);
}

BOOST_AUTO_TEST_CASE(good_impressions_pass_the_gate_and_poor_ones_do_not) {
  for (std::uint64_t seed = 20; seed < 24; ++seed) {
    const auto good = mws::fingerprint::assessQuality(syntheticFinger(seed).impression(seed));
    const auto poor = mws::fingerprint::assessQuality(syntheticFinger(seed).poorImpression(seed));
    BOOST_TEST(good.score >= kDefaultMinQuality);
    BOOST_TEST(poor.score < kDefaultMinQuality);
    BOOST_TEST(good.area > poor.area);
  }
  BOOST_TEST(mws::fingerprint::assessQuality({}).score == 0.0);
}

BOOST_AUTO_TEST_CASE(simulated_scanner_enrols_verifies_and_retries_like_the_real_one) {
  mws::fingerprint::SimulatedFingerprintScanner scanner;
  BOOST_REQUIRE(scanner.open().ok());
  mws::peripherals::ScanOptions options;
  auto enrolment = scanner.enroll(FingerPosition::RightIndex, options);
  BOOST_REQUIRE(enrolment.ok());
  BOOST_TEST(enrolment->stages == scanner.enrollStages());
  BOOST_TEST(scanner.verify(enrolment->print, options)->match);

  scanner.presentFinger(99);
  BOOST_TEST(!scanner.verify(enrolment->print, options)->match);
  scanner.presentFinger(std::nullopt);

  int retries = 0;
  options.progress = [&](const mws::peripherals::ScanProgress& p) {
    retries += p.prompt == mws::peripherals::ScanPrompt::Retry ? 1 : 0;
  };
  scanner.presentPoorImpressions(1);
  auto capture = scanner.capture(FingerPosition::RightIndex, options);
  BOOST_REQUIRE(capture.ok());
  BOOST_TEST(capture->retries == 1);
  BOOST_TEST(retries == 1);

  scanner.setConnected(false);
  auto unplugged = scanner.capture(FingerPosition::RightIndex, options);
  BOOST_REQUIRE(!unplugged.ok());
  BOOST_TEST(unplugged.error().code == "fingerprint.disconnected");
}

BOOST_AUTO_TEST_SUITE_END()
