#include "mws/sync/central/central_server.hpp"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/ThreadPool.h>

#include <utility>

#include "api_handler.hpp"
#include "mws/core/version.hpp"
#include "mws/sync/protocol/protocol.hpp"

namespace mws::sync::central {

struct CentralServer::Impl {
  explicit Impl(ServerOptions opts)
      : options(std::move(opts)), threads(1, options.maxThreads > 0 ? options.maxThreads : 1) {}

  ServerOptions options;
  Poco::ThreadPool threads;  // declared before the server, which must go first
  std::unique_ptr<Poco::Net::HTTPServer> server;
  std::uint16_t port = 0;
};

namespace {

Poco::Net::HTTPServerParams::Ptr makeParams(const ServerOptions& options) {
  Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
  params->setMaxThreads(options.maxThreads > 0 ? options.maxThreads : 1);
  params->setMaxQueued(options.maxQueued);
  params->setTimeout(Poco::Timespan(options.ioTimeoutSeconds, 0));
  params->setKeepAliveTimeout(Poco::Timespan(options.ioTimeoutSeconds, 0));
  params->setServerName("mws-central");
  params->setSoftwareVersion("mws-central/" + std::string(core::version()));
  return params;
}

Poco::Net::ServerSocket bindSocket(const ServerOptions& options) {
  Poco::Net::ServerSocket socket;
  // SO_REUSEADDR for a quick restart, but not SO_REUSEPORT (which Poco's two-argument
  // bind also sets): a second server on the same port must fail, not share the port.
  socket.bind(Poco::Net::SocketAddress(options.host, options.port), true, false);
  socket.listen(options.maxQueued);
  return socket;
}

}  // namespace

CentralServer::CentralServer(ServerOptions options)
    : m_impl(std::make_unique<Impl>(std::move(options))) {}

CentralServer::~CentralServer() {
  stop();
}

core::Status CentralServer::start() {
  if (m_impl->server) return core::success();
  const ServerOptions& options = m_impl->options;
  try {
    Poco::Net::ServerSocket socket = bindSocket(options);
    m_impl->server = std::make_unique<Poco::Net::HTTPServer>(
        new detail::ApiHandlerFactory, m_impl->threads, socket, makeParams(options));
    m_impl->server->start();
    m_impl->port = socket.address().port();
  } catch (const Poco::Exception& e) {
    m_impl->server.reset();
    return core::makeError(std::string(codes::kBindFailed), "cannot serve on " + options.host +
                                                                ":" + std::to_string(options.port) +
                                                                ": " + e.displayText())
        .with("host", options.host)
        .with("port", std::to_string(options.port));
  }
  Poco::Logger::get("mws.central")
      .information("mws-central %s serving protocol %d on %s:%hu", std::string(core::version()),
                   protocol::kProtocolVersion, options.host, m_impl->port);
  return core::success();
}

void CentralServer::stop() {
  if (!m_impl->server) return;
  m_impl->server->stopAll(true);
  m_impl->server.reset();
  m_impl->threads.joinAll();
  Poco::Logger::get("mws.central")
      .information("stopped serving on %s:%hu", m_impl->options.host, m_impl->port);
  m_impl->port = 0;
}

bool CentralServer::running() const {
  return m_impl->server != nullptr;
}

const std::string& CentralServer::host() const {
  return m_impl->options.host;
}

std::uint16_t CentralServer::port() const {
  return m_impl->port;
}

}  // namespace mws::sync::central
