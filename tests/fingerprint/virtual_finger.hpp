#pragma once
// Plays the person at libfprint's virtual_image scanner: answers each "place finger" prompt
// by sending the next queued impression over the driver's UNIX socket (FP_VIRTUAL_IMAGE).
// Protocol (libfprint drivers/virtual-image.c): two native ints, width and height, then
// width × height 8-bit gray pixels; negative widths are commands: (-1, r) retry reason r,
// (-2, e) device error e, (-3, on) automatic finger detection, (-4, on) finger on/off,
// (-5, 0) the device disappears (unplug).

#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <thread>
#include <variant>
#include <vector>

#include "mws/peripherals/fingerprint_types.hpp"

namespace mws::test {

class VirtualFinger {
public:
  struct Command {
    int kind;
    int value;
  };

  // Connects to the socket of an open virtual_image device (waits up to 2 s for it).
  explicit VirtualFinger(const std::filesystem::path& socket);
  ~VirtualFinger();
  VirtualFinger(const VirtualFinger&) = delete;
  VirtualFinger& operator=(const VirtualFinger&) = delete;

  bool connected() const { return m_fd >= 0; }
  void queue(peripherals::Frame impression);
  void queueUnplug() { queueCommand({-5, 0}); }
  void queueCommand(Command command);

  // Pass as ScanOptions::progress; records every prompt.
  peripherals::ProgressListener listener();
  std::vector<peripherals::ScanProgress> prompts() const;
  int retriesOf(peripherals::RetryReason reason) const;
  std::size_t pending() const;

private:
  void run();
  bool send(const std::variant<peripherals::Frame, Command>& item);

  int m_fd = -1;
  mutable std::mutex m_mutex;
  std::condition_variable m_wake;
  std::deque<std::variant<peripherals::Frame, Command>> m_queue;
  std::vector<peripherals::ScanProgress> m_prompts;
  int m_placeRequests = 0;
  bool m_stop = false;
  std::thread m_thread;
};

}  // namespace mws::test
