-- Sign-in protection (issue 9): failed sign-ins counted within a window, a lock that ends
-- when the window passes or an administrator unlocks, and the forced change of an initial
-- password. Every sign-in, good or bad, is in the audit chain (action 'auth.sign_in').
ALTER TABLE users
  ADD COLUMN failed_signins         integer NOT NULL DEFAULT 0 CHECK (failed_signins >= 0),
  ADD COLUMN failure_window_start   timestamptz,
  ADD COLUMN locked_until           timestamptz,
  ADD COLUMN must_change_password   boolean NOT NULL DEFAULT false;
