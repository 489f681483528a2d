#pragma once
// Private to mws::central: the table of endpoints and the shape of a request and a reply.
// Endpoints are functions of the request, so they know nothing of Poco or sockets.

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "mws/core/result.hpp"

namespace mws::sync::central::detail {

class CentralStore;

// What the endpoints share, owned by the server.
struct Services {
  CentralStore* store = nullptr;  // null: the centre has no database (hello only)
  bool mutualTls = false;         // clients must present a unit certificate
  std::int64_t maxBlobBytes = 0;  // largest blob the centre takes
  std::chrono::milliseconds maxClockSkew{0};  // hello, push and report refuse beyond it
  std::string sealPublicKey;  // hex; published in the hello (empty without a database)
};

struct Request {
  std::string_view body;
  std::string clientUnit;  // the unit of the client certificate; empty without one
  const Services& services;
  std::string_view path = {};                   // e.g. /v1/blobs/<sha256>
  std::string_view method = {};                 // GET, PUT, POST
  std::map<std::string, std::string> query = {};  // the query string's parameters
};

struct Reply {
  int status = 200;
  std::string body;   // JSON
  std::string allow;  // the Allow header of a 405
};

struct Endpoint {
  std::string_view path;
  std::string_view method;
  Reply (*handle)(const Request& request);
  bool prefix = false;  // serves every path that starts with `path`
};

// The endpoint serving `method` at `path`; without one, `allow` names the methods served
// at that path (a 405), or is empty when nothing is served there (a 404).
struct Route {
  const Endpoint* endpoint = nullptr;
  std::string allow;
};
Route findRoute(std::string_view path, std::string_view method);

// Under mutual TLS a unit sends only for itself: "push.no_certificate" without a client
// certificate, "push.wrong_unit" (param unit) when the certificate's unit is not `unit`.
// `action` words the refusal ("push", "report"). Success without mutual TLS.
core::Status checkClientUnit(const Request& http, const std::string& unit,
                             std::string_view action);

// A reply whose body is the protocol's error body.
Reply errorReply(int status, std::string_view code, std::string detail);

}  // namespace mws::sync::central::detail
