-- Version 2: `article set` (a corrected title, URL or publication date) is recorded as an
-- 'article-edit' event. SQLite cannot change a CHECK constraint in place, so the events table is
-- rebuilt under its own name with every row, and its index and triggers are made again.

ALTER TABLE events RENAME TO events_v1;

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL CHECK (length(actor) > 0),
    action      TEXT NOT NULL CHECK (action IN ('import', 'claim-add', 'claim-edit', 'claim-split',
                                                'claim-merge', 'claim-dismiss', 'claim-restore',
                                                'source-add', 'source-edit', 'source-remove',
                                                'evidence-add', 'evidence-remove', 'verdict',
                                                'import-report', 'article-edit')),
    entity      TEXT NOT NULL CHECK (entity IN ('article', 'claim', 'source', 'evidence', 'verdict')),
    entity_id   INTEGER NOT NULL,
    claim_id    INTEGER,
    before      TEXT CHECK (before IS NULL OR json_valid(before)),
    after       TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;

INSERT INTO events (id, at, actor, action, entity, entity_id, claim_id, before, after)
    SELECT id, at, actor, action, entity, entity_id, claim_id, before, after FROM events_v1;

-- Dropping the old table drops its index and triggers (no trigger fires on a DROP).
DROP TABLE events_v1;

CREATE INDEX events_claim ON events(claim_id, id);

CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
