#pragma once
// A camera the officer points at the applicant (DESIGN §4). Frames are captured on a
// worker thread; the consumer always reads the most recent frame and never a backlog, so a
// slow consumer skips frames instead of piling them up.

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mws/core/result.hpp"
#include "mws/peripherals/frame.hpp"

namespace mws::peripherals {

struct CameraDevice {
  std::string source;  // what Camera::open accepts, e.g. "v4l2:0" or "synthetic"
  std::string name;    // what the device calls itself, for the settings screen
};

enum class StreamState {
  Idle,      // not streaming (never started, or stopped)
  Running,   // the worker is capturing
  Finished,  // the source ended normally (end of a video file)
  Failed,    // the source failed, e.g. the camera was unplugged; see streamError()
};

enum class StreamEvent { FrameReady, Finished, Failed };

// Called on the worker thread; it must be quick (post to the GUI thread, then return) and
// must not call the camera's control methods (open, close, start, stop).
using StreamListener = std::function<void(StreamEvent)>;

// Error codes: "camera.unsupported_source", "camera.not_found", "camera.open_failed",
// "camera.not_open", "camera.busy", "camera.disconnected", "camera.unsupported_format";
// params carry "source" where one is known.
class Camera {
public:
  virtual ~Camera() = default;

  // Devices this implementation can open now.
  virtual core::Result<std::vector<CameraDevice>> listDevices() = 0;

  // Opens a source. `requested` is a wish (zero means the default); frameSize() tells what
  // the source really delivers. Refused with "camera.busy" while streaming.
  virtual core::Status open(const std::string& source, FrameSize requested) = 0;
  // Stops streaming and releases the device.
  virtual void close() = 0;
  virtual bool isOpen() const = 0;
  virtual FrameSize frameSize() const = 0;

  // Starts capturing on a worker thread; `listener` (optional) hears about each frame and
  // the end of the stream.
  virtual core::Status start(StreamListener listener = {}) = 0;
  // Stops capturing and waits for the worker; the last frame stays readable.
  virtual void stop() = 0;

  virtual StreamState state() const = 0;
  // Why the stream failed (state() == Failed), e.g. "camera.disconnected".
  virtual std::optional<core::Error> streamError() const = 0;

  // The most recent frame of the current or last stream, or null before the first one.
  virtual std::shared_ptr<const Frame> latestFrame() const = 0;
  // Waits until a frame newer than `afterSequence` arrives and returns the latest one;
  // null on timeout or when the stream ends first.
  virtual std::shared_ptr<const Frame> waitForFrame(std::uint64_t afterSequence,
                                                    std::chrono::milliseconds timeout) const = 0;
};

}  // namespace mws::peripherals
