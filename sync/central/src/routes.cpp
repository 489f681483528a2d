#include "routes.hpp"

#include <array>

#include "blob_endpoint.hpp"
#include "hello_endpoint.hpp"
#include "pull_endpoint.hpp"
#include "push_endpoint.hpp"
#include "report_endpoint.hpp"
#include "mws/sync/protocol/report.hpp"
#include "mws/core/result.hpp"
#include "mws/sync/protocol/blob.hpp"
#include "mws/sync/protocol/error_body.hpp"
#include "mws/sync/protocol/hello.hpp"
#include "mws/sync/protocol/pull.hpp"
#include "mws/sync/protocol/push.hpp"

namespace mws::sync::central::detail {

namespace {

constexpr std::array kEndpoints{
    Endpoint{protocol::kHelloPath, "POST", &answerHello},
    Endpoint{protocol::kPushPath, "POST", &answerPush},
    Endpoint{protocol::kPullPath, "GET", &answerPull},
    Endpoint{protocol::kReportPath, "POST", &answerReport},
    Endpoint{protocol::kBlobPathPrefix, "GET", &answerBlobStatus, true},
    Endpoint{protocol::kBlobPathPrefix, "PUT", &answerBlobChunk, true},
};

bool serves(const Endpoint& endpoint, std::string_view path) {
  return endpoint.prefix ? path.starts_with(endpoint.path) : path == endpoint.path;
}

}  // namespace

Route findRoute(std::string_view path, std::string_view method) {
  Route route;
  for (const Endpoint& endpoint : kEndpoints) {
    if (!serves(endpoint, path)) continue;
    if (endpoint.method == method) return Route{&endpoint, {}};
    if (!route.allow.empty()) route.allow.append(", ");
    route.allow.append(endpoint.method);
  }
  return route;
}

core::Status checkClientUnit(const Request& http, const std::string& unit,
                             std::string_view action) {
  namespace codes = protocol::codes;
  if (!http.services.mutualTls) return core::success();
  if (http.clientUnit.empty()) {
    return core::makeError(std::string(codes::kNoCertificate), "no unit certificate presented");
  }
  if (http.clientUnit != unit) {
    return core::makeError(std::string(codes::kWrongUnit),
                           "the certificate of unit " + http.clientUnit + " cannot " +
                               std::string(action) + " for unit " + unit)
        .with("unit", unit);
  }
  return core::success();
}

Reply errorReply(int status, std::string_view code, std::string detail) {
  const core::Error error = core::makeError(std::string(code), std::move(detail));
  return Reply{status, protocol::encodeErrorBody(error), {}};
}

}  // namespace mws::sync::central::detail
