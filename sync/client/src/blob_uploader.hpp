#pragma once
// Private to mws::sync_client: uploads the blobs a batch's cases reference, from the unit
// database's BlobStore, in chunks that start where the centre's copy ends, so that an
// upload cut short resumes instead of starting over.

#include <cstdint>
#include <string>
#include <vector>

#include "mws/core/result.hpp"
#include "mws/storage/database.hpp"
#include "mws/sync/client/central_client.hpp"
#include "mws/sync/protocol/push.hpp"

namespace mws::sync::client::detail {

struct BlobCounts {
  std::int64_t uploaded = 0;   // blobs the centre accepted during this call
  std::int64_t bytesSent = 0;  // chunk bytes sent, including chunks of failed requests
};

class BlobUploader {
 public:
  // `centreKey`: the centre's public key from its hello (64 hex digits); every blob is
  // sealed to it in the unit database before it is sent (docs/sync-protocol.md, Blobs).
  BlobUploader(CentralClient& client, storage::Database& db, std::size_t chunkBytes,
               std::string centreKey)
      : m_client(client), m_db(db), m_chunkBytes(chunkBytes), m_centreKey(std::move(centreKey)) {}

  // Every blob referenced by the case entries is complete at the centre on success.
  // storage.blob_not_found when the unit database lacks one; the client's errors else.
  core::Status uploadFor(const std::vector<protocol::PushEntry>& entries, BlobCounts& counts);
  // One blob, resuming at the centre's offset.
  core::Status upload(const std::string& sha256, BlobCounts& counts);

 private:
  core::Status sendFrom(const std::string& sha256, std::int64_t offset, std::int64_t total,
                        BlobCounts& counts);

  CentralClient& m_client;
  storage::Database& m_db;
  std::size_t m_chunkBytes;
  std::string m_centreKey;
};

}  // namespace mws::sync::client::detail
