#pragma once
// The ten-print session for applicants (issue 6): a sequence of fingers captured one after
// the other on any FingerprintScanner, with a status per finger, the quality gate and its
// retries (ScanOptions::minQuality / maxRetries, applied by the scanner), exceptions for
// fingers that cannot be captured (amputated, bandaged, unreadable), skip and redo, and the
// result set handed to the core as plain types.
//
// Status of a finger:
//   Pending    not captured yet; run() scans it. A scan that ended without a verdict on
//              the finger (timeout, cancel, unplug, device error) leaves it Pending with
//              `error` set, and run() stops with that error; run() again resumes there.
//   Skipped    the officer put it aside; run() passes over it until redo() or
//              captureFinger() — the session is not complete while a finger is skipped.
//   Captured   an impression passed the quality gate (after `retries` repeated scans).
//   Failed     every scan was poor ("fingerprint.retry_exhausted") and the config leaves
//              the decision to the officer: redo() it or declare it Unreadable.
//   Exception  no print: amputated or bandaged (declared by the officer, typically up front,
//              and never scanned) or unreadable (declared, or set automatically when the
//              retries are exhausted and TenPrintConfig::exhaustedIsUnreadable).
//
// Threading: the session belongs to one worker thread (its calls block while a finger is
// scanned); only cancel() may come from another thread. The listener sees Started and
// Changed events on that worker and Prompt events on the scanner's thread; like a
// ProgressListener it must be quick and must not call the session back.
//
// Errors (params in brackets), besides the scanner's own:
//   fingerprint.not_in_session      the finger is not in the sequence [finger]
//   fingerprint.finger_excepted     captureFinger() on an exception; redo() first [finger]
//   fingerprint.session_incomplete  result() while fingers are open [fingers, comma-separated]

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mws/core/result.hpp"
#include "mws/fingerprint/fingerprint_quality.hpp"
#include "mws/peripherals/fingerprint_scanner.hpp"

namespace mws::fingerprint {

enum class FingerStatus { Pending, Skipped, Captured, Failed, Exception };
enum class FingerException { Amputated, Bandaged, Unreadable };

std::string_view fingerStatusName(FingerStatus status);           // "pending", …
std::string_view fingerExceptionName(FingerException exception);  // "amputated", …
std::optional<FingerException> parseFingerException(std::string_view name);

struct FingerRecord {
  peripherals::FingerPosition finger = peripherals::FingerPosition::RightThumb;
  FingerStatus status = FingerStatus::Pending;
  int attempts = 0;  // captures started for this finger, redo included
  int retries = 0;   // scans repeated for this finger over all attempts
  std::optional<peripherals::FingerCapture> capture;  // when Captured
  std::optional<FingerException> exception;           // when Exception
  std::string error;  // code of the last attempt that ended in an error, else empty
};

struct TenPrintConfig {
  // The order fingers are asked for; a finger listed twice counts once.
  std::vector<peripherals::FingerPosition> fingers{peripherals::kAllFingers.begin(),
                                                   peripherals::kAllFingers.end()};
  int maxRetries = 3;                      // per capture of one finger
  double minQuality = kDefaultMinQuality;  // the quality gate
  std::chrono::milliseconds timeoutPerFinger{30000};
  bool exhaustedIsUnreadable = true;  // false: Failed, the officer decides
};

// What a status board needs; never images or templates.
struct TenPrintEvent {
  enum class Kind { Started, Prompt, Changed };
  Kind kind = Kind::Changed;
  peripherals::FingerPosition finger = peripherals::FingerPosition::RightThumb;
  FingerStatus status = FingerStatus::Pending;  // after the change
  std::optional<FingerException> exception;
  double quality = 0;  // of the capture when Captured
  int retries = 0;
  peripherals::ScanProgress prompt;  // meaningful for Kind::Prompt
};
using TenPrintListener = std::function<void(const TenPrintEvent&)>;

// One finger of the result set: a print, or the exception that replaces it.
struct TenPrintEntry {
  peripherals::FingerPosition finger = peripherals::FingerPosition::RightThumb;
  std::optional<FingerException> exception;  // set: no image, no template
  peripherals::Frame image;                  // empty when the device gives none
  peripherals::FingerprintTemplate print;
  peripherals::FingerprintQuality quality;
  int retries = 0;
};

struct TenPrintResult {
  std::vector<TenPrintEntry> fingers;  // in the order of the sequence
};

class TenPrintSession {
 public:
  // The scanner must be open and must outlive the session.
  explicit TenPrintSession(peripherals::FingerprintScanner& scanner, TenPrintConfig config = {});

  void setListener(TenPrintListener listener) { m_listener = std::move(listener); }
  const TenPrintConfig& config() const { return m_config; }
  const std::vector<FingerRecord>& records() const { return m_records; }
  const FingerRecord* record(peripherals::FingerPosition finger) const;

  core::Status declareException(peripherals::FingerPosition finger, FingerException exception);
  core::Status skip(peripherals::FingerPosition finger);  // Pending or Failed → Skipped
  core::Status redo(peripherals::FingerPosition finger);  // any → Pending, result dropped

  // The first Pending finger in the sequence.
  std::optional<peripherals::FingerPosition> next() const;
  // Scans every Pending finger in order. Stops at the first scanner error that is not about
  // the finger (its status says what became of each finger) and returns it.
  core::Status run();
  // Scans one finger now, whatever its status (except Exception); returns its new status.
  core::Result<FingerStatus> captureFinger(peripherals::FingerPosition finger);
  // Ends the running scan and run() with "fingerprint.cancelled". Safe from any thread.
  void cancel();

  bool complete() const;  // every finger Captured or Exception
  core::Result<TenPrintResult> result() const;

 private:
  FingerRecord* find(peripherals::FingerPosition finger);
  core::Status scanRecord(FingerRecord& record);
  void settleError(FingerRecord& record, const core::Error& error);
  peripherals::ScanOptions scanOptions(peripherals::FingerPosition finger) const;
  void notify(TenPrintEvent::Kind kind, const FingerRecord& record) const;

  peripherals::FingerprintScanner& m_scanner;
  TenPrintConfig m_config;
  std::vector<FingerRecord> m_records;
  TenPrintListener m_listener;
  std::atomic<bool> m_cancelled{false};
};

}  // namespace mws::fingerprint
