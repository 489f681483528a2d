-- What the counter captured beside a case's payload, for the supervisor's review (issue 7):
-- the page image the identity document was read from, kept as a blob like the portrait
-- (sealed at rest, sent to the centre sealed to its key), and each finger's quality as the
-- ten-print session left it. Both are set when the case is opened and travel with its
-- snapshot (outbox body: document_scan_sha256, finger_quality).
ALTER TABLE cases ADD COLUMN document_scan_sha256 text
  REFERENCES blobs(sha256) CHECK (document_scan_sha256 ~ '^[0-9a-f]{64}$');
-- [{"finger":"right-thumb","quality":87.5,"exception":""}, …]
ALTER TABLE cases ADD COLUMN finger_quality jsonb NOT NULL DEFAULT '[]'
  CHECK (jsonb_typeof(finger_quality) = 'array' AND jsonb_array_length(finger_quality) <= 10);
