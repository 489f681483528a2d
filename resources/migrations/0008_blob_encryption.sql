-- Encryption at rest of blobs (issue 9): `bytes` now holds the sealed form (XChaCha20-Poly1305
-- under the installation's key, kept outside the database), so its length is no longer the
-- blob's size; `size` stays the size of the clear bytes. Rows written before this migration
-- are marked unsealed and are sealed when the same bytes are stored again.
ALTER TABLE blobs DROP CONSTRAINT blobs_check;
ALTER TABLE blobs ADD COLUMN sealed boolean NOT NULL DEFAULT false;
ALTER TABLE blobs ALTER COLUMN sealed SET DEFAULT true;
ALTER TABLE blobs ADD CONSTRAINT blobs_size_check
  CHECK (size >= 0 AND (NOT sealed OR length(bytes) = size + 41));
