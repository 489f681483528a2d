#pragma once
// Private to mws::central: the table of endpoints and the shape of a reply. Endpoints are
// pure functions of the request body, so they know nothing of Poco or sockets.

#include <string>
#include <string_view>

namespace mws::sync::central::detail {

struct Reply {
  int status = 200;
  std::string body;   // JSON
  std::string allow;  // the Allow header of a 405
};

struct Endpoint {
  std::string_view path;
  std::string_view method;
  Reply (*handle)(std::string_view body);
};

// nullptr when no endpoint serves `path`.
const Endpoint* findEndpoint(std::string_view path);

// A reply whose body is the protocol's error body.
Reply errorReply(int status, std::string_view code, std::string detail);

}  // namespace mws::sync::central::detail
