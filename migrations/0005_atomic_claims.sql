-- Version 5: atomic claims. A claim rests on verbatim pieces of the article (`parts`, in reading
-- order), is made by someone (`claimant_name` and `claimant_kind`, both or neither; neither: the
-- article itself), states a sort of fact (`type`), and may be stated at several places of the
-- article (`appearances`, its own span first). Parts and appearances are JSON arrays of
-- [start, end] character offsets, end exclusive. A claim stored before this version rests on its
-- whole span, stated once. Setting a claimant is recorded as a 'claim-claimant' event, so the
-- events table is rebuilt with every row (SQLite cannot change a CHECK in place), as in version 2.

ALTER TABLE claims ADD COLUMN parts TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(parts) AND json_type(parts) = 'array');
ALTER TABLE claims ADD COLUMN claimant_name TEXT
    CHECK (claimant_name IS NULL OR length(trim(claimant_name)) > 0);
ALTER TABLE claims ADD COLUMN claimant_kind TEXT
    CHECK ((claimant_kind IS NULL OR claimant_kind IN ('person', 'organization'))
           AND ((claimant_name IS NULL) = (claimant_kind IS NULL)));
ALTER TABLE claims ADD COLUMN type TEXT NOT NULL DEFAULT 'other'
    CHECK (type IN ('quantity', 'time', 'comparison', 'causal', 'prediction', 'quote', 'policy',
                    'other'));
ALTER TABLE claims ADD COLUMN appearances TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(appearances) AND json_type(appearances) = 'array');

UPDATE claims SET parts = json_array(json_array(start, "end")),
                  appearances = json_array(json_array(start, "end"));

CREATE INDEX claims_type ON claims(type);

ALTER TABLE events RENAME TO events_v4;

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL CHECK (length(actor) > 0),
    action      TEXT NOT NULL CHECK (action IN ('import', 'claim-add', 'claim-edit', 'claim-split',
                                                'claim-merge', 'claim-dismiss', 'claim-restore',
                                                'source-add', 'source-edit', 'source-remove',
                                                'evidence-add', 'evidence-remove', 'verdict',
                                                'import-report', 'article-edit', 'claim-claimant')),
    entity      TEXT NOT NULL CHECK (entity IN ('article', 'claim', 'source', 'evidence', 'verdict')),
    entity_id   INTEGER NOT NULL,
    claim_id    INTEGER,
    before      TEXT CHECK (before IS NULL OR json_valid(before)),
    after       TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;

INSERT INTO events (id, at, actor, action, entity, entity_id, claim_id, before, after)
    SELECT id, at, actor, action, entity, entity_id, claim_id, before, after FROM events_v4;

-- Dropping the old table drops its indexes and triggers (no trigger fires on a DROP).
DROP TABLE events_v4;

CREATE INDEX events_claim ON events(claim_id, id);
CREATE INDEX events_at ON events(at);

CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
