#pragma once
// Waiting for a camera stream to leave the Running state, without sleeping blindly.

#include <chrono>
#include <thread>

#include "mws/peripherals/camera.hpp"

namespace mws::test {

// True when the stream stopped running within `timeout`.
inline bool waitWhileRunning(const peripherals::Camera& camera,
                             std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (camera.state() == peripherals::StreamState::Running) {
    if (std::chrono::steady_clock::now() > deadline) {
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return true;
}

}  // namespace mws::test
