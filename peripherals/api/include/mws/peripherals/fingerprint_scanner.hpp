#pragma once
// A fingerprint scanner (DESIGN §4): libfprint in production, a simulation elsewhere.
//
// Operations block the calling thread until the finger was scanned, the timeout passed or
// cancel() was called (from any thread); call them from a worker, never from the GUI thread.
// Progress is reported through ScanOptions::progress on the scanner's own thread.
//
// Error codes (params in brackets):
//   fingerprint.unavailable    the driver stack cannot run here
//   fingerprint.not_found      no such device [device]
//   fingerprint.not_open       open() first
//   fingerprint.busy           another operation is running
//   fingerprint.disconnected   the device was unplugged (also during a scan)
//   fingerprint.cancelled      cancel() was called
//   fingerprint.timeout        no finger within ScanOptions::timeout
//   fingerprint.retry_exhausted  every scan asked for a retry [reason]
//   fingerprint.bad_template   a template the driver cannot read [index]
//   fingerprint.not_supported  the device cannot do this [operation]
//   fingerprint.device_error   anything else the driver reported

#include <string>
#include <vector>

#include "mws/core/result.hpp"
#include "mws/peripherals/fingerprint_types.hpp"

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

  // Opens a device by id; an empty id opens the first one.
  virtual core::Status open(const std::string& deviceId = {}) = 0;
  virtual void close() = 0;
  virtual bool isOpen() const = 0;
  // Impressions an enrolment takes on the open device (0 when none is open).
  virtual int enrollStages() const = 0;

  // One impression, quality-gated: scans below options.minQuality are retried.
  virtual core::Result<FingerCapture> capture(FingerPosition finger,
                                              const ScanOptions& options) = 0;
  // Enrols a finger with the device's stage count.
  virtual core::Result<Enrolment> enroll(FingerPosition finger, const ScanOptions& options) = 0;
  // 1:1 — does the finger on the scanner match the stored template?
  virtual core::Result<VerifyResult> verify(const FingerprintTemplate& stored,
                                            const ScanOptions& options) = 0;
  // 1:N in a small gallery (officer sign-in).
  virtual core::Result<IdentifyResult> identify(const std::vector<FingerprintTemplate>& gallery,
                                                const ScanOptions& options) = 0;

  // Ends the running operation with "fingerprint.cancelled". Safe from any thread.
  virtual void cancel() = 0;
};

}  // namespace mws::peripherals
