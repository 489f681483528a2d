// CentralStore's blobs: chunks appended in blob_parts under the upload's row lock; when the
// declared size is reached the sealed box is opened with the centre's key, the plain bytes
// hashed, and the sealed form moved to blobs.

#include <soci/soci.h>

#include <string>

#include "central_store.hpp"

namespace mws::sync::central::detail {

namespace {

namespace codes = protocol::codes;
using protocol::BlobStatus;

bool completeBlob(soci::session& sql, const std::string& sha256, BlobStatus& status) {
  long long size = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT size FROM blobs WHERE sha256 = :h", soci::use(sha256), soci::into(size, ind);
  if (!sql.got_data() || ind != soci::i_ok) return false;
  status = BlobStatus{protocol::kProtocolVersion, sha256, size, size, true};
  return true;
}

// The upload row, locked until the transaction ends; false when there is none.
bool lockUpload(soci::session& sql, const std::string& sha256, BlobStatus& status) {
  long long received = 0;
  long long size = 0;
  sql << "SELECT received, size FROM blob_uploads WHERE sha256 = :h FOR UPDATE",
      soci::use(sha256), soci::into(received), soci::into(size);
  if (!sql.got_data()) return false;
  status = BlobStatus{protocol::kProtocolVersion, sha256, received, size, false};
  return true;
}

core::Error offsetMismatch(const BlobChunk& chunk, std::int64_t received) {
  return core::makeError(std::string(codes::kBlobOffset),
                         "a chunk at " + std::to_string(chunk.offset) + " but the centre holds " +
                             std::to_string(received) + " bytes")
      .with("received", std::to_string(received));
}

core::Error malformed(const std::string& field, std::string detail) {
  return core::makeError(std::string(codes::kMalformed), std::move(detail)).with("field", field);
}

// The last byte arrived: the bytes are a sealed box for the centre's key. Accept the blob
// when it opens and what it opens to hashes to the blob's name; else drop the upload.
core::Result<BlobStatus> finish(soci::session& sql, const BlobChunk& chunk, const SealKey& key) {
  std::string hex;
  sql << "SELECT encode(string_agg(data, ''::bytea ORDER BY \"offset\"), 'hex')"
         " FROM blob_parts WHERE sha256 = :h",
      soci::use(chunk.sha256), soci::into(hex);
  const auto plain = key.open(fromHex(hex));
  if (!plain || sha256Hex(*plain) != chunk.sha256) {
    sql << "DELETE FROM blob_uploads WHERE sha256 = :h", soci::use(chunk.sha256);
    return core::makeError(std::string(codes::kBlobHash),
                           plain ? "the sealed bytes do not open to the blob's name; upload dropped"
                                 : "the bytes are not sealed to this centre's key; upload dropped");
  }
  long long plainSize = static_cast<long long>(plain->size());
  sql << "INSERT INTO blobs(sha256, size, data, unit, sealed, plain_size)"
         " SELECT :h, :t, string_agg(data, ''::bytea ORDER BY \"offset\"), :u, true, :p"
         " FROM blob_parts WHERE sha256 = :h2",
      soci::use(chunk.sha256), soci::use(chunk.total), soci::use(chunk.unit), soci::use(plainSize),
      soci::use(chunk.sha256);
  sql << "DELETE FROM blob_uploads WHERE sha256 = :h", soci::use(chunk.sha256);
  return BlobStatus{protocol::kProtocolVersion, chunk.sha256, chunk.total, chunk.total, true};
}

core::Result<BlobStatus> append(soci::session& sql, const BlobChunk& chunk, const SealKey& key) {
  BlobStatus status;
  if (completeBlob(sql, chunk.sha256, status)) return status;
  long long total = chunk.total;
  sql << "INSERT INTO blob_uploads(sha256, size, unit) VALUES (:h, :t, :u) ON CONFLICT DO NOTHING",
      soci::use(chunk.sha256), soci::use(total), soci::use(chunk.unit);
  if (!lockUpload(sql, chunk.sha256, status)) {
    if (completeBlob(sql, chunk.sha256, status)) return status;  // finished meanwhile
    return malformed("sha256", "the upload vanished; retry");
  }
  if (status.size != chunk.total) {
    return malformed("total", "the upload in progress declares " + std::to_string(status.size) +
                                  " bytes, not " + std::to_string(chunk.total));
  }
  if (chunk.offset != status.received) return offsetMismatch(chunk, status.received);
  const auto end = chunk.offset + static_cast<std::int64_t>(chunk.bytes.size());
  if (end > chunk.total) return malformed("offset", "the chunk ends beyond the declared total");
  long long offset = chunk.offset;
  long long received = end;
  const std::string hex = toHex(chunk.bytes);
  sql << "INSERT INTO blob_parts(sha256, \"offset\", data) VALUES (:h, :o, decode(:d, 'hex'))",
      soci::use(chunk.sha256), soci::use(offset), soci::use(hex);
  sql << "UPDATE blob_uploads SET received = :r, updated_at = now() WHERE sha256 = :h",
      soci::use(received), soci::use(chunk.sha256);
  if (end == chunk.total) return finish(sql, chunk, key);
  return BlobStatus{protocol::kProtocolVersion, chunk.sha256, end, chunk.total, false};
}

}  // namespace

core::Result<BlobStatus> CentralStore::blobStatus(const std::string& sha256) {
  return withConnection([&](soci::session& sql) -> core::Result<BlobStatus> {
    BlobStatus status{protocol::kProtocolVersion, sha256, 0, 0, false};
    if (completeBlob(sql, sha256, status)) return status;
    long long received = 0;
    long long size = 0;
    sql << "SELECT received, size FROM blob_uploads WHERE sha256 = :h", soci::use(sha256),
        soci::into(received), soci::into(size);
    if (sql.got_data()) status = BlobStatus{protocol::kProtocolVersion, sha256, received, size, false};
    return status;
  });
}

// One transaction: a refused chunk changes nothing, except that a hash mismatch drops the
// upload (committed, so that the next attempt starts from zero).
core::Result<BlobStatus> CentralStore::appendBlob(const BlobChunk& chunk) {
  return withConnection([&](soci::session& sql) -> core::Result<BlobStatus> {
    soci::transaction tx(sql);
    auto status = append(sql, chunk, m_sealKey);
    if (status || status.error().code == codes::kBlobHash) {
      tx.commit();
    } else {
      tx.rollback();
    }
    return status;
  });
}

}  // namespace mws::sync::central::detail
