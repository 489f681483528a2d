-- The unit's electronic queue and the officers' unfinished new-case flows (issue 7).

-- Ticket numbers run per (unit, service, day). The counter row is taken with
-- INSERT ... ON CONFLICT DO UPDATE ... RETURNING, so two kiosks issuing at once get
-- consecutive numbers (the row lock is held until commit), never the same one.
CREATE TABLE queue_numbers (
  unit_code    text NOT NULL REFERENCES units(code),
  service      text NOT NULL REFERENCES service_catalogue(service),
  day          date NOT NULL,
  last_number  integer NOT NULL CHECK (last_number >= 1),
  PRIMARY KEY (unit_code, service, day)
);

-- waiting -> called (by one counter) -> served | no_show.
CREATE TABLE queue_tickets (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_code   text NOT NULL REFERENCES units(code),
  service     text NOT NULL REFERENCES service_catalogue(service),
  day         date NOT NULL,
  number      integer NOT NULL CHECK (number >= 1),
  state       text NOT NULL DEFAULT 'waiting'
              CHECK (state IN ('waiting', 'called', 'served', 'no_show')),
  issued_at   timestamptz NOT NULL DEFAULT now(),
  called_at   timestamptz,
  closed_at   timestamptz,
  counter     text NOT NULL DEFAULT '',
  called_by   bigint REFERENCES users(id),
  UNIQUE (unit_code, service, day, number),
  CHECK ((state = 'waiting') = (called_at IS NULL)),
  CHECK ((state IN ('served', 'no_show')) = (closed_at IS NOT NULL)),
  CHECK (state = 'waiting' OR counter <> '')
);
CREATE INDEX queue_tickets_waiting ON queue_tickets (unit_code, issued_at, id)
  WHERE state = 'waiting';
-- A counter serves one applicant at a time.
CREATE UNIQUE INDEX queue_tickets_one_per_counter ON queue_tickets (unit_code, counter)
  WHERE state = 'called';
CREATE INDEX queue_tickets_day ON queue_tickets (unit_code, day);

-- Drafts of the new-case flow, saved every few seconds. `content` is sealed with
-- XChaCha20-Poly1305 under the installation's blob key (the draft id and the officer as
-- associated data), so a dump shows no personal data and a draft cannot be moved to
-- another officer unnoticed.
CREATE TABLE flow_drafts (
  id          uuid PRIMARY KEY,
  officer_id  bigint NOT NULL REFERENCES users(id),
  unit_code   text NOT NULL REFERENCES units(code),
  content     bytea NOT NULL,
  saved_at    timestamptz NOT NULL
);
CREATE INDEX flow_drafts_officer ON flow_drafts (officer_id, saved_at DESC);
