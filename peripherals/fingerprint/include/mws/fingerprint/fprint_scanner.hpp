#pragma once
// Fingerprint scanners through libfprint-2.
//
// Threading (measured, see docs/fingerprint.md): the scanner runs its own thread with its
// own GMainContext pushed as that thread's default. Every libfprint call is made there with
// the asynchronous API, so its completions, timeouts and socket reads are dispatched there
// and never on the GUI thread's loop; the public methods post to it and wait with a timeout.
// The one exception is enumeration: libfprint 1.94 iterates GLib's *global* default
// context in fp_context_enumerate(), so listDevices() (and the first open()) lease that
// context for the few milliseconds it takes. Under wxGTK the GUI thread owns it while the
// main loop runs: enumerate once before the loop starts (wxApp::OnInit) — later calls
// return the list found then, or "fingerprint.unavailable" if there was none. libfprint
// reads FP_VIRTUAL_* variables (its virtual test drivers) at that first enumeration.
//
// Operations block their caller (a worker thread, never the GUI thread) and are bounded by
// ScanOptions::timeout; cancel() is safe from any thread.

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>

#include "mws/peripherals/fingerprint_scanner.hpp"

namespace mws::fingerprint {

class GlibThread;
class FprintSession;
struct ScanRequest;
struct ScanOutcome;

class FprintScanner final : public peripherals::FingerprintScanner {
public:
  FprintScanner();
  ~FprintScanner() override;
  FprintScanner(const FprintScanner&) = delete;
  FprintScanner& operator=(const FprintScanner&) = delete;

  core::Result<std::vector<peripherals::FingerprintDevice>> listDevices() override;
  core::Status open(const std::string& deviceId = {}) override;
  void close() override;
  bool isOpen() const override;
  int enrollStages() const override;

  core::Result<peripherals::FingerCapture> capture(peripherals::FingerPosition finger,
                                                   const peripherals::ScanOptions& options) override;
  core::Result<peripherals::Enrolment> enroll(peripherals::FingerPosition finger,
                                              const peripherals::ScanOptions& options) override;
  core::Result<peripherals::VerifyResult> verify(const peripherals::FingerprintTemplate& stored,
                                                 const peripherals::ScanOptions& options) override;
  core::Result<peripherals::IdentifyResult> identify(
      const std::vector<peripherals::FingerprintTemplate>& gallery,
      const peripherals::ScanOptions& options) override;
  void cancel() override;

private:
  // Runs one scan, repeating it while the device or the quality gate asks for a retry.
  core::Result<ScanOutcome> scan(ScanRequest request, const peripherals::ScanOptions& options,
                                 int& retries);
  core::Result<ScanOutcome> scanOnce(const ScanRequest& request,
                                     std::chrono::steady_clock::time_point deadline);

  std::unique_ptr<GlibThread> m_thread;
  std::unique_ptr<FprintSession> m_session;  // used on m_thread only
  std::mutex m_operation;                    // one operation at a time
  std::string m_driver;                      // of the open device
  std::atomic<bool> m_open{false};
  std::atomic<int> m_stages{0};
  std::atomic<bool> m_cancelled{false};
  std::vector<peripherals::FingerprintDevice> m_lastDevices;
};

}  // namespace mws::fingerprint
