#include "mws/camera/streaming_camera.hpp"

#include <utility>

namespace mws::camera {

using peripherals::Frame;
using peripherals::StreamEvent;
using peripherals::StreamListener;
using peripherals::StreamState;

StreamingCamera::StreamingCamera(std::unique_ptr<FrameSource> source)
    : m_source(std::move(source)) {}

StreamingCamera::~StreamingCamera() { stop(); }

core::Result<std::vector<peripherals::CameraDevice>> StreamingCamera::listDevices() {
  return m_source->listDevices();
}

core::Status StreamingCamera::open(const std::string& source, peripherals::FrameSize requested) {
  if (isRunning()) {
    return core::makeError("camera.busy", "stop the stream before opening another source")
        .with("source", source);
  }
  joinWorker();
  return m_source->open(source, requested);
}

void StreamingCamera::close() {
  stop();
  m_source->close();
}

bool StreamingCamera::isOpen() const { return m_source->isOpen(); }

peripherals::FrameSize StreamingCamera::frameSize() const { return m_source->frameSize(); }

core::Status StreamingCamera::start(StreamListener listener) {
  if (isRunning()) {
    return core::makeError("camera.busy", "the stream is already running");
  }
  joinWorker();
  if (!m_source->isOpen()) {
    return core::makeError("camera.not_open", "open a source before starting the stream");
  }
  {
    std::lock_guard lock(m_mutex);
    m_state = StreamState::Running;
    m_error.reset();
    m_latest.reset();
    m_stopRequested = false;
  }
  m_worker = std::thread([this, listener = std::move(listener)] { run(listener); });
  return core::success();
}

void StreamingCamera::stop() {
  {
    std::lock_guard lock(m_mutex);
    m_stopRequested = true;
  }
  m_changed.notify_all();
  joinWorker();
}

StreamState StreamingCamera::state() const {
  std::lock_guard lock(m_mutex);
  return m_state;
}

std::optional<core::Error> StreamingCamera::streamError() const {
  std::lock_guard lock(m_mutex);
  return m_error;
}

std::shared_ptr<const Frame> StreamingCamera::latestFrame() const {
  std::lock_guard lock(m_mutex);
  return m_latest;
}

std::shared_ptr<const Frame> StreamingCamera::waitForFrame(std::uint64_t afterSequence,
                                                           std::chrono::milliseconds timeout) const {
  std::unique_lock lock(m_mutex);
  auto fresh = [&] { return m_latest && m_latest->sequence > afterSequence; };
  m_changed.wait_for(lock, timeout, [&] { return fresh() || m_state != StreamState::Running; });
  return fresh() ? m_latest : nullptr;
}

bool StreamingCamera::isRunning() const { return state() == StreamState::Running; }

void StreamingCamera::joinWorker() {
  if (m_worker.joinable()) {
    m_worker.join();
  }
}

void StreamingCamera::run(const StreamListener& listener) {
  const auto interval = m_source->frameInterval();
  auto deadline = std::chrono::steady_clock::now();
  std::uint64_t sequence = 0;
  while (waitUntil(deadline)) {
    auto next = m_source->read();
    if (!next.ok()) {
      finish(StreamState::Failed, next.error(), listener);
      return;
    }
    if (!next.value()) {
      finish(StreamState::Finished, std::nullopt, listener);
      return;
    }
    next.value()->sequence = ++sequence;
    publish(std::move(*next.value()), listener);
    // Pace at the source's rate; after a slow read, start afresh rather than catch up.
    const auto now = std::chrono::steady_clock::now();
    deadline = (deadline + interval < now) ? now : deadline + interval;
  }
  finish(StreamState::Idle, std::nullopt, listener);
}

// Sleeps until the deadline; false as soon as stop() was asked for.
bool StreamingCamera::waitUntil(std::chrono::steady_clock::time_point deadline) {
  std::unique_lock lock(m_mutex);
  return !m_changed.wait_until(lock, deadline, [this] { return m_stopRequested; });
}

void StreamingCamera::publish(Frame frame, const StreamListener& listener) {
  auto shared = std::make_shared<const Frame>(std::move(frame));
  {
    std::lock_guard lock(m_mutex);
    m_latest = std::move(shared);
  }
  m_changed.notify_all();
  if (listener) {
    listener(StreamEvent::FrameReady);
  }
}

void StreamingCamera::finish(StreamState state, std::optional<core::Error> error,
                             const StreamListener& listener) {
  {
    std::lock_guard lock(m_mutex);
    m_state = state;
    m_error = std::move(error);
  }
  m_changed.notify_all();
  if (listener && state != StreamState::Idle) {
    listener(state == StreamState::Failed ? StreamEvent::Failed : StreamEvent::Finished);
  }
}

}  // namespace mws::camera
