#include "transport.hpp"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <array>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

#include "mws/core/version.hpp"
#include "mws/sync/protocol/protocol.hpp"

namespace mws::sync::client::detail {

namespace {

using Poco::Net::Context;

// Poco's SSL layer is set up once per process. Installing a rejecting certificate handler
// makes a bad server certificate fail the handshake, instead of Poco looking for a
// Poco::Util::Application configuration that a workstation does not have.
void initializeTlsOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    Poco::Net::initializeSSL();
    Context::Params params;
    params.loadDefaultCAs = true;
    Context::Ptr fallback = new Context(Context::TLS_CLIENT_USE, params);
    Poco::Net::SSLManager::instance().initializeClient(
        Poco::Net::SSLManager::PrivateKeyPassphraseHandlerPtr(),
        Poco::Net::SSLManager::InvalidCertificateHandlerPtr(
            new Poco::Net::RejectCertificateHandler(false)),
        fallback);
  });
}

Context::Ptr makeTlsContext(const ClientOptions& options) {
  Context::Params params;
  params.verificationMode = Context::VERIFY_STRICT;
  params.caLocation = options.caFile;
  params.loadDefaultCAs = options.caFile.empty();
  params.certificateFile = options.certificateFile;
  params.privateKeyFile = options.privateKeyFile;
  Context::Ptr context = new Context(Context::TLS_CLIENT_USE, params);
  context->requireMinimumProtocol(Context::PROTO_TLSV1_2);
  return context;
}

// A connection idle this long is not reused: the centre drops idle connections after its
// I/O timeout (15 s by default, 5 s in the tests), and a request on a connection it just
// dropped would fail.
const Poco::Timespan kKeepIdle(3, 0);

Poco::Timespan toTimespan(std::chrono::milliseconds duration) {
  return Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(duration.count()) * 1000);
}

// An HTTPS session that connects and completes the TLS handshake as two steps, before the
// request is sent, so that a failed handshake (a centre that does not speak TLS, an
// untrusted certificate) is told apart from an unreachable centre.
class HandshakingSession : public Poco::Net::HTTPSClientSession {
 public:
  using HTTPSClientSession::HTTPSClientSession;

  void connectOnly() {
    Poco::Net::SecureStreamSocket(socket()).setLazyHandshake(true);
    connect(Poco::Net::SocketAddress(getHost(), getPort()));
  }

  void handshake() { Poco::Net::SecureStreamSocket(socket()).completeHandshake(); }
};

// The reply body, or nothing when it was cut short or is larger than the protocol allows.
std::optional<std::string> readBody(std::istream& in) {
  std::string body;
  std::array<char, 8192> buffer{};
  while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
    body.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
    if (body.size() > protocol::kMaxBodyBytes) return std::nullopt;
  }
  if (in.bad()) return std::nullopt;
  return body;
}

}  // namespace

Transport::Transport(CentralEndpoint endpoint, ClientOptions options)
    : m_endpoint(std::move(endpoint)), m_options(std::move(options)) {}

core::Error Transport::failure(std::string_view code, const std::string& reason) const {
  return core::makeError(std::string(code), m_endpoint.server() + ": " + reason)
      .with("server", m_endpoint.server());
}

core::Status Transport::prepareTls() {
  if (!m_tls.isNull()) return core::success();
  try {
    initializeTlsOnce();
    m_tls = makeTlsContext(m_options);
  } catch (const Poco::Exception& e) {
    return failure(codes::kTlsFailed, "cannot set up TLS: " + e.displayText());
  }
  return core::success();
}

core::Result<HttpResponse> Transport::post(std::string_view path, const std::string& body) {
  return send(Poco::Net::HTTPRequest::HTTP_POST, path, body, "application/json");
}

core::Result<HttpResponse> Transport::send(std::string_view method, std::string_view target,
                                           const std::string& body, std::string_view contentType) {
  if (m_endpoint.https) {
    if (const auto ready = prepareTls(); !ready) return ready.error();
  }
  try {
    auto response = exchange(method, target, body, contentType);
    if (!response) m_session.reset();
    return response;
  } catch (const Poco::Net::SSLException& e) {
    m_session.reset();
    return failure(codes::kTlsFailed, e.displayText());
  } catch (const Poco::TimeoutException&) {
    m_session.reset();
    return failure(codes::kUnreachable, "no answer in time (connect timeout " +
                                            std::to_string(m_options.connectTimeout.count()) +
                                            " ms, I/O timeout " +
                                            std::to_string(m_options.ioTimeout.count()) + " ms)");
  } catch (const Poco::Exception& e) {
    m_session.reset();
    return failure(codes::kUnreachable, e.displayText());
  }
}

core::Result<std::unique_ptr<Poco::Net::HTTPClientSession>> Transport::openSession() {
  const Poco::Timespan connectTimeout = toTimespan(m_options.connectTimeout);
  const Poco::Timespan ioTimeout = toTimespan(m_options.ioTimeout);
  if (!m_endpoint.https) {
    auto session = std::make_unique<Poco::Net::HTTPClientSession>(m_endpoint.host, m_endpoint.port);
    session->setTimeout(connectTimeout, ioTimeout, ioTimeout);
    session->setKeepAlive(true);
    session->setKeepAliveTimeout(kKeepIdle);
    return std::unique_ptr<Poco::Net::HTTPClientSession>(std::move(session));
  }
  auto session = std::make_unique<HandshakingSession>(m_endpoint.host, m_endpoint.port, m_tls);
  session->setTimeout(connectTimeout, ioTimeout, ioTimeout);
  session->setKeepAlive(true);  // else sendRequest would drop this connection and redo it
  session->setKeepAliveTimeout(kKeepIdle);
  session->connectOnly();       // failures here are the network's: post() reports them
  try {
    session->handshake();
  } catch (const Poco::Exception& e) {
    return failure(codes::kTlsFailed, "TLS handshake failed: " + e.displayText());
  }
  return std::unique_ptr<Poco::Net::HTTPClientSession>(std::move(session));
}

core::Result<HttpResponse> Transport::exchange(std::string_view method, std::string_view target,
                                               const std::string& body,
                                               std::string_view contentType) {
  if (!m_session) {
    auto session = openSession();
    if (!session) return session.error();
    m_session = std::move(*session);
  }
  Poco::Net::HTTPClientSession* session = m_session.get();
  Poco::Net::HTTPRequest request(std::string(method), m_endpoint.basePath + std::string(target),
                                 Poco::Net::HTTPMessage::HTTP_1_1);
  request.setKeepAlive(true);
  if (method != Poco::Net::HTTPRequest::HTTP_GET) {
    request.setContentType(std::string(contentType));
    request.setContentLength64(static_cast<Poco::Int64>(body.size()));
  }
  request.set("User-Agent", "mws-sync/" + std::string(core::version()));
  if (!(session->sendRequest(request) << body << std::flush)) {
    return failure(codes::kUnreachable, "the request could not be sent");
  }
  Poco::Net::HTTPResponse response;
  auto text = readBody(session->receiveResponse(response));
  if (!text) return failure(codes::kUnreachable, "the reply was cut short or too large");
  if (!response.getKeepAlive()) m_session.reset();  // the centre closes this connection
  return HttpResponse{static_cast<int>(response.getStatus()), response.getReason(),
                      std::move(*text)};
}

}  // namespace mws::sync::client::detail
