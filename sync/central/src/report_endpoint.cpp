#include "report_endpoint.hpp"

#include <Poco/Logger.h>

#include <string>

#include "central_store.hpp"
#include "mws/sync/protocol/error_body.hpp"
#include "mws/sync/protocol/report.hpp"

namespace mws::sync::central::detail {

namespace {

namespace codes = protocol::codes;

Poco::Logger& logger() {
  return Poco::Logger::get("mws.central.report");
}

int statusFor(const std::string& code) {
  if (code == codes::kClockSkew || code == codes::kAuditRewritten ||
      code == codes::kAuditCheckNeeded) {
    return 409;
  }
  if (code == codes::kWrongUnit || code == codes::kNoCertificate) return 403;
  if (code == codes::kUnavailable) return 503;
  return 400;
}

Reply refuse(const core::Error& error) {
  if (error.code == codes::kAuditCheckNeeded) {
    logger().debug("asked a report for its audit check");  // once per agent start: normal
  } else {
    logger().warning("refused a report: %s", error.code);
  }
  return Reply{statusFor(error.code), protocol::encodeErrorBody(error), {}};
}

}  // namespace

Reply answerReport(const Request& http) {
  const auto request = protocol::decodeReportRequest(http.body);
  if (!request) return refuse(request.error());
  if (auto allowed = checkClientUnit(http, request->origin.unit, "report"); !allowed) {
    return refuse(allowed.error());
  }
  const auto clocks = protocol::checkClockSkew(request->clientClock, protocol::wallClockNow(),
                                               http.services.maxClockSkew);
  if (!clocks) return refuse(clocks.error());
  if (http.services.store == nullptr) {
    return refuse(core::makeError(std::string(codes::kUnavailable), "this centre has no database"));
  }
  const auto reply = http.services.store->applyReport(*request);
  if (!reply) {
    if (reply.error().code == codes::kAuditRewritten) {
      logger().error("audit alarm for %s/%s: %s", request->origin.unit, request->origin.source,
                     reply.error().params.at("problem"));
    }
    return refuse(reply.error());
  }
  return Reply{200, protocol::encodeReportReply(*reply), {}};
}

}  // namespace mws::sync::central::detail
