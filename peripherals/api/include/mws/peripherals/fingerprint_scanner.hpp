#pragma once
// A fingerprint scanner (DESIGN §4): libfprint in production, a simulation elsewhere.

#include <string>
#include <vector>

#include "mws/core/result.hpp"

namespace mws::peripherals {

struct FingerprintDevice {
  std::string id;      // stable within one run, used to pick the device
  std::string driver;  // driver that handles it, e.g. "synaptics" or "virtual_image"
  std::string name;    // what the device calls itself, for the settings screen
};

class FingerprintScanner {
public:
  virtual ~FingerprintScanner() = default;

  // Scanners attached now; an empty list when none is.
  virtual core::Result<std::vector<FingerprintDevice>> listDevices() = 0;
};

}  // namespace mws::peripherals
