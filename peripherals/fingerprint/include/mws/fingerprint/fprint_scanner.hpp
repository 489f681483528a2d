#pragma once
// Fingerprint scanners through libfprint-2.
//
// libfprint runs on GLib's global-default main context, so an FprintScanner must be used
// from the thread that owns that context (the GUI thread under wxGTK) or while no thread
// owns it (command line, tests). Otherwise listDevices() returns "fingerprint.unavailable"
// instead of blocking. The libfprint context is created on the first listDevices(), which is
// also when libfprint reads FP_VIRTUAL_* variables for its virtual test drivers.

#include <memory>
#include <mutex>

#include "mws/peripherals/fingerprint_scanner.hpp"

namespace mws::fingerprint {

class FprintScanner final : public peripherals::FingerprintScanner {
public:
  FprintScanner();
  ~FprintScanner() override;
  FprintScanner(const FprintScanner&) = delete;
  FprintScanner& operator=(const FprintScanner&) = delete;

  core::Result<std::vector<peripherals::FingerprintDevice>> listDevices() override;

private:
  struct Impl;  // holds the FpContext
  std::unique_ptr<Impl> m_impl;
  std::mutex m_mutex;
};

}  // namespace mws::fingerprint
