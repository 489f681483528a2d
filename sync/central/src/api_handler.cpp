#include "api_handler.hpp"

#include <Poco/Exception.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/X509Certificate.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>

#include <array>
#include <exception>
#include <map>
#include <optional>
#include <string>

#include "mws/sync/protocol/protocol.hpp"
#include "mws/sync/central/cert_authority.hpp"
#include "routes.hpp"

namespace mws::sync::central::detail {

namespace {

namespace codes = protocol::codes;

Poco::Logger& logger() {
  return Poco::Logger::get("mws.central.http");
}

// Paths end up in details and logs: keep them short.
std::string clip(const std::string& text) {
  constexpr std::size_t kMax = 120;
  return text.size() <= kMax ? text : text.substr(0, kMax) + "...";
}

// The body, or nothing when it is larger than the protocol allows.
std::optional<std::string> readBody(Poco::Net::HTTPServerRequest& request) {
  const auto declared = request.getContentLength64();
  if (declared > static_cast<Poco::Int64>(protocol::kMaxBodyBytes)) return std::nullopt;
  std::string body;
  std::array<char, 8192> buffer{};
  std::istream& in = request.stream();
  while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
    body.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
    if (body.size() > protocol::kMaxBodyBytes) return std::nullopt;
  }
  return body;
}

// A body cut short (the connection dropped mid-request) must not pass for a whole one.
bool cutShort(const Poco::Net::HTTPServerRequest& request, const std::string& body) {
  const auto declared = request.getContentLength64();
  return declared >= 0 && static_cast<Poco::Int64>(body.size()) != declared;
}

// The unit named by the client's certificate: its common name, when its organisational
// unit says it is a unit certificate of our CA (the handshake has verified the chain).
std::string clientUnit(Poco::Net::HTTPServerRequest& request) {
  if (!request.secure()) return {};
  auto* impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&request);
  if (impl == nullptr) return {};
  Poco::Net::SecureStreamSocket socket(impl->socket());
  if (!socket.havePeerCertificate()) return {};
  const Poco::Net::X509Certificate certificate = socket.peerCertificate();
  if (certificate.subjectName(Poco::Net::X509Certificate::NID_ORGANIZATION_UNIT_NAME) !=
      kUnitCertificateOu) {
    return {};
  }
  return certificate.commonName();
}

std::map<std::string, std::string> queryOf(const Poco::URI& uri) {
  std::map<std::string, std::string> query;
  for (auto& [key, value] : uri.getQueryParameters()) query[key] = value;
  return query;
}

Reply dispatch(Poco::Net::HTTPServerRequest& request, const Services& services) {
  Poco::URI uri;
  try {
    uri = Poco::URI(request.getURI());
  } catch (const Poco::SyntaxException&) {
    return errorReply(400, codes::kMalformed, "the request target is not a valid URI");
  }
  const std::string path = uri.getPath();
  const Route route = findRoute(path, request.getMethod());
  if (route.endpoint == nullptr && route.allow.empty()) {
    return errorReply(404, codes::kNotFound, "no endpoint " + clip(path));
  }
  if (route.endpoint == nullptr) {
    Reply reply = errorReply(405, codes::kMethodNotAllowed, clip(path) + " takes " + route.allow);
    reply.allow = route.allow;
    return reply;
  }
  const auto body = readBody(request);
  if (!body) {
    return errorReply(
        413, codes::kTooLarge,
        "bodies are limited to " + std::to_string(protocol::kMaxBodyBytes) + " bytes");
  }
  if (cutShort(request, *body)) {
    return errorReply(400, codes::kMalformed, "the body is shorter than its Content-Length");
  }
  return route.endpoint->handle(
      Request{*body, clientUnit(request), services, path, request.getMethod(), queryOf(uri)});
}

void send(const Reply& reply, Poco::Net::HTTPServerResponse& response) {
  response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(reply.status));
  response.setContentType("application/json");
  if (!reply.allow.empty()) response.set("Allow", reply.allow);
  if (reply.status == 413) response.setKeepAlive(false);  // the rest of the body is unread
  response.sendBuffer(reply.body.data(), reply.body.size());
}

}  // namespace

void ApiHandler::handleRequest(Poco::Net::HTTPServerRequest& request,
                               Poco::Net::HTTPServerResponse& response) {
  Reply reply;
  try {
    reply = dispatch(request, m_services);
  } catch (const Poco::Exception& e) {
    // The exception's text may quote request or row contents (personal data): its kind only.
    logger().error("%s %s failed: %s", request.getMethod(), clip(request.getURI()),
                   std::string(e.className()));
    reply = errorReply(500, codes::kInternal, "the centre could not handle the request");
  } catch (const std::exception& e) {
    logger().error("%s %s failed: %s", request.getMethod(), clip(request.getURI()),
                   std::string("an unexpected exception"));
    reply = errorReply(500, codes::kInternal, "the centre could not handle the request");
  }
  logger().debug("%s %s -> %d", request.getMethod(), clip(request.getURI()), reply.status);
  send(reply, response);
}

Poco::Net::HTTPRequestHandler* ApiHandlerFactory::createRequestHandler(
    const Poco::Net::HTTPServerRequest& /*request*/) {
  return new ApiHandler(m_services);
}

}  // namespace mws::sync::central::detail
