#include "mws/sync/client/central_client.hpp"

#include <utility>

#include "central_endpoint.hpp"
#include "mws/sync/protocol/error_body.hpp"
#include "transport.hpp"

namespace mws::sync::client {

namespace {

using detail::CentralEndpoint;
using detail::HttpResponse;

core::Result<detail::Transport> makeTransport(std::string_view baseUrl, ClientOptions options) {
  auto endpoint = detail::parseBaseUrl(baseUrl);
  if (!endpoint) return endpoint.error();
  return detail::Transport(std::move(*endpoint), std::move(options));
}

core::Error withServer(core::Error error, const CentralEndpoint& endpoint) {
  error.detail = endpoint.server() + ": " + error.detail;
  return std::move(error).with("server", endpoint.server());
}

// A non-2xx reply; the centre's own error code, when its body has one, goes in the params
// (and becomes the code itself for a version mismatch).
core::Error httpError(const CentralEndpoint& endpoint, std::string_view path,
                      const HttpResponse& response, std::string_view method = "POST") {
  const std::string status = std::to_string(response.status);
  std::string detail(method);
  detail.append(" ").append(path).append(" answered ").append(status).append(" ");
  core::Error error =
      core::makeError(std::string(codes::kHttpError), detail + response.reason);
  error.params["status"] = status;
  if (const auto body = protocol::decodeErrorBody(response.body); body) {
    error.params["server_code"] = body->error.code;
    error.detail += " (" + body->error.code + ": " + body->error.detail + ")";
    if (body->error.code == protocol::codes::kVersionMismatch) error.code = body->error.code;
    if (body->error.code == protocol::codes::kClockSkew) error.code = codes::kClockSkew;
    if (body->error.code == protocol::codes::kAuditRewritten) error.code = codes::kAuditRewritten;
    for (const auto& [key, value] : body->error.params) error.params.emplace(key, value);
  }
  return withServer(std::move(error), endpoint);
}

core::Error refusal(const protocol::HelloRequest& request, const protocol::HelloReply& reply,
                    const CentralEndpoint& endpoint) {
  core::Error error =
      core::makeError(reply.refusal, "mws-central " + reply.serverVersion + " refused the hello (" +
                                         reply.refusal + ")");
  error.params["server_version"] = reply.serverVersion;
  if (reply.refusal == protocol::codes::kVersionMismatch) {
    error.params["ours"] = std::to_string(request.protocolVersion);
    error.params["theirs"] = std::to_string(reply.protocolVersion);
  }
  if (reply.refusal == protocol::codes::kClockSkew) {
    error.code = codes::kClockSkew;
    error.params["skew_ms"] = std::to_string((request.clientClock - reply.serverClock).count());
    error.params["max_skew_ms"] = std::to_string(reply.maxClockSkewMs);
  }
  return withServer(std::move(error), endpoint);
}

bool isSuccess(int status) {
  return status >= 200 && status < 300;
}

}  // namespace

struct CentralClient::Impl {
  Impl(std::string url, ClientOptions options)
      : baseUrl(std::move(url)), transport(makeTransport(baseUrl, std::move(options))) {}

