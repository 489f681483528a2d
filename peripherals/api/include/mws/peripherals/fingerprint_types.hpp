#pragma once
// Plain types for fingerprint capture (DESIGN §4): finger positions, prompts, templates and
// results. No driver types: libfprint's prints travel as the bytes it serialised them to.

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mws/peripherals/frame.hpp"

namespace mws::peripherals {

// Finger positions with their ISO/IEC 19794-2 codes (1 = right thumb … 10 = left little).
enum class FingerPosition {
  RightThumb = 1,
  RightIndex,
  RightMiddle,
  RightRing,
  RightLittle,
  LeftThumb,
  LeftIndex,
  LeftMiddle,
  LeftRing,
  LeftLittle,
};

inline constexpr std::array<FingerPosition, 10> kAllFingers = {
    FingerPosition::RightThumb, FingerPosition::RightIndex, FingerPosition::RightMiddle,
    FingerPosition::RightRing,  FingerPosition::RightLittle, FingerPosition::LeftThumb,
    FingerPosition::LeftIndex,  FingerPosition::LeftMiddle, FingerPosition::LeftRing,
    FingerPosition::LeftLittle};

inline constexpr std::array<std::string_view, 10> kFingerNames = {
    "right-thumb", "right-index", "right-middle", "right-ring", "right-little",
    "left-thumb",  "left-index",  "left-middle",  "left-ring",  "left-little"};

inline int isoCode(FingerPosition finger) { return static_cast<int>(finger); }

// "right-index" and so on: the names the command line and the stored results use.
inline std::string_view fingerName(FingerPosition finger) {
  return kFingerNames[static_cast<std::size_t>(isoCode(finger) - 1)];
}

inline std::optional<FingerPosition> parseFinger(std::string_view name) {
  for (std::size_t i = 0; i < kFingerNames.size(); ++i) {
    if (kFingerNames[i] == name) {
      return kAllFingers[i];
    }
  }
  return std::nullopt;
}

// What the person at the scanner should do now.
enum class ScanPrompt { PlaceFinger, RemoveFinger, Retry };

// Why a scan has to be repeated.
enum class RetryReason { General, TooShort, CentreFinger, RemoveFinger, LowQuality };

inline std::string_view retryReasonName(RetryReason reason) {
  switch (reason) {
    case RetryReason::TooShort: return "too_short";
    case RetryReason::CentreFinger: return "centre_finger";
    case RetryReason::RemoveFinger: return "remove_finger";
    case RetryReason::LowQuality: return "low_quality";
    default: return "general";
  }
}

struct ScanProgress {
  ScanPrompt prompt = ScanPrompt::PlaceFinger;
  RetryReason reason = RetryReason::General;  // meaningful when prompt == Retry
  int stage = 0;                              // enrolment stages completed so far
  int stages = 0;                             // stages the enrolment needs (0 outside enrolment)
};

// Called on the scanner's own thread; it must be quick (post to the GUI thread and return)
// and must not call the scanner back.
using ProgressListener = std::function<void(const ScanProgress&)>;

// Quality of one impression, 0–100 overall; the parts are kept for the officer's screen.
struct FingerprintQuality {
  double score = 0;      // 0–100, compared with ScanOptions::minQuality
  int minutiae = -1;     // minutiae the driver detected; -1 when it does not say
  double coherence = 0;  // ridge orientation coherence over the finger, 0–1
  double contrast = 0;   // ridge/valley contrast, 0–1
  double area = 0;       // share of the image the finger covers, 0–1
};

struct ScanOptions {
  ProgressListener progress;                      // optional
  std::chrono::milliseconds timeout{30000};       // for the whole operation
  int maxRetries = 3;                             // scans repeated after a retry, per operation
  double minQuality = 40;                         // impressions scoring less are retried
};

// A print as the driver serialised it (libfprint: fp_print_serialize). Stored encrypted by
// the caller; this layer only hands the bytes out.
struct FingerprintTemplate {
  FingerPosition finger = FingerPosition::RightIndex;
  std::string driver;               // who can read `data`, e.g. "virtual_image" or "simulated"
  std::vector<std::uint8_t> data;
};

// One impression: the image where the device gives one (empty otherwise), its quality and a
// single-impression template.
struct FingerCapture {
  FingerPosition finger = FingerPosition::RightIndex;
  Frame image;
  FingerprintQuality quality;
  FingerprintTemplate print;
  int retries = 0;  // scans repeated before this one was accepted
};

struct Enrolment {
  FingerprintTemplate print;
  Frame image;       // the last stage's image, empty when the device gives none
  int stages = 0;
  int retries = 0;
};

struct VerifyResult {
  bool match = false;
  FingerprintQuality quality;  // of the probe impression
  int retries = 0;
};

struct IdentifyResult {
  std::optional<std::size_t> matchIndex;  // index into the gallery, empty when none matched
  FingerprintQuality quality;
  int retries = 0;
};

}  // namespace mws::peripherals
