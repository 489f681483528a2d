#pragma once
// The photo and fingerprint steps as the new-case flow sees them: live frames with the
// face guidance and an auto-captured portrait, and a ten-print session with a status per
// finger. The application implements them over the camera and peripherals/face, and over
// the scanner and peripherals/fingerprint (workstation/app); nothing here names OpenCV or
// libfprint. Workers call `onUpdate` on their own thread: post to the GUI thread and return.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mws/core/result.hpp"
#include "mws/peripherals/frame.hpp"

namespace mws::presenter {

struct PreviewBox {
  int x = 0, y = 0, width = 0, height = 0;
};

// One analysed camera frame for the preview and its overlay.
struct PortraitPreview {
  std::shared_ptr<const peripherals::Frame> frame;
  std::optional<PreviewBox> face;   // the face found
  std::optional<PreviewBox> crop;   // the 35×45 portrait box
  std::vector<std::string> guidance;  // codes, most important first: "move_closer", "ready"
  int passingRun = 0;                 // frames in a row that passed every check
  int runNeeded = 0;                  // frames the auto-capture waits for
};

struct CapturedPortrait {
  std::string jpeg;
  int width = 0;
  int height = 0;
};

class PortraitCapture {
public:
  virtual ~PortraitCapture() = default;
  // Starts the camera and the analysis; "camera.*" codes when the camera cannot start.
  virtual core::Status start(std::function<void()> onUpdate) = 0;
  virtual void stop() = 0;
  virtual std::optional<PortraitPreview> preview() = 0;
  // The portrait the auto-capture took, once it has.
  virtual std::optional<CapturedPortrait> captured() = 0;
  // Forgets the capture and waits for a new one.
  virtual void retake() = 0;
};

// One finger on the status board.
struct FingerState {
  std::string finger;   // "right-thumb" … (peripherals::fingerName)
  std::string status;   // "pending", "skipped", "captured", "failed", "exception"
  std::string exception;  // "amputated", "bandaged", "unreadable" when status is exception
  double quality = 0;
  int retries = 0;
  bool current = false;  // being scanned now
};

struct CapturedFinger {
  std::string finger;
  std::string templateBytes;  // the scanner's serialised print, empty for an exception
  std::string imagePng;       // may be empty
  std::string exception;
  double quality = 0;  // the score the quality gate passed (0–100); 0 for an exception
};

class TenPrintCapture {
public:
  virtual ~TenPrintCapture() = default;
  // Runs the session on a worker: every pending finger in turn. "fingerprint.*" codes.
  virtual core::Status start(std::function<void()> onUpdate) = 0;
  virtual void cancel() = 0;
  virtual std::vector<FingerState> board() = 0;
  // What the person at the scanner should do now: "place_finger", "remove_finger", "retry";
  // empty when idle. The last error of the session, if any ("fingerprint.timeout").
  virtual std::string prompt() = 0;
  virtual std::string lastError() = 0;
  virtual core::Status declareException(const std::string& finger, const std::string& exception) = 0;
  virtual bool complete() = 0;
  virtual core::Result<std::vector<CapturedFinger>> result() = 0;
  // Starts over with every finger pending.
  virtual void reset() = 0;
};

}  // namespace mws::presenter
