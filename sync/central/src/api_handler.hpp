#pragma once
// Private to mws::central: the Poco side of the server. Reads a request, finds its
// endpoint, and writes the reply; every Poco exception stops here.

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include "routes.hpp"

namespace mws::sync::central::detail {

class ApiHandler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit ApiHandler(const Services& services) : m_services(services) {}
  void handleRequest(Poco::Net::HTTPServerRequest& request,
                     Poco::Net::HTTPServerResponse& response) override;

 private:
  const Services& m_services;
};

class ApiHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit ApiHandlerFactory(const Services& services) : m_services(services) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(
      const Poco::Net::HTTPServerRequest& request) override;

 private:
  const Services& m_services;  // owned by the server, which outlives its handlers
};

}  // namespace mws::sync::central::detail
