#pragma once
// A TCP proxy on 127.0.0.1 that forwards to a target port and cuts the first connections
// at a chosen point: in the middle of the request, or just as the reply starts (after the
// centre has done its work). Every wait is bounded; the proxy stops with its destructor.

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <list>
#include <mutex>
#include <thread>

namespace mws::sync::test {

enum class CutAt { Request, Reply };

class FaultProxy {
 public:
  // Cuts the first `cuts` connections once `afterBytes` of the client's bytes went through:
  // at once (CutAt::Request), or when the target then starts to answer (CutAt::Reply).
  // The first `passFirst` connections are never cut (e.g. the chunks that should arrive).
  FaultProxy(std::uint16_t targetPort, CutAt at, std::size_t afterBytes, int cuts,
             int passFirst = 0)
      : m_server(Poco::Net::SocketAddress("127.0.0.1", 0)), m_target(targetPort), m_at(at),
        m_afterBytes(afterBytes), m_cutsLeft(cuts), m_passLeft(passFirst) {
    m_acceptor = std::thread([this] { acceptLoop(); });
  }
  ~FaultProxy() {
    m_stopping = true;
    m_acceptor.join();
    std::lock_guard lock(m_mutex);
    for (auto& t : m_connections) t.join();
  }

  std::uint16_t port() const { return m_server.address().port(); }
  int cutsMade() const { return m_cutsMade; }

 private:
  void acceptLoop() {
    const Poco::Timespan tick(0, 50000);
    while (!m_stopping) {
      if (!m_server.poll(tick, Poco::Net::Socket::SELECT_READ)) continue;
      Poco::Net::StreamSocket client = m_server.acceptConnection();
      const bool cut = m_passLeft.fetch_sub(1) <= 0 && m_cutsLeft.fetch_sub(1) > 0;
      std::lock_guard lock(m_mutex);
      m_connections.emplace_back([this, client, cut]() mutable { relay(client, cut); });
    }
  }

  // Forwards both ways until either side closes, the cut point, or 10 s of silence.
  void relay(Poco::Net::StreamSocket client, bool cut) {
    try {
      Poco::Net::StreamSocket target(Poco::Net::SocketAddress("127.0.0.1", m_target));
      std::size_t fromClient = 0;
      std::array<char, 4096> buffer{};
      auto idleSince = std::chrono::steady_clock::now();
      while (!m_stopping && std::chrono::steady_clock::now() - idleSince < std::chrono::seconds(10)) {
        if (client.poll(Poco::Timespan(0, 10000), Poco::Net::Socket::SELECT_READ)) {
          const int n = client.receiveBytes(buffer.data(), static_cast<int>(buffer.size()));
          if (n <= 0) break;
          fromClient += static_cast<std::size_t>(n);
          if (cut && m_at == CutAt::Request && fromClient >= m_afterBytes) {
            target.sendBytes(buffer.data(), n / 2);
            ++m_cutsMade;
            break;
          }
          target.sendBytes(buffer.data(), n);
          idleSince = std::chrono::steady_clock::now();
        }
        if (target.poll(Poco::Timespan(0, 10000), Poco::Net::Socket::SELECT_READ)) {
          const int n = target.receiveBytes(buffer.data(), static_cast<int>(buffer.size()));
          if (n <= 0) break;
          if (cut && m_at == CutAt::Reply && fromClient >= m_afterBytes) {
            ++m_cutsMade;
            break;
          }
          client.sendBytes(buffer.data(), n);
          idleSince = std::chrono::steady_clock::now();
        }
      }
      target.close();
    } catch (const Poco::Exception&) {
      // a side went away: the connection ends, as a cut would
    }
    client.close();
  }

  Poco::Net::ServerSocket m_server;
  std::uint16_t m_target;
  CutAt m_at;
  std::size_t m_afterBytes;
  std::atomic<int> m_cutsLeft;
  std::atomic<int> m_passLeft;
  std::atomic<int> m_cutsMade{0};
  std::atomic<bool> m_stopping{false};
  std::thread m_acceptor;
  std::mutex m_mutex;
  std::list<std::thread> m_connections;
};

}  // namespace mws::sync::test
