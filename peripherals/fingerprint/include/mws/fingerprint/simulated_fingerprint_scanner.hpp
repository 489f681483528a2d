#pragma once
// A scanner that exists only in software, for tests and for running the workstation without
// devices. It lists one device ("simulated-0", driver "simulated") while connected.

#include <atomic>

#include "mws/peripherals/fingerprint_scanner.hpp"

namespace mws::fingerprint {

class SimulatedFingerprintScanner final : public peripherals::FingerprintScanner {
public:
  static constexpr const char* kDeviceId = "simulated-0";
  static constexpr const char* kDriver = "simulated";

  core::Result<std::vector<peripherals::FingerprintDevice>> listDevices() override;

  // false simulates an unplugged scanner: the list becomes empty. Safe from any thread.
  void setConnected(bool connected);

private:
  std::atomic<bool> m_connected{true};
};

}  // namespace mws::fingerprint
