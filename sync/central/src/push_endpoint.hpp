#pragma once

#include "routes.hpp"

namespace mws::sync::central::detail {

// POST /v1/push: 200 with a PushReply; 400 protocol.malformed, 403 push.no_certificate or
// push.wrong_unit, 409 push.gap or push.blobs_missing (param sha256), 503
// push.unavailable; nothing changes unless 200.
Reply answerPush(const Request& request);

}  // namespace mws::sync::central::detail
