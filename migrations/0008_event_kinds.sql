-- Version 8: the kinds of event and of entity an event may name live in two small tables,
-- `event_actions` and `event_entities`, that `events` refers to by foreign key. A later version
-- that records a new kind of change adds one row here (`INSERT INTO event_actions VALUES (…)`),
-- where before it had to rebuild the whole events table to change a CHECK. The events table is
-- rebuilt once, with every row, as in versions 2 and 5.

CREATE TABLE event_actions (
    name TEXT PRIMARY KEY CHECK (length(name) > 0)
) STRICT, WITHOUT ROWID;
INSERT INTO event_actions (name) VALUES
    ('import'), ('claim-add'), ('claim-edit'), ('claim-split'), ('claim-merge'),
    ('claim-dismiss'), ('claim-restore'), ('source-add'), ('source-edit'), ('source-remove'),
    ('evidence-add'), ('evidence-remove'), ('verdict'), ('import-report'), ('article-edit'),
    ('claim-claimant');

CREATE TABLE event_entities (
    name TEXT PRIMARY KEY CHECK (length(name) > 0)
) STRICT, WITHOUT ROWID;
INSERT INTO event_entities (name) VALUES
    ('article'), ('claim'), ('source'), ('evidence'), ('verdict');

ALTER TABLE events RENAME TO events_v7;

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL CHECK (length(actor) > 0),
    action      TEXT NOT NULL REFERENCES event_actions(name),
    entity      TEXT NOT NULL REFERENCES event_entities(name),
    entity_id   INTEGER NOT NULL,
    claim_id    INTEGER,
    before      TEXT CHECK (before IS NULL OR json_valid(before)),
    after       TEXT CHECK (after IS NULL OR json_valid(after)),
    -- A global identity (a UUID), kept when the event is merged into another database.
    uid         TEXT
) STRICT;

INSERT INTO events (id, at, actor, action, entity, entity_id, claim_id, before, after, uid)
    SELECT id, at, actor, action, entity, entity_id, claim_id, before, after, uid FROM events_v7;

-- Dropping the old table drops its indexes and triggers (no trigger fires on a DROP).
DROP TABLE events_v7;

CREATE INDEX events_claim ON events(claim_id, id);
CREATE INDEX events_at ON events(at);
CREATE UNIQUE INDEX events_uid ON events(uid);

CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
