-- Persons, cases and their history, the outbox and the audit chain; the reference tables
-- the rules read (service catalogue, fee table, BCU values). The rules live in the core;
-- the constraints below back them so that no client can write around them.

CREATE EXTENSION IF NOT EXISTS pg_trgm;  -- trusted extension: a database owner may create it

-- Reference data (synced down from the centre; seeded from the core's defaults).
CREATE TABLE service_catalogue (
  service               text PRIMARY KEY,
  effective_from        date NOT NULL,
  portal_from           date,
  max_extension_days    integer NOT NULL DEFAULT 0 CHECK (max_extension_days >= 0),
  max_extensions        integer NOT NULL DEFAULT 0 CHECK (max_extensions >= 0),
  max_period_days       integer NOT NULL DEFAULT 0 CHECK (max_period_days >= 0),
  min_fingerprints      integer NOT NULL DEFAULT 0 CHECK (min_fingerprints BETWEEN 0 AND 10),
  free_e_signature_from date
);

CREATE TABLE fee_table (
  service         text NOT NULL REFERENCES service_catalogue(service),
  variant         text NOT NULL CHECK (variant IN ('standard', 'urgent', 'on_site')),
  item            text NOT NULL,
  bcu_hundredths  bigint NOT NULL CHECK (bcu_hundredths >= 0),
  effective_from  date NOT NULL,
  PRIMARY KEY (service, variant, item, effective_from)
);

CREATE TABLE bcu_rates (
  effective_from  date PRIMARY KEY,
  som             bigint NOT NULL CHECK (som > 0)
);

-- Persons as the unit knows them; the centre merges them (DESIGN §5).
CREATE TABLE persons (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  surname_latin      text NOT NULL DEFAULT '',
  given_latin        text NOT NULL DEFAULT '',
  patronymic_latin   text NOT NULL DEFAULT '',
  surname_cyrillic   text NOT NULL DEFAULT '',
  given_cyrillic     text NOT NULL DEFAULT '',
  patronymic_cyrillic text NOT NULL DEFAULT '',
  name_key           text NOT NULL,  -- normaliseName(): the same for Каримов and KARIMOV
  birth_date         date NOT NULL,
  sex                text NOT NULL CHECK (sex IN ('male', 'female')),
  status             text NOT NULL CHECK (status IN ('citizen', 'foreigner', 'stateless', 'permanent_resident')),
  citizenship        text NOT NULL REFERENCES countries(alpha3),
  personal_number    text UNIQUE CHECK (personal_number ~ '^[0-9]{14}$'),
  one_id_pending     boolean NOT NULL DEFAULT false,
  version            bigint NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (surname_latin <> '' OR surname_cyrillic <> '')
);
CREATE INDEX persons_name_key_trgm ON persons USING gin (name_key gin_trgm_ops);
CREATE INDEX persons_birth_date ON persons (birth_date);

CREATE TABLE person_documents (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id          bigint NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  kind               text NOT NULL CHECK (kind IN ('passport', 'id_card', 'travel_document', 'residence_permit')),
  series             text NOT NULL DEFAULT '',
  number             text NOT NULL CHECK (number ~ '^[A-Z0-9]{1,20}$'),
  full_number        text GENERATED ALWAYS AS (series || number) STORED,
  issuing_state      text NOT NULL REFERENCES countries(alpha3),
  issuing_authority  text NOT NULL DEFAULT '',
  issued_on          date NOT NULL,
  expires_on         date NOT NULL,
  CHECK (issued_on <= expires_on),
  UNIQUE (issuing_state, kind, full_number)
);
CREATE INDEX person_documents_full_number ON person_documents (full_number);
CREATE INDEX person_documents_person ON person_documents (person_id);

CREATE TABLE person_visas (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id    bigint NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  number       text NOT NULL UNIQUE,
  kind         text NOT NULL CHECK (kind IN ('e_visa', 'other')),
  entries      text NOT NULL CHECK (entries IN ('single', 'double', 'multiple')),
  valid_from   date NOT NULL,
  valid_to     date NOT NULL,
  extensions   jsonb NOT NULL DEFAULT '[]',
  CHECK (valid_from <= valid_to)
);
CREATE INDEX person_visas_person ON person_visas (person_id);

-- Cases: client-generated UUIDs, owned by the unit that opened them.
CREATE TABLE cases (
  id          uuid PRIMARY KEY,
  unit_code   text NOT NULL REFERENCES units(code),
  service     text NOT NULL REFERENCES service_catalogue(service),
  person_id   bigint NOT NULL REFERENCES persons(id),
  channel     text NOT NULL CHECK (channel IN ('counter', 'on_site', 'portal')),
  filed_on    date NOT NULL,
  state       text NOT NULL CHECK (state IN ('draft', 'submitted', 'in_review', 'approved',
                                             'rejected', 'returned', 'issued', 'cancelled')),
  payload     jsonb NOT NULL CHECK (jsonb_typeof(payload) = 'object'),
  fee         jsonb NOT NULL CHECK (jsonb_typeof(fee) = 'object'),
  opened_by   bigint NOT NULL REFERENCES users(id),
  version     bigint NOT NULL CHECK (version >= 1),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_unit_state ON cases (unit_code, state, filed_on);
CREATE INDEX cases_person_service ON cases (person_id, service);
-- One residence registration in force per person (RESIDENCE_REG rule): a replacing
-- registration cancels the old one in the same transaction before it is issued.
CREATE UNIQUE INDEX cases_one_residence_in_force ON cases (person_id)
  WHERE service = 'RESIDENCE_REG' AND state = 'issued';

CREATE TABLE case_events (
  case_id     uuid NOT NULL REFERENCES cases(id),
  seq         integer NOT NULL CHECK (seq >= 1),
  action      text NOT NULL CHECK (action IN ('open', 'edit', 'submit', 'take_into_review',
                                              'approve', 'reject', 'return', 'issue', 'cancel')),
  from_state  text NOT NULL,
  to_state    text NOT NULL,
  actor_id    bigint NOT NULL REFERENCES users(id),
  actor_role  text NOT NULL,
  reason      text NOT NULL DEFAULT '',
  at          timestamptz NOT NULL,
  PRIMARY KEY (case_id, seq),
  CHECK (action NOT IN ('reject', 'return', 'cancel') OR length(btrim(reason)) > 0)
);

-- Four-eyes, in the database too: whoever opened or submitted a case never reviews or
-- approves it, and only a supervisor of the case's own unit decides.
CREATE FUNCTION case_events_four_eyes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  actor_unit text;
  actor_role text;
  case_unit text;
BEGIN
  IF NEW.action NOT IN ('take_into_review', 'approve', 'reject', 'return') THEN
    RETURN NEW;
  END IF;
  SELECT u.unit_code, u.role INTO actor_unit, actor_role FROM users u WHERE u.id = NEW.actor_id;
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
CREATE TRIGGER case_events_four_eyes BEFORE INSERT ON case_events
  FOR EACH ROW EXECUTE FUNCTION case_events_four_eyes();

-- Outbox: every change to a case or person gets a row in the same transaction. The sequence
-- comes from a counter row, so numbers are gapless and in commit order (the row lock is held
-- until commit): the sync agent never skips an entry that commits late.
CREATE TABLE outbox_counter (id integer PRIMARY KEY CHECK (id = 1), last_seq bigint NOT NULL);
INSERT INTO outbox_counter VALUES (1, 0);

CREATE TABLE outbox (
  seq         bigint PRIMARY KEY,
  entity      text NOT NULL CHECK (entity IN ('case', 'person')),
  entity_id   text NOT NULL,
  action      text NOT NULL,
  body        jsonb NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  sent_at     timestamptz
);
CREATE INDEX outbox_unsent ON outbox (seq) WHERE sent_at IS NULL;

-- Audit: every action appended with the previous entry's SHA-256 (hash chain). The head row
-- serialises appends; `mws audit verify` recomputes the chain and names the first break.
CREATE TABLE audit_head (id integer PRIMARY KEY CHECK (id = 1), last_seq bigint NOT NULL, last_hash text NOT NULL);
INSERT INTO audit_head VALUES (1, 0, repeat('0', 64));

CREATE TABLE audit_log (
  seq          bigint PRIMARY KEY,
  at           timestamptz NOT NULL,
  actor_id     bigint,
  actor_login  text NOT NULL,
  unit_code    text NOT NULL,
  machine      text NOT NULL,
  action       text NOT NULL,
  entity       text NOT NULL,
  entity_id    text NOT NULL,
  details      text NOT NULL DEFAULT '',
  prev_hash    text NOT NULL,
  hash         text NOT NULL
);
