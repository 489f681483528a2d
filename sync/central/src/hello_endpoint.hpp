#pragma once

#include <string_view>

#include "routes.hpp"

namespace mws::sync::central::detail {

// POST /v1/hello: 200 with a HelloReply (not accepted when the workstation speaks another
// protocol version), 400 with protocol.malformed when the request cannot be read.
Reply answerHello(const Request& request);

}  // namespace mws::sync::central::detail
