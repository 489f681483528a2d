-- Pull (issue 8, docs/sync-protocol.md): what the unit database keeps of the centre's change
-- log. The cursor moves in the same transaction as the changes it covers, so a page applied
-- twice changes nothing; a change that cannot be applied is kept for a supervisor in
-- sync_conflicts, never dropped.

CREATE TABLE sync_cursor (
  id          integer PRIMARY KEY CHECK (id = 1),
  cursor      bigint NOT NULL CHECK (cursor >= 0),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO sync_cursor VALUES (1, 0, now());

-- The version (the centre's change number) of each reference row pulled.
CREATE TABLE reference_versions (
  tbl         text NOT NULL,
  key         text NOT NULL,
  version     bigint NOT NULL,
  applied_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tbl, key)
);

-- problem: case_unknown (no such case here), case_moved (the case changed here since the
-- version the centre decided on, or is no longer open), decision_invalid (not approved or
-- rejected, or a rejection without reason), reference_refused (the row breaks a local constraint).
CREATE TABLE sync_conflicts (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  change_seq     bigint NOT NULL UNIQUE,
  kind           text NOT NULL CHECK (kind IN ('decision', 'reference')),
  entity_id      text NOT NULL,
  problem        text NOT NULL CHECK (problem IN ('case_unknown', 'case_moved', 'decision_invalid',
                                          'reference_refused')),
  local_state    text,
  local_version  bigint,
  change         jsonb NOT NULL,
  recorded_at    timestamptz NOT NULL DEFAULT now(),
  resolved_at    timestamptz,
  resolved_by    bigint REFERENCES users(id),
  resolution     text NOT NULL DEFAULT ''
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (recorded_at) WHERE resolved_at IS NULL;

-- The actor of decisions taken centrally is a system account, login 'sys.centre' in unit
-- 'CENTRE', inactive and with a hash that matches no password, so it cannot sign in. The
-- sync agent creates it with the first central decision it applies (a fresh database lists
-- only the accounts people made).

-- Four-eyes as in 0003, except for the centre's own decisions (approve, reject), which the
-- sync agent applies as that system account.
CREATE OR REPLACE FUNCTION case_events_four_eyes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  actor_unit text;
  actor_role text;
  actor_login text;
  case_unit text;
BEGIN
  IF NEW.action NOT IN ('take_into_review', 'approve', 'reject', 'return') THEN
    RETURN NEW;
  END IF;
  SELECT u.unit_code, u.role, u.login INTO actor_unit, actor_role, actor_login
    FROM users u WHERE u.id = NEW.actor_id;
  IF actor_login = 'sys.centre' AND actor_unit = 'CENTRE' AND NEW.actor_role = 'centre'
     AND NEW.action IN ('approve', 'reject') THEN
    RETURN NEW;
  END IF;
  SELECT c.unit_code INTO case_unit FROM cases c WHERE c.id = NEW.case_id;
  IF actor_role <> 'supervisor' OR actor_unit <> case_unit THEN
    RAISE EXCEPTION 'four-eyes: only a supervisor of unit % may %', case_unit, NEW.action
      USING ERRCODE = 'MW001';
  END IF;
  IF NEW.action IN ('take_into_review', 'approve') AND EXISTS (
       SELECT 1 FROM case_events e WHERE e.case_id = NEW.case_id
          AND e.action IN ('open', 'submit') AND e.actor_id = NEW.actor_id) THEN
    RAISE EXCEPTION 'four-eyes: the submitter may not %', NEW.action USING ERRCODE = 'MW002';
  END IF;
  RETURN NEW;
END $$;
