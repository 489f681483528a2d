#include "blob_uploader.hpp"

#include <algorithm>
#include <optional>

#include "mws/storage/blob_store.hpp"
#include "mws/sync/protocol/blob.hpp"

namespace mws::sync::client::detail {

namespace {

// Where the centre wants the upload to continue after a 409 blob.offset_mismatch.
std::optional<std::int64_t> centreOffset(const core::Error& error) {
  const auto code = error.params.find("server_code");
  const auto received = error.params.find("received");
  if (code == error.params.end() || code->second != protocol::codes::kBlobOffset ||
      received == error.params.end()) {
    return std::nullopt;
  }
  try {
    return std::stoll(received->second);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// Only case snapshots with biometrics or a document scan reference blobs; the others are
// not parsed again.
bool mayReferenceBlobs(const std::string& body) {
  return body.find("\"biometrics\"") != std::string::npos ||
         body.find("\"document_scan_sha256\": \"") != std::string::npos ||
         body.find("\"document_scan_sha256\":\"") != std::string::npos;
}

std::vector<std::string> referencedBy(const std::vector<protocol::PushEntry>& entries) {
  std::vector<std::string> all;
  for (const auto& entry : entries) {
    if (entry.entity != "case" || !mayReferenceBlobs(entry.body)) continue;
    for (auto& sha256 : protocol::blobsReferencedBy(entry.body)) {
      if (std::find(all.begin(), all.end(), sha256) == all.end()) all.push_back(std::move(sha256));
    }
  }
  return all;
}

}  // namespace

core::Status BlobUploader::uploadFor(const std::vector<protocol::PushEntry>& entries,
                                     BlobCounts& counts) {
  for (const auto& sha256 : referencedBy(entries)) {
    if (auto sent = upload(sha256, counts); !sent) return sent;
  }
  return core::success();
}

core::Status BlobUploader::upload(const std::string& sha256, BlobCounts& counts) {
  if (m_centreKey.empty()) {
    return core::makeError("sync.no_seal_key", "the centre published no key to seal blobs to");
  }
  storage::BlobStore store(m_db);
  const auto size = store.size(sha256);
  if (!size) return size.error();
  if (!*size) {
    return core::makeError("storage.blob_not_found", "a case references a blob this unit lacks")
        .with("sha256", sha256);
  }
  const auto sealed = store.sealForCentre(sha256, m_centreKey);
  if (!sealed) return sealed.error();
  const auto status = m_client.blobStatus(sha256);
  if (!status) return status.error();
  if (status->complete) return core::success();
  return sendFrom(sha256, status->received, *sealed, counts);
}

// Chunks from `offset`; after a 409 the centre's own offset is taken, a few times at most.
core::Status BlobUploader::sendFrom(const std::string& sha256, std::int64_t offset,
                                    std::int64_t total, BlobCounts& counts) {
  storage::BlobStore store(m_db);
  int realigned = 0;
  while (offset < total) {
    const auto length = std::min<std::int64_t>(static_cast<std::int64_t>(m_chunkBytes), total - offset);
    const auto chunk = store.readSealed(sha256, m_centreKey, offset, length);
    if (!chunk) return chunk.error();
    counts.bytesSent += static_cast<std::int64_t>(chunk->size());
    const auto reply = m_client.putBlobChunk(sha256, offset, total, *chunk);
    if (!reply) {
      const auto resumeAt = centreOffset(reply.error());
      if (!resumeAt || ++realigned > 3) return reply.error();
      offset = *resumeAt;
      continue;
    }
    if (reply->complete) {
      ++counts.uploaded;
      return core::success();
    }
    offset = reply->received;
  }
  return core::success();
}

}  // namespace mws::sync::client::detail