  std::string baseUrl;
  core::Result<detail::Transport> transport;
};

CentralClient::CentralClient(std::string baseUrl, ClientOptions options)
    : m_impl(std::make_unique<Impl>(std::move(baseUrl), std::move(options))) {}

CentralClient::~CentralClient() = default;
CentralClient::CentralClient(CentralClient&&) noexcept = default;
CentralClient& CentralClient::operator=(CentralClient&&) noexcept = default;

const std::string& CentralClient::baseUrl() const {
  return m_impl->baseUrl;
}

core::Result<protocol::HelloReply> CentralClient::hello(const protocol::HelloRequest& request) {
  if (!m_impl->transport) return m_impl->transport.error();
  detail::Transport& transport = *m_impl->transport;
  const auto response = transport.post(protocol::kHelloPath, protocol::encodeHelloRequest(request));
  if (!response) return response.error();
  if (!isSuccess(response->status)) {
    return httpError(transport.endpoint(), protocol::kHelloPath, *response);
  }
  auto reply = protocol::decodeHelloReply(response->body);
  if (!reply) return withServer(reply.error(), transport.endpoint());
  if (!reply->accepted) return refusal(request, *reply, transport.endpoint());
  return reply;
}

core::Result<protocol::PushReply> CentralClient::push(const protocol::PushRequest& request) {
  if (!m_impl->transport) return m_impl->transport.error();
  detail::Transport& transport = *m_impl->transport;
  const auto response = transport.post(protocol::kPushPath, protocol::encodePushRequest(request));
  if (!response) return response.error();
  if (!isSuccess(response->status)) {
    return httpError(transport.endpoint(), protocol::kPushPath, *response);
  }
  auto reply = protocol::decodePushReply(response->body);
  if (!reply) return withServer(reply.error(), transport.endpoint());
  if (!(reply->origin == request.origin)) {
    return withServer(core::makeError(std::string(protocol::codes::kMalformed), "the push reply names another origin"),
                      transport.endpoint());
  }
  return reply;
}

core::Result<protocol::ReportReply> CentralClient::report(const protocol::ReportRequest& request) {
  if (!m_impl->transport) return m_impl->transport.error();
  detail::Transport& transport = *m_impl->transport;
  const auto response =
      transport.post(protocol::kReportPath, protocol::encodeReportRequest(request));
  if (!response) return response.error();
  if (!isSuccess(response->status)) {
    return httpError(transport.endpoint(), protocol::kReportPath, *response);
  }
  auto reply = protocol::decodeReportReply(response->body);
  if (!reply) return withServer(reply.error(), transport.endpoint());
  if (!(reply->origin == request.origin)) {
    return withServer(core::makeError(std::string(protocol::codes::kMalformed),
                                      "the report reply names another origin"),
                      transport.endpoint());
  }
  return reply;
}

core::Result<protocol::BlobStatus> CentralClient::blobStatus(const std::string& sha256) {
  if (!m_impl->transport) return m_impl->transport.error();
  detail::Transport& transport = *m_impl->transport;
  const std::string path = std::string(protocol::kBlobPathPrefix) + sha256;
  const auto response = transport.send("GET", path, {}, {});
  if (!response) return response.error();
  if (!isSuccess(response->status)) {
    return httpError(transport.endpoint(), protocol::kBlobPathPrefix, *response, "GET");
  }
  auto status = protocol::decodeBlobStatus(response->body);
  if (!status) return withServer(status.error(), transport.endpoint());
  return status;
}

core::Result<protocol::BlobStatus> CentralClient::putBlobChunk(const std::string& sha256,
                                                               std::int64_t offset,
                                                               std::int64_t total,
                                                               std::string_view bytes) {
  if (!m_impl->transport) return m_impl->transport.error();
  detail::Transport& transport = *m_impl->transport;
  const std::string target = std::string(protocol::kBlobPathPrefix) + sha256 +
                             "?offset=" + std::to_string(offset) +
                             "&total=" + std::to_string(total);
  const auto response =
      transport.send("PUT", target, std::string(bytes), "application/octet-stream");
  if (!response) return response.error();
  if (!isSuccess(response->status)) {
    return httpError(transport.endpoint(), protocol::kBlobPathPrefix, *response, "PUT");
  }
  auto status = protocol::decodeBlobStatus(response->body);
  if (!status) return withServer(status.error(), transport.endpoint());
  return status;
}

core::Result<protocol::PullReply> CentralClient::pull(const std::string& unit, std::int64_t cursor,
                                                     std::int64_t limit) {
  if (!m_impl->transport) return m_impl->transport.error();
  detail::Transport& transport = *m_impl->transport;
  const std::string target = std::string(protocol::kPullPath) + "?cursor=" +
                             std::to_string(cursor) + "&limit=" + std::to_string(limit) +
                             "&unit=" + unit;
  const auto response = transport.send("GET", target, {}, {});
  if (!response) return response.error();
  if (!isSuccess(response->status)) {
    return httpError(transport.endpoint(), protocol::kPullPath, *response, "GET");
  }
  auto reply = protocol::decodePullReply(response->body);
  if (!reply) return withServer(reply.error(), transport.endpoint());
  if (reply->unit != unit || reply->cursor < cursor) {
    return withServer(core::makeError(std::string(protocol::codes::kMalformed),
                                      "the pull reply names another unit or an older cursor"),
                      transport.endpoint());
  }
  return reply;
}

}  // namespace mws::sync::client
