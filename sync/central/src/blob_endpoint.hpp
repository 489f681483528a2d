#pragma once

#include "routes.hpp"

namespace mws::sync::central::detail {

// GET /v1/blobs/<sha256>: 200 with a BlobStatus (received 0 for a blob never seen).
Reply answerBlobStatus(const Request& request);

// PUT /v1/blobs/<sha256>?offset=N&total=T, the chunk as the body: 200 with the BlobStatus
// after the chunk (201 when it completed the blob); 400 protocol.malformed, 403
// push.no_certificate, 409 blob.offset_mismatch (param received), 413 blob.too_large
// (param max) or protocol.too_large (a chunk above kMaxBlobChunkBytes), 422
// blob.hash_mismatch (the upload is dropped), 503 push.unavailable.
Reply answerBlobChunk(const Request& request);

}  // namespace mws::sync::central::detail
