-- Units (district migration units, on-site counters) and the accounts of the people who
-- work there. Passwords are stored only as argon2id PHC strings.
CREATE TABLE units (
  code        text PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  login          text NOT NULL UNIQUE CHECK (login ~ '^[a-z0-9._-]{3,32}$'),
  display_name   text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  role           text NOT NULL CHECK (role IN ('officer', 'supervisor', 'unit-admin', 'it')),
  unit_code      text NOT NULL REFERENCES units(code),
  password_hash  text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  active         boolean NOT NULL DEFAULT true,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_unit_idx ON users(unit_code);
