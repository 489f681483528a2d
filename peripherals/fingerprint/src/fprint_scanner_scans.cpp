// FprintScanner's scans: the retry loop and the quality gate around FprintSession.
#include "fprint_session.hpp"
#include "mws/fingerprint/fingerprint_quality.hpp"
#include "mws/fingerprint/fprint_scanner.hpp"

namespace mws::fingerprint {
namespace {

using peripherals::RetryReason;
using peripherals::ScanPrompt;

// The quality gate: devices that give no image are not gated (quality stays 0).
bool tooPoor(const peripherals::FingerprintQuality& quality, const peripherals::Frame& image,
             double minQuality) {
  return !image.empty() && quality.score < minQuality;
}

}  // namespace

core::Result<ScanOutcome> FprintScanner::scan(ScanRequest request,
                                              const peripherals::ScanOptions& options,
                                              int& retries) {
  const auto deadline = std::chrono::steady_clock::now() + options.timeout;
  request.progress = options.progress;
  request.minQuality = request.kind == ScanKind::Enroll ? options.minQuality : 0;
  retries = 0;
  for (;;) {
    if (m_cancelled) {
      return core::makeError("fingerprint.cancelled");
    }
    auto outcome = scanOnce(request, deadline);
    if (!outcome.ok()) {
      return outcome;
    }
    retries += outcome->deviceRetries;
    std::optional<RetryReason> reason = outcome->retry;
    if (!reason && tooPoor(assessQuality(outcome->image, outcome->minutiae), outcome->image,
                           options.minQuality)) {
      reason = RetryReason::LowQuality;
    }
    if (!reason) {
      return outcome;
    }
    if (retries >= options.maxRetries) {
      return core::makeError("fingerprint.retry_exhausted")
          .with("reason", std::string(peripherals::retryReasonName(*reason)));
    }
    ++retries;
    if (options.progress) {
      options.progress({ScanPrompt::Retry, *reason, 0, 0});
    }
  }
}

core::Result<peripherals::FingerCapture> FprintScanner::capture(
    peripherals::FingerPosition finger, const peripherals::ScanOptions& options) {
  std::unique_lock lock(m_operation, std::try_to_lock);
  if (!lock.owns_lock()) {
    return core::makeError("fingerprint.busy");
  }
  m_cancelled = false;
  int retries = 0;
  auto outcome = scan({ScanKind::Capture, finger, {}, 0, {}}, options, retries);
  if (!outcome.ok()) {
    return outcome.error();
  }
  peripherals::FingerCapture result;
  result.finger = finger;
  result.quality = assessQuality(outcome->image, outcome->minutiae);
  result.image = std::move(outcome->image);
  result.print = {finger, m_driver, std::move(outcome->print)};
  result.retries = retries;
  return result;
}

core::Result<peripherals::Enrolment> FprintScanner::enroll(peripherals::FingerPosition finger,
                                                           const peripherals::ScanOptions& options) {
  std::unique_lock lock(m_operation, std::try_to_lock);
  if (!lock.owns_lock()) {
    return core::makeError("fingerprint.busy");
  }
  m_cancelled = false;
  int retries = 0;
  auto outcome = scan({ScanKind::Enroll, finger, {}, 0, {}}, options, retries);
  if (!outcome.ok()) {
    return outcome.error();
  }
  peripherals::Enrolment result;
  result.print = {finger, m_driver, std::move(outcome->print)};
  result.image = std::move(outcome->image);
  result.stages = outcome->stages;
  result.retries = retries;
  return result;
}

core::Result<peripherals::VerifyResult> FprintScanner::verify(
    const peripherals::FingerprintTemplate& stored, const peripherals::ScanOptions& options) {
  std::unique_lock lock(m_operation, std::try_to_lock);
  if (!lock.owns_lock()) {
    return core::makeError("fingerprint.busy");
  }
  m_cancelled = false;
  int retries = 0;
  auto outcome = scan({ScanKind::Verify, stored.finger, {stored.data}, 0, {}}, options, retries);
  if (!outcome.ok()) {
    return outcome.error();
  }
  return peripherals::VerifyResult{outcome->matched,
                                   assessQuality(outcome->image, outcome->minutiae), retries};
}

core::Result<peripherals::IdentifyResult> FprintScanner::identify(
    const std::vector<peripherals::FingerprintTemplate>& gallery,
    const peripherals::ScanOptions& options) {
  std::unique_lock lock(m_operation, std::try_to_lock);
  if (!lock.owns_lock()) {
    return core::makeError("fingerprint.busy");
  }
  m_cancelled = false;
  ScanRequest request{ScanKind::Identify, peripherals::FingerPosition::RightIndex, {}, 0, {}};
  for (const auto& print : gallery) {
    request.gallery.push_back(print.data);
  }
  int retries = 0;
  auto outcome = scan(std::move(request), options, retries);
  if (!outcome.ok()) {
    return outcome.error();
  }
  return peripherals::IdentifyResult{outcome->matchIndex,
                                     assessQuality(outcome->image, outcome->minutiae), retries};
}

}  // namespace mws::fingerprint
