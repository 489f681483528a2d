#pragma once
// Private to mws::sync_client: one HTTP(S) exchange with the centre. Every Poco exception
// stops here and becomes sync.unreachable or sync.tls_failed.

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>

#include <memory>
#include <string>
#include <string_view>

#include "central_endpoint.hpp"
#include "mws/core/result.hpp"
#include "mws/sync/client/central_client.hpp"

namespace mws::sync::client::detail {

struct HttpResponse {
  int status = 0;
  std::string reason;
  std::string body;
};

class Transport {
 public:
  Transport(CentralEndpoint endpoint, ClientOptions options);

  const CentralEndpoint& endpoint() const { return m_endpoint; }

  // POSTs a JSON body to basePath + path; any HTTP status is a response, not an error.
  core::Result<HttpResponse> post(std::string_view path, const std::string& body);
  // Any method; `target` is the path and query. GET sends no body.
  core::Result<HttpResponse> send(std::string_view method, std::string_view target,
                                  const std::string& body, std::string_view contentType);

 private:
  core::Result<HttpResponse> exchange(std::string_view method, std::string_view target,
                                      const std::string& body, std::string_view contentType);
  core::Result<std::unique_ptr<Poco::Net::HTTPClientSession>> openSession();
  core::Status prepareTls();
  core::Error failure(std::string_view code, const std::string& reason) const;

  CentralEndpoint m_endpoint;
  ClientOptions m_options;
  Poco::Net::Context::Ptr m_tls;  // created on the first https exchange
  // The connection kept open between requests (keep-alive), so that a drain's hello,
  // blob chunks and batches share one TCP connection and one TLS handshake; dropped after
  // any failure or when the centre closes it.
  std::unique_ptr<Poco::Net::HTTPClientSession> m_session;
};

}  // namespace mws::sync::client::detail
