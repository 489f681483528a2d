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

// Version 3: what the centre sends down. `changes` is a gapless log (the counter row is
// locked until commit, so numbers are given in commit order) of decisions taken centrally
// (for the case's unit) and reference data rows (unit NULL: for every unit); a unit pages
// through it by cursor. `decisions` and `reference_rows` are the centre's own records.
constexpr const char* kV3 = R"sql(
CREATE TABLE change_counter (id integer PRIMARY KEY CHECK (id = 1), last_seq bigint NOT NULL);
INSERT INTO change_counter VALUES (1, 0);

CREATE TABLE changes (
  seq         bigint PRIMARY KEY CHECK (seq >= 1),
  unit        text,
  kind        text NOT NULL CHECK (kind IN ('decision', 'reference')),
  entity_id   text NOT NULL,
  body        jsonb NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_unit ON changes (unit, seq);

CREATE TABLE decisions (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES cases (id),
  unit         text NOT NULL,
  state        text NOT NULL CHECK (state IN ('approved', 'rejected')),
  reason       text NOT NULL DEFAULT '',
  case_version bigint NOT NULL,
  decided_by   text NOT NULL,
  decided_at   timestamptz NOT NULL DEFAULT now(),
  change_seq   bigint NOT NULL REFERENCES changes (seq),
  CHECK (state <> 'rejected' OR length(btrim(reason)) > 0)
);

CREATE TABLE reference_rows (
  tbl         text NOT NULL CHECK (tbl IN ('service_catalogue', 'fee_table', 'bcu_rates')),
  key         text NOT NULL,
  version     bigint NOT NULL,
  row         jsonb NOT NULL,
  PRIMARY KEY (tbl, key)
);
)sql";

// Version 4 (issues 8 and 9): blobs arrive sealed to the centre's X25519 key (`seal_key`,
// one row, made by the first centre that starts); `blobs.data` keeps the sealed form as it
// came and `plain_size` the size of what it opens to. The audit chain head each origin
// reports (`audit_heads`, every head seen) and the alarms raised when one contradicts an
// earlier head (`audit_alarms`). Unit reports: the queue load per unit and service. More
// kinds of change for units to pull: person records and overstay entries.
constexpr const char* kV4 = R"sql(
CREATE TABLE seal_key (
  id          integer PRIMARY KEY CHECK (id = 1),
  secret      text NOT NULL CHECK (secret ~ '^[0-9a-f]{64}$'),
  created_at  timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE blobs ADD COLUMN sealed boolean NOT NULL DEFAULT false;
ALTER TABLE blobs ADD COLUMN plain_size bigint CHECK (plain_size >= 0);

CREATE TABLE audit_heads (
  unit        text NOT NULL,
  source      text NOT NULL,
  seq         bigint NOT NULL CHECK (seq >= 0),
  hash        text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  reported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (unit, source, seq)
);

CREATE TABLE audit_alarms (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit          text NOT NULL,
  source        text NOT NULL,
  problem       text NOT NULL CHECK (problem IN ('hash_changed', 'sequence_decreased')),
  reported_seq  bigint NOT NULL,
  reported_hash text NOT NULL,
  known_seq     bigint NOT NULL,
  known_hash    text NOT NULL,
  raised_at     timestamptz NOT NULL DEFAULT now(),
  resolved_at   timestamptz,
  resolution    text NOT NULL DEFAULT ''
);
CREATE INDEX audit_alarms_open ON audit_alarms (unit, source) WHERE resolved_at IS NULL;

CREATE TABLE queue_load (
  unit        text NOT NULL,
  service     text NOT NULL,
  waiting     integer NOT NULL CHECK (waiting >= 0),
  source      text NOT NULL,
  reported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (unit, service)
);

-- Which district each unit serves: overstay entries go to the units of their district.
CREATE TABLE unit_districts (
  unit        text PRIMARY KEY,
  district    text NOT NULL
);
CREATE INDEX unit_districts_district ON unit_districts (district);

ALTER TABLE changes DROP CONSTRAINT changes_kind_check;
ALTER TABLE changes ADD CONSTRAINT changes_kind_check
  CHECK (kind IN ('decision', 'reference', 'person', 'overstay'));
)sql";

}  // namespace

const std::vector<storage::Migration>& centralMigrations() {
  static const std::vector<storage::Migration> all{{1, "central_received", kV1},
                                                         {2, "central_blobs", kV2},
                                                         {3, "central_changes", kV3},
                                                         {4, "central_seal_audit_reports", kV4}};
  return all;
}

}  // namespace mws::sync::central::detail
