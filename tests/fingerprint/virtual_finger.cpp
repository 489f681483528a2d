#include "virtual_finger.hpp"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

namespace mws::test {
namespace {

int connectTo(const std::filesystem::path& path) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(2);
  while (std::chrono::steady_clock::now() < until) {
    int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, path.c_str(), sizeof(address.sun_path) - 1);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0) {
      return fd;
    }
    ::close(fd);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return -1;
}

bool writeAll(int fd, const void* data, std::size_t size) {
  const auto* bytes = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t written = ::send(fd, bytes, size, MSG_NOSIGNAL);
    if (written <= 0) {
      return false;
    }
    bytes += written;
    size -= std::size_t(written);
  }
  return true;
}

}  // namespace

VirtualFinger::VirtualFinger(const std::filesystem::path& socket)
    : m_fd(connectTo(socket)), m_thread([this] { run(); }) {}

VirtualFinger::~VirtualFinger() {
  {
    std::lock_guard lock(m_mutex);
    m_stop = true;
  }
  m_wake.notify_all();
  m_thread.join();
  if (m_fd >= 0) {
    ::close(m_fd);
  }
}

void VirtualFinger::queue(peripherals::Frame impression) {
  std::lock_guard lock(m_mutex);
  m_queue.emplace_back(std::move(impression));
  m_wake.notify_all();
}

void VirtualFinger::queueCommand(Command command) {
  std::lock_guard lock(m_mutex);
  m_queue.emplace_back(command);
  m_wake.notify_all();
}

peripherals::ProgressListener VirtualFinger::listener() {
  return [this](const peripherals::ScanProgress& progress) {
    std::lock_guard lock(m_mutex);
    m_prompts.push_back(progress);
    if (progress.prompt == peripherals::ScanPrompt::PlaceFinger) {
      ++m_placeRequests;
      m_wake.notify_all();
    }
  };
}

std::vector<peripherals::ScanProgress> VirtualFinger::prompts() const {
  std::lock_guard lock(m_mutex);
  return m_prompts;
}

int VirtualFinger::retriesOf(peripherals::RetryReason reason) const {
  std::lock_guard lock(m_mutex);
  int count = 0;
  for (const auto& p : m_prompts) {
    count += p.prompt == peripherals::ScanPrompt::Retry && p.reason == reason ? 1 : 0;
  }
  return count;
}

std::size_t VirtualFinger::pending() const {
  std::lock_guard lock(m_mutex);
  return m_queue.size();
}

void VirtualFinger::run() {
  std::unique_lock lock(m_mutex);
  for (;;) {
    m_wake.wait(lock, [this] { return m_stop || (m_placeRequests > 0 && !m_queue.empty()); });
    if (m_stop) {
      return;
    }
    --m_placeRequests;
    auto item = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    send(item);
    lock.lock();
  }
}

bool VirtualFinger::send(const std::variant<peripherals::Frame, Command>& item) {
  if (const auto* command = std::get_if<Command>(&item)) {
    const int header[2] = {command->kind, command->value};
    return writeAll(m_fd, header, sizeof(header));
  }
  const auto& frame = std::get<peripherals::Frame>(item);
  const int header[2] = {frame.width, frame.height};
  if (!writeAll(m_fd, header, sizeof(header))) {
    return false;
  }
  for (int y = 0; y < frame.height; ++y) {
    if (!writeAll(m_fd, frame.row(y), std::size_t(frame.width))) {
      return false;
    }
  }
  return true;
}

}  // namespace mws::test
