-- Blobs (photos, fingerprints, document images), content-addressed: the key is the SHA-256
-- of the bytes, in lower-case hex. The sync agent uploads the blobs a case references
-- before it pushes the case. Encryption at rest is a separate issue: the bytes are stored
-- as they are for now (see mws/storage/blob_store.hpp).
CREATE TABLE blobs (
  sha256      text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes       bytea NOT NULL,
  size        bigint NOT NULL CHECK (size = length(bytes)),
  created_at  timestamptz NOT NULL DEFAULT now()
);
