#include "central_schema.hpp"

namespace mws::sync::central::detail {

namespace {

// Version 1: what the units pushed. `received_entries` holds each (unit, source, seq)
// once; `origins` holds the high-water mark per outbox; `cases` and `persons` hold the
// latest snapshot of each case (by its UUID) and of each unit's person proposal.
constexpr const char* kV1 = R"sql(
CREATE TABLE origins (
  unit        text NOT NULL,
  source      text NOT NULL,
  high_water  bigint NOT NULL DEFAULT 0 CHECK (high_water >= 0),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (unit, source)
);

CREATE TABLE received_entries (
  unit        text NOT NULL,
  source      text NOT NULL,
  seq         bigint NOT NULL CHECK (seq >= 1),
  entity      text NOT NULL CHECK (entity IN ('case', 'person')),
  entity_id   text NOT NULL,
  action      text NOT NULL,
  body        jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (unit, source, seq),
  FOREIGN KEY (unit, source) REFERENCES origins (unit, source)
);

CREATE TABLE cases (
  id          uuid PRIMARY KEY,
  unit        text NOT NULL,
  version     bigint NOT NULL,
  state       text NOT NULL,
  body        jsonb NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_unit ON cases (unit);

CREATE TABLE persons (
  unit        text NOT NULL,
  local_id    text NOT NULL,
  body        jsonb NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (unit, local_id)
);
)sql";

// Version 2: blobs. An upload in progress is a `blob_uploads` row (declared size, bytes
// received) with its chunks in `blob_parts`; a verified blob is one `blobs` row with its
// bytes. Blobs are content-addressed: the key is the SHA-256 of the bytes (hex).
constexpr const char* kV2 = R"sql(
CREATE TABLE blob_uploads (
  sha256      text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size        bigint NOT NULL CHECK (size > 0),
  received    bigint NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= size),
  unit        text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE blob_parts (
  sha256      text NOT NULL REFERENCES blob_uploads (sha256) ON DELETE CASCADE,
  "offset"    bigint NOT NULL CHECK ("offset" >= 0),
  data        bytea NOT NULL,
  PRIMARY KEY (sha256, "offset")
);

CREATE TABLE blobs (
  sha256      text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size        bigint NOT NULL,
  data        bytea NOT NULL,
  unit        text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
)sql";

}  // namespace

const std::vector<storage::Migration>& centralMigrations() {
  static const std::vector<storage::Migration> all{{1, "central_received", kV1},
                                                         {2, "central_blobs", kV2}};
  return all;
}

}  // namespace mws::sync::central::detail
