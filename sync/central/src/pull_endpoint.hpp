#pragma once

#include "routes.hpp"

namespace mws::sync::central::detail {

// GET /v1/pull?cursor=C&limit=N: 200 with a PullReply (the changes of the certificate's
// unit after C); 400 protocol.malformed, 403 push.no_certificate, 503 push.unavailable.
// Without mutual TLS the unit comes from the parameter `unit`. Reads only.
Reply answerPull(const Request& request);

}  // namespace mws::sync::central::detail
