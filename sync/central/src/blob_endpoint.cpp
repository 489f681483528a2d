#include "blob_endpoint.hpp"

#include <Poco/Logger.h>

#include <charconv>
#include <optional>
#include <string>

#include "central_store.hpp"
#include "mws/sync/protocol/blob.hpp"
#include "mws/sync/protocol/error_body.hpp"
#include "mws/sync/protocol/push.hpp"

namespace mws::sync::central::detail {

namespace {

namespace codes = protocol::codes;

Poco::Logger& logger() {
  return Poco::Logger::get("mws.central.blobs");
}

int statusFor(const std::string& code) {
  if (code == codes::kBlobOffset) return 409;
  if (code == codes::kBlobHash) return 422;
  if (code == codes::kBlobTooLarge || code == codes::kTooLarge) return 413;
  if (code == codes::kNoCertificate) return 403;
  if (code == codes::kUnavailable) return 503;
  return 400;
}

// Codes and counts only: a blob's hash is never logged next to anything about a person.
Reply refuse(const core::Error& error) {
  logger().warning("refused a blob request: %s", error.code);
  return Reply{statusFor(error.code), protocol::encodeErrorBody(error), {}};
}

core::Error malformed(const std::string& field, std::string detail) {
  return core::makeError(std::string(codes::kMalformed), std::move(detail)).with("field", field);
}

std::optional<std::int64_t> number(const Request& request, const std::string& key) {
  const auto it = request.query.find(key);
  if (it == request.query.end() || it->second.empty()) return std::nullopt;
  std::int64_t value = 0;
  const char* end = it->second.data() + it->second.size();
  const auto [ptr, ec] = std::from_chars(it->second.data(), end, value);
  if (ec != std::errc() || ptr != end || value < 0) return std::nullopt;
  return value;
}

// The blob's hash from the path, after a unit certificate when mutual TLS is on.
core::Result<std::string> blobOf(const Request& request) {
  if (request.services.mutualTls && request.clientUnit.empty()) {
    return core::makeError(std::string(codes::kNoCertificate), "no unit certificate presented");
  }
  if (request.services.store == nullptr) {
    return core::makeError(std::string(codes::kUnavailable), "this centre has no database");
  }
  std::string sha256(request.path.substr(protocol::kBlobPathPrefix.size()));
  if (!protocol::isValidSha256(sha256)) {
    return malformed("sha256", "a blob is named by 64 lower-case hex digits");
  }
  return sha256;
}

core::Result<BlobChunk> chunkOf(const Request& request, std::string sha256) {
  const auto offset = number(request, "offset");
  if (!offset) return malformed("offset", "offset must be a non-negative integer");
  const auto total = number(request, "total");
  if (!total || *total == 0) return malformed("total", "total must be a positive integer");
  if (*total > request.services.maxBlobBytes) {
    return core::makeError(std::string(codes::kBlobTooLarge), "the blob is larger than allowed")
        .with("max", std::to_string(request.services.maxBlobBytes));
  }
  if (request.body.empty()) return malformed("body", "a chunk holds at least one byte");
  if (request.body.size() > protocol::kMaxBlobChunkBytes) {
    return core::makeError(std::string(codes::kTooLarge), "a chunk holds at most " +
                                                              std::to_string(protocol::kMaxBlobChunkBytes) +
                                                              " bytes");
  }
  return BlobChunk{request.clientUnit, std::move(sha256), *offset, *total, request.body};
}

}  // namespace

Reply answerBlobStatus(const Request& request) {
  auto sha256 = blobOf(request);
  if (!sha256) return refuse(sha256.error());
  const auto status = request.services.store->blobStatus(*sha256);
  if (!status) return refuse(status.error());
  return Reply{200, protocol::encodeBlobStatus(*status), {}};
}

Reply answerBlobChunk(const Request& request) {
  auto sha256 = blobOf(request);
  if (!sha256) return refuse(sha256.error());
  const auto chunk = chunkOf(request, std::move(*sha256));
  if (!chunk) return refuse(chunk.error());
  const auto status = request.services.store->appendBlob(*chunk);
  if (!status) return refuse(status.error());
  if (status->complete) {
    logger().information("blob of %Ld bytes accepted from %s",
                         static_cast<Poco::Int64>(status->size), chunk->unit);
  }
  return Reply{status->complete ? 201 : 200, protocol::encodeBlobStatus(*status), {}};
}

}  // namespace mws::sync::central::detail
