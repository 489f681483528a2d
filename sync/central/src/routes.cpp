#include "routes.hpp"

#include <array>

#include "hello_endpoint.hpp"
#include "push_endpoint.hpp"
#include "mws/core/result.hpp"
#include "mws/sync/protocol/error_body.hpp"
#include "mws/sync/protocol/hello.hpp"
#include "mws/sync/protocol/push.hpp"

namespace mws::sync::central::detail {

namespace {

constexpr std::array kEndpoints{
    Endpoint{protocol::kHelloPath, "POST", &answerHello},
    Endpoint{protocol::kPushPath, "POST", &answerPush},
};

}  // namespace

const Endpoint* findEndpoint(std::string_view path) {
  for (const Endpoint& endpoint : kEndpoints) {
    if (endpoint.path == path) return &endpoint;
  }
  return nullptr;
}

Reply errorReply(int status, std::string_view code, std::string detail) {
  const core::Error error = core::makeError(std::string(code), std::move(detail));
  return Reply{status, protocol::encodeErrorBody(error), {}};
}

}  // namespace mws::sync::central::detail
