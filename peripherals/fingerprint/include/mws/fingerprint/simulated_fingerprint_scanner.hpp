#pragma once
// A scanner that exists only in software, for tests and for running the workstation without
// devices. It lists one device ("simulated-0", driver "simulated") while connected, scans
// synthetic fingers (SyntheticFinger) and matches a template when the same synthetic finger
// is presented. Which finger is on the glass: presentFinger(seed), or by default the seed
// that equals the ISO code of the finger position asked for (so enrol-then-verify matches).

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>

#include "mws/peripherals/fingerprint_scanner.hpp"

namespace mws::fingerprint {

class SyntheticFinger;

class SimulatedFingerprintScanner final : public peripherals::FingerprintScanner {
public:
  static constexpr const char* kDeviceId = "simulated-0";
  static constexpr const char* kDriver = "simulated";
  static constexpr int kStages = 5;

  SimulatedFingerprintScanner();
  ~SimulatedFingerprintScanner() override;

  core::Result<std::vector<peripherals::FingerprintDevice>> listDevices() override;
  core::Status open(const std::string& deviceId = {}) override;
  void close() override;
  bool isOpen() const override { return m_open; }
  int enrollStages() const override { return m_open ? kStages : 0; }

  core::Result<peripherals::FingerCapture> capture(peripherals::FingerPosition finger,
                                                   const peripherals::ScanOptions& options) override;
  core::Result<peripherals::Enrolment> enroll(peripherals::FingerPosition finger,
                                              const peripherals::ScanOptions& options) override;
  core::Result<peripherals::VerifyResult> verify(const peripherals::FingerprintTemplate& stored,
                                                 const peripherals::ScanOptions& options) override;
  core::Result<peripherals::IdentifyResult> identify(
      const std::vector<peripherals::FingerprintTemplate>& gallery,
      const peripherals::ScanOptions& options) override;
  void cancel() override { m_cancelled = true; }

  // false simulates an unplugged scanner: the list becomes empty and scans fail with
  // "fingerprint.disconnected". Safe from any thread.
  void setConnected(bool connected);
  // The synthetic finger the next scans see; nullopt returns to the default.
  void presentFinger(std::optional<std::uint64_t> seed);
  // The next `count` scans are poor impressions (the quality gate asks for a retry).
  void presentPoorImpressions(int count);

private:
  struct Scan;
  core::Result<Scan> scanOnce(std::uint64_t defaultSeed, const peripherals::ScanOptions& options);
  core::Result<Scan> scanGated(std::uint64_t defaultSeed, const peripherals::ScanOptions& options,
                               int& retries);
  core::Status ready() const;

  std::atomic<bool> m_connected{true};
  std::atomic<bool> m_open{false};
  std::atomic<bool> m_cancelled{false};
  std::mutex m_mutex;  // guards the fields below
  std::optional<std::uint64_t> m_presented;
  int m_poorLeft = 0;
  std::uint64_t m_impressions = 0;
  std::unique_ptr<SyntheticFinger> m_finger;  // the last one drawn, reused while it is presented
};

}  // namespace mws::fingerprint
