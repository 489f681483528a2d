-- Sync, issue 8 and 9 (docs/sync-protocol.md).
--
-- Blobs sent to the centre are sealed to the centre's public key (libsodium sealed box,
-- X25519): before its first chunk is sent a blob's sealed form is written, in one
-- transaction, to `centre_bytes`, with the key in `centre_key` and the time in `sent_at`;
-- an upload cut short resumes with the very same bytes. The readable copy (`bytes`, sealed
-- at rest under the installation's key) is kept for the retention period the agent is
-- given (receipts and certificates printed at the counter the same day), then set to NULL:
-- from then on the workstation holds only what the centre can open and cannot read back
-- what it sent (BlobStore answers storage.blob_sent).
ALTER TABLE blobs ADD COLUMN centre_key text CHECK (centre_key ~ '^[0-9a-f]{64}$');
ALTER TABLE blobs ADD COLUMN centre_bytes bytea;
ALTER TABLE blobs ADD COLUMN sent_at timestamptz;
ALTER TABLE blobs ALTER COLUMN bytes DROP NOT NULL;
ALTER TABLE blobs DROP CONSTRAINT blobs_size_check;
ALTER TABLE blobs ADD CONSTRAINT blobs_size_check CHECK (size >= 0
  AND (bytes IS NULL OR NOT sealed OR length(bytes) = size + 41)
  AND (centre_bytes IS NULL OR length(centre_bytes) = size + 48));
ALTER TABLE blobs ADD CONSTRAINT blobs_centre_check CHECK (
  (centre_key IS NULL) = (centre_bytes IS NULL) AND (centre_key IS NULL) = (sent_at IS NULL)
  AND (bytes IS NOT NULL OR centre_bytes IS NOT NULL));
CREATE INDEX blobs_readable_sent ON blobs (sent_at) WHERE bytes IS NOT NULL AND sent_at IS NOT NULL;

-- Person records the centre sends down (pull, kind 'person'): the centre's id of the
-- person, so that a later version of the record updates the same row.
ALTER TABLE persons ADD COLUMN central_ref text UNIQUE CHECK (central_ref <> '');

-- The centre's overstay list for foreigners in this unit's district (pull, kind
-- 'overstay'): one row per person and permit, replaced by each later version; `cleared`
-- when the centre withdraws it (left the country, extended).
CREATE TABLE sync_overstays (
  id             text PRIMARY KEY,          -- the centre's key of the entry
  person_ref     text NOT NULL,             -- the centre's id of the person
  surname        text NOT NULL,
  given_names    text NOT NULL DEFAULT '',
  citizenship    text NOT NULL,
  document       text NOT NULL DEFAULT '',
  district       text NOT NULL,
  permitted_until date NOT NULL,
  days_over      integer NOT NULL CHECK (days_over >= 0),
  cleared        boolean NOT NULL DEFAULT false,
  version        bigint NOT NULL,
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sync_overstays_open ON sync_overstays (permitted_until) WHERE NOT cleared;

-- Conflicts now also cover person records and overstay entries the database refuses.
ALTER TABLE sync_conflicts DROP CONSTRAINT sync_conflicts_kind_check;
ALTER TABLE sync_conflicts ADD CONSTRAINT sync_conflicts_kind_check
  CHECK (kind IN ('decision', 'reference', 'person', 'overstay'));
ALTER TABLE sync_conflicts DROP CONSTRAINT sync_conflicts_problem_check;
ALTER TABLE sync_conflicts ADD CONSTRAINT sync_conflicts_problem_check
  CHECK (problem IN ('case_unknown', 'case_moved', 'decision_invalid', 'reference_refused',
                     'person_refused', 'overstay_refused'));
