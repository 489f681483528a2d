#pragma once

#include "routes.hpp"

namespace mws::sync::central::detail {

// POST /v1/report: 200 with a ReportReply; 400 protocol.malformed, 403 push.no_certificate
// or push.wrong_unit, 409 protocol.clock_skew or audit.history_rewritten (an alarm row is
// recorded), 503 push.unavailable.
Reply answerReport(const Request& request);

}  // namespace mws::sync::central::detail
