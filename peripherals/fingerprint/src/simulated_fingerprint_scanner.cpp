#include "mws/fingerprint/simulated_fingerprint_scanner.hpp"

namespace mws::fingerprint {

core::Result<std::vector<peripherals::FingerprintDevice>>
SimulatedFingerprintScanner::listDevices() {
  std::vector<peripherals::FingerprintDevice> devices;
  if (m_connected) {
    devices.push_back({kDeviceId, kDriver, "Simulated fingerprint scanner"});
  }
  return devices;
}

void SimulatedFingerprintScanner::setConnected(bool connected) { m_connected = connected; }

}  // namespace mws::fingerprint
