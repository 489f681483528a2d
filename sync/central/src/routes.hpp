#pragma once
// Private to mws::central: the table of endpoints and the shape of a request and a reply.
// Endpoints are functions of the request, so they know nothing of Poco or sockets.

#include <string>
#include <string_view>

namespace mws::sync::central::detail {

class CentralStore;

// What the endpoints share, owned by the server.
struct Services {
  CentralStore* store = nullptr;  // null: the centre has no database (hello only)
  bool mutualTls = false;         // clients must present a unit certificate
};

struct Request {
  std::string_view body;
  std::string clientUnit;  // the unit of the client certificate; empty without one
  const Services& services;
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
};

// nullptr when no endpoint serves `path`.
const Endpoint* findEndpoint(std::string_view path);

// A reply whose body is the protocol's error body.
Reply errorReply(int status, std::string_view code, std::string detail);

}  // namespace mws::sync::central::detail
