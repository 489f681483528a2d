-- The optional fingerprint second factor of an account (issues 7 and 9). One enrolled finger
-- per account: the template the scanner serialised (a libfprint print), sealed with
-- XChaCha20-Poly1305 under the installation's blob key with the account id as associated
-- data, so a dump shows no biometric and a template copied onto another account does not
-- open. `finger_required` asks for that finger after the right password at every sign-in;
-- it can only be set while a finger is enrolled (checked in the same transaction).
CREATE TABLE account_fingers (
  user_id      bigint PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  finger       text NOT NULL CHECK (finger ~ '^(right|left)-(thumb|index|middle|ring|little)$'),
  driver       text NOT NULL CHECK (length(driver) BETWEEN 1 AND 64),
  sealed       bytea NOT NULL CHECK (length(sealed) > 41),
  enrolled_at  timestamptz NOT NULL DEFAULT now(),
  enrolled_by  bigint REFERENCES users(id)
);

ALTER TABLE users ADD COLUMN finger_required boolean NOT NULL DEFAULT false;
