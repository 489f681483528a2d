#include "mws/fingerprint/simulated_fingerprint_scanner.hpp"

#include <cstring>

#include "mws/fingerprint/fingerprint_quality.hpp"
#include "mws/fingerprint/synthetic_fingerprint.hpp"

namespace mws::fingerprint {
namespace {

using peripherals::ScanPrompt;
constexpr char kMagic[8] = {'M', 'W', 'S', 'S', 'I', 'M', '1', '\0'};

std::vector<std::uint8_t> encode(std::uint64_t seed) {
  std::vector<std::uint8_t> data(kMagic, kMagic + 8);
  for (int i = 0; i < 8; ++i) data.push_back(std::uint8_t(seed >> (8 * i)));
  return data;
}

std::optional<std::uint64_t> decode(const std::vector<std::uint8_t>& data) {
  if (data.size() != 16 || std::memcmp(data.data(), kMagic, 8) != 0) {
    return std::nullopt;
  }
  std::uint64_t seed = 0;
  for (int i = 0; i < 8; ++i) seed |= std::uint64_t(data[8 + std::size_t(i)]) << (8 * i);
  return seed;
}

std::uint64_t seedOf(peripherals::FingerPosition finger) { return std::uint64_t(isoCode(finger)); }

}  // namespace

struct SimulatedFingerprintScanner::Scan {
  std::uint64_t seed = 0;
  peripherals::Frame image;
  peripherals::FingerprintQuality quality;
};

SimulatedFingerprintScanner::SimulatedFingerprintScanner() = default;
SimulatedFingerprintScanner::~SimulatedFingerprintScanner() = default;

core::Result<std::vector<peripherals::FingerprintDevice>>
SimulatedFingerprintScanner::listDevices() {
  std::vector<peripherals::FingerprintDevice> devices;
  if (m_connected) {
    devices.push_back({kDeviceId, kDriver, "Simulated fingerprint scanner"});
  }
  return devices;
}

core::Status SimulatedFingerprintScanner::open(const std::string& deviceId) {
  if (!m_connected || (!deviceId.empty() && deviceId != kDeviceId)) {
    return core::makeError("fingerprint.not_found").with("device", deviceId);
  }
  m_open = true;
  return core::success();
}

void SimulatedFingerprintScanner::close() { m_open = false; }

void SimulatedFingerprintScanner::setConnected(bool connected) { m_connected = connected; }

void SimulatedFingerprintScanner::presentFinger(std::optional<std::uint64_t> seed) {
  std::lock_guard lock(m_mutex);
  m_presented = seed;
}

void SimulatedFingerprintScanner::presentPoorImpressions(int count) {
  std::lock_guard lock(m_mutex);
  m_poorLeft = count;
}

core::Status SimulatedFingerprintScanner::ready() const {
  if (!m_connected) return core::makeError("fingerprint.disconnected");
  if (!m_open) return core::makeError("fingerprint.not_open");
  if (m_cancelled) return core::makeError("fingerprint.cancelled");
  return core::success();
}

auto SimulatedFingerprintScanner::scanOnce(std::uint64_t defaultSeed,
                                           const peripherals::ScanOptions& options)
    -> core::Result<Scan> {
  if (auto status = ready(); !status.ok()) return status.error();
  if (options.progress) options.progress({ScanPrompt::PlaceFinger, {}, 0, 0});
  std::lock_guard lock(m_mutex);
  const std::uint64_t seed = m_presented.value_or(defaultSeed);
  if (!m_finger || m_finger->seed() != seed) {
    m_finger = std::make_unique<SyntheticFinger>(seed);
  }
  const bool poor = m_poorLeft > 0;
  m_poorLeft -= poor ? 1 : 0;
  Scan scan{seed, poor ? m_finger->poorImpression(++m_impressions)
                       : m_finger->impression(++m_impressions), {}};
  scan.quality = assessQuality(scan.image);
  if (options.progress) options.progress({ScanPrompt::RemoveFinger, {}, 0, 0});
  return scan;
}

auto SimulatedFingerprintScanner::scanGated(std::uint64_t defaultSeed,
                                            const peripherals::ScanOptions& options, int& retries)
    -> core::Result<Scan> {
  m_cancelled = false;
  for (retries = 0;; ++retries) {
    auto scan = scanOnce(defaultSeed, options);
    if (!scan.ok() || scan->quality.score >= options.minQuality) return scan;
    if (retries >= options.maxRetries) {
      return core::makeError("fingerprint.retry_exhausted").with("reason", "low_quality");
    }
    if (options.progress) {
      options.progress({ScanPrompt::Retry, peripherals::RetryReason::LowQuality, 0, 0});
    }
  }
}

core::Result<peripherals::FingerCapture> SimulatedFingerprintScanner::capture(
    peripherals::FingerPosition finger, const peripherals::ScanOptions& options) {
  int retries = 0;
  auto scan = scanGated(seedOf(finger), options, retries);
  if (!scan.ok()) return scan.error();
  return peripherals::FingerCapture{finger, std::move(scan->image), scan->quality,
                                    {finger, kDriver, encode(scan->seed)}, retries};
}

core::Result<peripherals::Enrolment> SimulatedFingerprintScanner::enroll(
    peripherals::FingerPosition finger, const peripherals::ScanOptions& options) {
  peripherals::Enrolment enrolment;
  for (int stage = 0; stage < kStages; ++stage) {
    int retries = 0;
    auto scan = scanGated(seedOf(finger), options, retries);
    if (!scan.ok()) return scan.error();
    enrolment.retries += retries;
    enrolment.stages = stage + 1;
    enrolment.print = {finger, kDriver, encode(scan->seed)};
    enrolment.image = std::move(scan->image);
  }
  return enrolment;
}

core::Result<peripherals::VerifyResult> SimulatedFingerprintScanner::verify(
    const peripherals::FingerprintTemplate& stored, const peripherals::ScanOptions& options) {
  const auto seed = decode(stored.data);
  if (!seed) return core::makeError("fingerprint.bad_template").with("index", "0");
  int retries = 0;
  auto scan = scanGated(seedOf(stored.finger), options, retries);
  if (!scan.ok()) return scan.error();
  return peripherals::VerifyResult{scan->seed == *seed, scan->quality, retries};
}

core::Result<peripherals::IdentifyResult> SimulatedFingerprintScanner::identify(
    const std::vector<peripherals::FingerprintTemplate>& gallery,
    const peripherals::ScanOptions& options) {
  std::vector<std::uint64_t> seeds;
  for (std::size_t i = 0; i < gallery.size(); ++i) {
    const auto seed = decode(gallery[i].data);
    if (!seed) return core::makeError("fingerprint.bad_template").with("index", std::to_string(i));
    seeds.push_back(*seed);
  }
  int retries = 0;
  auto scan = scanGated(seedOf(peripherals::FingerPosition::RightIndex), options, retries);
  if (!scan.ok()) return scan.error();
  peripherals::IdentifyResult result{std::nullopt, scan->quality, retries};
  for (std::size_t i = 0; i < seeds.size() && !result.matchIndex; ++i) {
    if (seeds[i] == scan->seed) result.matchIndex = i;
  }
  return result;
}

}  // namespace mws::fingerprint
