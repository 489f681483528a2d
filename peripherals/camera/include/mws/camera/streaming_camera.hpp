#pragma once
// A peripherals::Camera over any FrameSource: one worker thread reads frames and keeps only
// the latest one (a single slot, never a queue). Control calls (open, close, start, stop)
// come from one thread; latestFrame, waitForFrame, state and streamError from any.

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include "mws/camera/frame_source.hpp"
#include "mws/peripherals/camera.hpp"

namespace mws::camera {

class StreamingCamera : public peripherals::Camera {
public:
  explicit StreamingCamera(std::unique_ptr<FrameSource> source);
  ~StreamingCamera() override;
  StreamingCamera(const StreamingCamera&) = delete;
  StreamingCamera& operator=(const StreamingCamera&) = delete;

  core::Result<std::vector<peripherals::CameraDevice>> listDevices() override;
  core::Status open(const std::string& source, peripherals::FrameSize requested) override;
  void close() override;
  bool isOpen() const override;
  peripherals::FrameSize frameSize() const override;

  core::Status start(peripherals::StreamListener listener = {}) override;
  void stop() override;

  peripherals::StreamState state() const override;
  std::optional<core::Error> streamError() const override;
  std::shared_ptr<const peripherals::Frame> latestFrame() const override;
  std::shared_ptr<const peripherals::Frame> waitForFrame(
      std::uint64_t afterSequence, std::chrono::milliseconds timeout) const override;

protected:
  FrameSource& source() { return *m_source; }

private:
  bool isRunning() const;
  void joinWorker();
  void run(const peripherals::StreamListener& listener);
  bool waitUntil(std::chrono::steady_clock::time_point deadline);
  void publish(peripherals::Frame frame, const peripherals::StreamListener& listener);
  void finish(peripherals::StreamState state, std::optional<core::Error> error,
              const peripherals::StreamListener& listener);

  std::unique_ptr<FrameSource> m_source;  // outlives the worker (joined in the destructor)
  mutable std::mutex m_mutex;
  mutable std::condition_variable m_changed;
  std::shared_ptr<const peripherals::Frame> m_latest;
  peripherals::StreamState m_state = peripherals::StreamState::Idle;
  std::optional<core::Error> m_error;
  bool m_stopRequested = false;
  std::thread m_worker;
};

}  // namespace mws::camera
