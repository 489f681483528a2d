#include "mws/sync/central/central_server.hpp"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/ThreadPool.h>

#include <mutex>
#include <utility>

#include "api_handler.hpp"
#include "central_store.hpp"
#include "mws/core/version.hpp"
#include "mws/sync/protocol/protocol.hpp"

namespace mws::sync::central {

struct CentralServer::Impl {
  explicit Impl(ServerOptions opts)
      : options(std::move(opts)), threads(1, options.maxThreads > 0 ? options.maxThreads : 1) {}

  ServerOptions options;
  std::unique_ptr<detail::CentralStore> store;
  detail::Services services;
  Poco::ThreadPool threads;  // declared before the server, which must go first
  std::unique_ptr<Poco::Net::HTTPServer> server;
  std::uint16_t port = 0;
};

namespace {

using Poco::Net::Context;

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

bool wantsTls(const TlsFiles& tls) {
  return !tls.certificateFile.empty() || !tls.privateKeyFile.empty() || !tls.caFile.empty();
}

// A bad client certificate fails the handshake instead of Poco looking for a
// Poco::Util::Application configuration.
void initializeServerTlsOnce(const Context::Ptr& context) {
  static std::once_flag once;
  std::call_once(once, [&context] {
    Poco::Net::initializeSSL();
    Poco::Net::SSLManager::instance().initializeServer(
        Poco::Net::SSLManager::PrivateKeyPassphraseHandlerPtr(),
        Poco::Net::SSLManager::InvalidCertificateHandlerPtr(
            new Poco::Net::RejectCertificateHandler(true)),
        context);
  });
}

Context::Ptr makeTlsContext(const TlsFiles& tls) {
  Context::Params params;
  params.certificateFile = tls.certificateFile;
  params.privateKeyFile = tls.privateKeyFile;
  params.caLocation = tls.caFile;
  params.loadDefaultCAs = false;
  params.verificationMode = Context::VERIFY_STRICT;  // a client certificate is required
  Context::Ptr context = new Context(Context::TLS_SERVER_USE, params);
  context->requireMinimumProtocol(Context::PROTO_TLSV1_2);
  context->enableSessionCache(true, "mws-central");
  // OpenSSL verifies the client's chain; Poco's extended check would also demand that a
  // client certificate name the client's address, which a unit certificate does not.
  context->enableExtendedCertificateVerification(false);
  initializeServerTlsOnce(context);
  return context;
}

Poco::Net::ServerSocket bindSocket(const ServerOptions& options) {
  // SO_REUSEADDR for a quick restart, but not SO_REUSEPORT (which Poco's two-argument
  // bind also sets): a second server on the same port must fail, not share the port.
  const Poco::Net::SocketAddress address(options.host, options.port);
  if (wantsTls(options.tls)) {
    Poco::Net::SecureServerSocket socket(makeTlsContext(options.tls));
    socket.bind(address, true, false);
    socket.listen(options.maxQueued);
    return socket;
  }
  Poco::Net::ServerSocket socket;
  socket.bind(address, true, false);
  socket.listen(options.maxQueued);
  return socket;
}

core::Error bindFailed(const ServerOptions& options, const std::string& why) {
  return core::makeError(std::string(codes::kBindFailed),
                         "cannot serve on " + options.host + ":" + std::to_string(options.port) +
                             ": " + why)
      .with("host", options.host)
      .with("port", std::to_string(options.port));
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
  if (!options.dsn.empty() && !m_impl->store) {
    auto store = detail::CentralStore::open(options.dsn, options.maxThreads);
    if (!store) return store.error();
    m_impl->store = std::move(*store);
  }
  const bool tls = wantsTls(options.tls);
  m_impl->services = detail::Services{m_impl->store.get(), tls, m_impl->options.maxBlobBytes,
                                      m_impl->options.maxClockSkew,
                                      m_impl->store ? m_impl->store->sealKey().publicHex() : ""};
  try {
    Poco::Net::ServerSocket socket = bindSocket(options);
    m_impl->server = std::make_unique<Poco::Net::HTTPServer>(
        new detail::ApiHandlerFactory(m_impl->services), m_impl->threads, socket,
        makeParams(options));
    m_impl->server->start();
    m_impl->port = socket.address().port();
  } catch (const Poco::Net::SSLException& e) {
    m_impl->server.reset();
    return core::makeError(std::string(codes::kTlsFailed), "cannot set up TLS: " + e.displayText());
  } catch (const Poco::Exception& e) {
    m_impl->server.reset();
    return bindFailed(options, e.displayText());
  }
  Poco::Logger::get("mws.central")
      .information("mws-central %s serving protocol %d on %s:%hu over %s",
                   std::string(core::version()), protocol::kProtocolVersion, options.host,
                   m_impl->port, std::string(tls ? "https (client certificates)" : "http"));
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
