#pragma once
// The libfprint side of FprintScanner. Every member runs on the scanner's GLib thread: it
// owns the FpContext, the open FpDevice and the running operation, and hands results back
// as plain values through a completion callback.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <fprint.h>

#include "mws/core/result.hpp"
#include "mws/peripherals/fingerprint_scanner.hpp"

namespace mws::fingerprint {

enum class ScanKind { Capture, Enroll, Verify, Identify };

struct ScanRequest {
  ScanKind kind = ScanKind::Capture;
  peripherals::FingerPosition finger = peripherals::FingerPosition::RightIndex;
  std::vector<std::vector<std::uint8_t>> gallery;  // Verify: one template; Identify: several
  double minQuality = 0;                           // Enroll: stages below restart enrolment
  peripherals::ProgressListener progress;
};

struct ScanOutcome {
  std::optional<core::Error> error;
  std::optional<peripherals::RetryReason> retry;  // the scan has to be repeated
  bool matched = false;
  std::optional<std::size_t> matchIndex;
  peripherals::Frame image;
  int minutiae = -1;
  std::vector<std::uint8_t> print;  // serialised
  int stages = 0;
  int deviceRetries = 0;            // retries the device asked for within an enrolment
};

using ScanDone = std::function<void(ScanOutcome)>;

class FprintSession {
public:
  FprintSession() = default;
  ~FprintSession();
  FprintSession(const FprintSession&) = delete;
  FprintSession& operator=(const FprintSession&) = delete;

  core::Result<std::vector<peripherals::FingerprintDevice>> listDevices();
  // Opens asynchronously; `done` gets an error or nothing.
  void open(const std::string& deviceId, std::function<void(core::Status)> done);
  void close(std::function<void()> done);
  bool isOpen() const { return m_device != nullptr; }
  int enrollStages() const;
  std::string driver() const;

  void start(ScanRequest request, ScanDone done);
  void cancel(bool timedOut);

  // libfprint's C callbacks reach the session through these.
  void onFingerStatus();
  void onEnrollStage(int stage, FpPrint* print, GError* error);
  void onFinished(GObject* source, GAsyncResult* result);

private:
  void dropDevice();
  void startVerifyOrIdentify();
  void finishEnroll(GAsyncResult* result, ScanOutcome& outcome);
  void finishMatch(GAsyncResult* result, ScanOutcome& outcome);
  void takeProbe(FpPrint* probe, ScanOutcome& outcome);
  void notify(peripherals::ScanPrompt prompt,
              peripherals::RetryReason reason = peripherals::RetryReason::General);

  FpContext* m_context = nullptr;
  FpDevice* m_device = nullptr;
  gulong m_statusHandler = 0;
  GCancellable* m_cancellable = nullptr;
  GPtrArray* m_gallery = nullptr;
  FpFingerStatusFlags m_lastStatus = FP_FINGER_STATUS_NONE;
  ScanRequest m_request;
  ScanDone m_done;
  peripherals::Frame m_stageImage;  // the last accepted enrolment stage
  int m_stageMinutiae = -1;
  int m_stage = 0;
  int m_deviceRetries = 0;
  bool m_lowQualityStage = false;
  bool m_timedOut = false;
};

}  // namespace mws::fingerprint
