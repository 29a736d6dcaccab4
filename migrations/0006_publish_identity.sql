-- Version 6 (numbered by the lead at merge): what publishing and converging merges need.
-- Every verdict, piece of evidence and event gets a global identity (`uid`, a UUID; version 7 for
-- new rows, so within one database the order of creation is the order of uids), so two databases'
-- "verdict 12" stay apart when one is merged into the other and a record met twice is known.
-- A verdict keeps the number of pieces of evidence its rating needed when it was given: removing
-- evidence below that puts the claim back in review, on every desk, whatever its config.
-- Rows made before this version get a random uid; a verdict's need is that of the default scale
-- (one piece of evidence, none for 'unverifiable').

ALTER TABLE verdicts ADD COLUMN uid TEXT;
ALTER TABLE verdicts ADD COLUMN evidence_needed INTEGER NOT NULL DEFAULT 0 CHECK (evidence_needed >= 0);
ALTER TABLE evidence ADD COLUMN uid TEXT;
ALTER TABLE events ADD COLUMN uid TEXT;

UPDATE verdicts SET uid = lower(hex(randomblob(16))),
                    evidence_needed = CASE WHEN rating = 'unverifiable' THEN 0 ELSE 1 END;
UPDATE evidence SET uid = lower(hex(randomblob(16)));

-- The events table is append-only; its guard is set aside for the one update that gives old rows
-- their identity, then made again exactly as it was.
DROP TRIGGER events_append_only_update;
UPDATE events SET uid = lower(hex(randomblob(16)));
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

CREATE UNIQUE INDEX verdicts_uid ON verdicts(uid);
CREATE UNIQUE INDEX evidence_uid ON evidence(uid);
CREATE UNIQUE INDEX events_uid ON events(uid);
