-- claimdesk schema, version 15: the whole current schema in one place, for reading. The store does
-- not run this file: it builds and upgrades a database by running migrations/NNNN_<what>.sql in
-- order under PRAGMA user_version (see src/store/mod.rs). A test builds a database both ways and
-- compares them, so a new migration must come with the same change here (and the version above).
-- Offsets are character offsets into articles.text, end exclusive. Times are RFC 3339 UTC strings.

CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(title) > 0),
    url         TEXT,
    author      TEXT,
    published   TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    imported_at TEXT NOT NULL,
    sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    text        TEXT NOT NULL CHECK (length(text) > 0)
) STRICT;

CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id),
    text        TEXT NOT NULL CHECK (length(text) > 0),
    start       INTEGER NOT NULL CHECK (start >= 0),
    "end"       INTEGER NOT NULL CHECK ("end" > start),
    sentence    INTEGER NOT NULL CHECK (sentence >= 0),
    score       REAL NOT NULL CHECK (score >= 0 AND score <= 1),
    -- Derived from evidence and verdicts by the store, in the same transaction as the change.
    status      TEXT NOT NULL DEFAULT 'new'
                CHECK (status IN ('new', 'in-review', 'reviewed', 'disputed', 'dismissed')),
    origin      TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted', 'manual')),
    -- Set when a merged report carried a different wording of this claim (JSON: who, text);
    -- such a claim is 'disputed' until a reviewer edits it.
    conflict    TEXT CHECK (conflict IS NULL OR json_valid(conflict)),
    -- Why a reviewer marked the claim not check-worthy; set exactly when status is 'dismissed'.
    dismissed_reason TEXT CHECK ((status = 'dismissed') = (dismissed_reason IS NOT NULL)),
    cues        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(cues) AND json_type(cues) = 'array'),
    subject     TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    -- Bumped on every change to the claim, so a writer can refuse a change based on a stale read.
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    -- The verbatim pieces of the article the claim rests on, in reading order: a JSON array of
    -- [start, end] (a claim stored before version 5 rests on its whole span).
    parts       TEXT NOT NULL DEFAULT '[]'
                CHECK (json_valid(parts) AND json_type(parts) = 'array'),
    -- Who makes the claim, both or neither; neither: the article itself.
    claimant_name TEXT
                CHECK (claimant_name IS NULL OR length(trim(claimant_name)) > 0),
    claimant_kind TEXT
                CHECK ((claimant_kind IS NULL OR claimant_kind IN ('person', 'organization'))
                       AND ((claimant_name IS NULL) = (claimant_kind IS NULL))),
    type        TEXT NOT NULL DEFAULT 'other'
                CHECK (type IN ('quantity', 'time', 'comparison', 'causal', 'prediction', 'quote',
                                'policy', 'other')),
    -- Every place the article states the fact, the claim's own span first: [[start, end], …].
    appearances TEXT NOT NULL DEFAULT '[]'
                CHECK (json_valid(appearances) AND json_type(appearances) = 'array'),
    -- When a dated prediction or promise is to be checked again (YYYY-MM-DD); `claimdesk due`.
    recheck_on  TEXT CHECK (recheck_on IS NULL OR date(recheck_on) IS recheck_on),
    -- The reviewer the claim is assigned to (version 12); NULL: nobody.
    assignee    TEXT CHECK (assignee IS NULL OR length(trim(assignee)) > 0)
) STRICT;
CREATE INDEX claims_article ON claims(article_id, start);
CREATE INDEX claims_recheck ON claims(recheck_on) WHERE recheck_on IS NOT NULL;
CREATE INDEX claims_assignee ON claims(assignee) WHERE assignee IS NOT NULL;
CREATE INDEX claims_status ON claims(status);
CREATE INDEX claims_type ON claims(type);

-- Every value the extractor found in an article; claim_id is the claim whose span holds it.
CREATE TABLE "values" (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id),
    claim_id    INTEGER REFERENCES claims(id) ON DELETE SET NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('date', 'time', 'duration', 'range', 'age', 'quantity',
                                              'temperature', 'count', 'number', 'ordinal', 'ratio',
                                              'percent', 'money')),
    text        TEXT NOT NULL CHECK (length(text) > 0),
    start       INTEGER NOT NULL CHECK (start >= 0),
    "end"       INTEGER NOT NULL CHECK ("end" > start),
    value       TEXT,
    modifier    TEXT CHECK (modifier IS NULL OR modifier IN ('approx', 'more-than', 'less-than',
                                                             'start', 'mid', 'end'))
) STRICT;
CREATE INDEX values_claim ON "values"(claim_id);
CREATE INDEX values_article ON "values"(article_id, start);

-- One record per normalized URL (scheme and host lower-cased, fragment and tracking parameters
-- dropped), reused across claims.
CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    url         TEXT NOT NULL UNIQUE CHECK (length(url) > 0),
    title       TEXT,
    publisher   TEXT,
    accessed    TEXT CHECK (accessed IS NULL OR accessed GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    archive_url TEXT CHECK (archive_url IS NULL OR length(archive_url) > 0),
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    claim_id    INTEGER NOT NULL REFERENCES claims(id),
    source_id   INTEGER NOT NULL REFERENCES sources(id),
    quote       TEXT CHECK (quote IS NULL OR length(quote) > 0),
    stance      TEXT NOT NULL DEFAULT 'context'
                CHECK (stance IN ('supports', 'refutes', 'mixed', 'context')),
    note        TEXT,
    reviewer    TEXT NOT NULL CHECK (length(reviewer) > 0),
    created_at  TEXT NOT NULL,
    -- A global identity (a UUID), the same in every database the evidence is merged into.
    uid         TEXT,
    -- 1: the reviewer dismissed the stance its quote's values suggest (version 14).
    suggestion_dismissed INTEGER NOT NULL DEFAULT 0
                CHECK (suggestion_dismissed IN (0, 1))
) STRICT;
CREATE INDEX evidence_claim ON evidence(claim_id);
-- `import-report` looks evidence up by its claim and time before adding it.
CREATE INDEX evidence_claim_at ON evidence(claim_id, created_at);
CREATE UNIQUE INDEX evidence_uid ON evidence(uid);

-- Append-only: a new verdict supersedes the previous one, the history stays.
CREATE TABLE verdicts (
    id          INTEGER PRIMARY KEY,
    claim_id    INTEGER NOT NULL REFERENCES claims(id),
    -- The scale is configurable; the store checks a rating against it. Here: a lower-case slug.
    rating      TEXT NOT NULL CHECK (length(rating) BETWEEN 1 AND 40 AND rating NOT GLOB '*[^a-z0-9-]*'),
    rationale   TEXT NOT NULL DEFAULT '',
    reviewer    TEXT NOT NULL CHECK (length(reviewer) > 0),
    created_at  TEXT NOT NULL,
    -- A global identity (a UUID v7: in one database, later verdicts have greater uids); the
    -- current verdict is the latest by (created_at, uid).
    uid         TEXT,
    -- The pieces of evidence the rating needed when it was given: with fewer, the claim is back
    -- in review.
    evidence_needed INTEGER NOT NULL DEFAULT 0 CHECK (evidence_needed >= 0),
    -- Given on re-checking a dated claim: it supersedes the verdicts before it (kept, shown as
    -- "before re-check").
    recheck     INTEGER NOT NULL DEFAULT 0 CHECK (recheck IN (0, 1))
    -- Set when the verdict was withdrawn (its undo; version 10): the current verdict is the
    -- latest not withdrawn. The row stays, as every verdict does.
    , withdrawn_at TEXT,
    -- The precedent's verdict this one reused (its evidence and rating copied), if any (version 11).
    reused_from INTEGER REFERENCES verdicts(id)
) STRICT;
CREATE INDEX verdicts_claim ON verdicts(claim_id, id);
-- `import-report` looks a verdict up by its claim and time before adding it.
CREATE INDEX verdicts_claim_at ON verdicts(claim_id, created_at);
CREATE UNIQUE INDEX verdicts_uid ON verdicts(uid);

CREATE TRIGGER verdicts_append_only_update BEFORE UPDATE OF rating, rationale, reviewer, created_at ON verdicts
BEGIN SELECT RAISE(ABORT, 'verdicts are append-only'); END;
CREATE TRIGGER verdicts_append_only_delete BEFORE DELETE ON verdicts
BEGIN SELECT RAISE(ABORT, 'verdicts are append-only'); END;

-- The kinds of event and of entity an event may name. A version that records a new kind of
-- change adds a row here.
CREATE TABLE event_actions (
    name TEXT PRIMARY KEY CHECK (length(name) > 0)
) STRICT, WITHOUT ROWID;
INSERT INTO event_actions (name) VALUES
    ('import'), ('claim-add'), ('claim-edit'), ('claim-split'), ('claim-merge'),
    ('claim-dismiss'), ('claim-restore'), ('source-add'), ('source-edit'), ('source-remove'),
    ('evidence-add'), ('evidence-remove'), ('verdict'), ('import-report'), ('article-edit'),
    ('claim-claimant'), ('claim-recheck'), ('undo'), ('redo'), ('verdict-withdraw'),
    ('verdict-reuse'), ('precedent-dismiss'), ('panel-set'),
    ('claim-assign'), ('claim-parts'), ('finding-dismiss'),
    ('suggestion-dismiss'), ('finding-restore'), ('precedent-restore'),
    ('suggestion-restore');

CREATE TABLE event_entities (
    name TEXT PRIMARY KEY CHECK (length(name) > 0)
) STRICT, WITHOUT ROWID;
INSERT INTO event_entities (name) VALUES
    ('article'), ('claim'), ('source'), ('evidence'), ('verdict'), ('panel');

-- The audit trail: one row for every change, with the record before and after as JSON.
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
CREATE INDEX events_claim ON events(claim_id, id);
-- `import-report` looks an event up by its time before adding it.
CREATE INDEX events_at ON events(at);
CREATE UNIQUE INDEX events_uid ON events(uid);

CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

-- Full-text search over what a reviewer looks for: claim wording, evidence quotes and verdict
-- rationales. One row per searchable text, keyed by rowid = id * 4 + kind (0 claim, 1 evidence,
-- 2 verdict) so the triggers below find and replace it without a scan.
CREATE VIRTUAL TABLE search USING fts5(
    text,
    claim_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_claim_insert AFTER INSERT ON claims
BEGIN INSERT INTO search (rowid, text, claim_id) VALUES (new.id * 4, new.text, new.id); END;
CREATE TRIGGER search_claim_update AFTER UPDATE OF text ON claims
BEGIN
    DELETE FROM search WHERE rowid = old.id * 4;
    INSERT INTO search (rowid, text, claim_id) VALUES (new.id * 4, new.text, new.id);
END;
CREATE TRIGGER search_claim_delete AFTER DELETE ON claims
BEGIN DELETE FROM search WHERE rowid = old.id * 4; END;

CREATE TRIGGER search_evidence_insert AFTER INSERT ON evidence WHEN new.quote IS NOT NULL
BEGIN INSERT INTO search (rowid, text, claim_id) VALUES (new.id * 4 + 1, new.quote, new.claim_id); END;
CREATE TRIGGER search_evidence_update AFTER UPDATE OF quote, claim_id ON evidence
BEGIN
    DELETE FROM search WHERE rowid = old.id * 4 + 1;
    INSERT INTO search (rowid, text, claim_id)
        SELECT new.id * 4 + 1, new.quote, new.claim_id WHERE new.quote IS NOT NULL;
END;
CREATE TRIGGER search_evidence_delete AFTER DELETE ON evidence
BEGIN DELETE FROM search WHERE rowid = old.id * 4 + 1; END;

CREATE TRIGGER search_verdict_insert AFTER INSERT ON verdicts WHEN new.rationale != ''
BEGIN INSERT INTO search (rowid, text, claim_id) VALUES (new.id * 4 + 2, new.rationale, new.claim_id); END;
-- Verdicts are append-only, but follow their claim when claims are merged.
CREATE TRIGGER search_verdict_update AFTER UPDATE OF claim_id ON verdicts
BEGIN
    DELETE FROM search WHERE rowid = old.id * 4 + 2;
    INSERT INTO search (rowid, text, claim_id)
        SELECT new.id * 4 + 2, new.rationale, new.claim_id WHERE new.rationale != '';
END;

-- A desk's learned check-worthiness score (version 7; versions 4 to 6 are other branches'):
-- append-only, the newest row in force. `delta` holds the changes to the shipped weights as
-- sparse JSON [[index, change], …]; `base` names the shipped weights they apply to; `digest`
-- the labels learned from. claims.score holds what the newest row gives.
CREATE TABLE score_models (
    id          INTEGER PRIMARY KEY,
    trained_at  TEXT NOT NULL,
    actor       TEXT NOT NULL CHECK (length(actor) > 0),
    base        TEXT NOT NULL CHECK (length(base) > 0),
    labels      INTEGER NOT NULL CHECK (labels >= 0),
    positives   INTEGER NOT NULL CHECK (positives >= 0 AND positives <= labels),
    digest      TEXT NOT NULL,
    delta       TEXT NOT NULL CHECK (json_valid(delta) AND json_type(delta) = 'array'),
    rescored    INTEGER NOT NULL CHECK (rescored >= 0)
) STRICT;

CREATE TRIGGER score_models_append_only_update BEFORE UPDATE ON score_models
BEGIN SELECT RAISE(ABORT, 'learned scores are append-only'); END;
CREATE TRIGGER score_models_append_only_delete BEFORE DELETE ON score_models
BEGIN SELECT RAISE(ABORT, 'learned scores are append-only'); END;

-- Undo and redo many levels deep, per actor, across restarts (version 10): the stack of
-- changes `undo` takes back (kind 'undo') and of those `redo` makes again (kind 'redo'), newest on top. `steps`: how, as JSON (the desk's `UndoStep`s); NULL when
-- the change cannot be taken back, `why_not` saying why.
CREATE TABLE undos (
    id          INTEGER PRIMARY KEY,
    actor       TEXT NOT NULL CHECK (length(actor) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('undo', 'redo')),
    what        TEXT NOT NULL,
    claim_id    INTEGER,
    steps       TEXT CHECK (steps IS NULL OR json_valid(steps)),
    why_not     TEXT CHECK ((steps IS NULL) = (why_not IS NOT NULL)),
    -- The last event when the entry was made: an event about its claims after it, by another
    -- actor, means somebody changed them since, and the undo is refused.
    event_id    INTEGER,
    at          TEXT NOT NULL
) STRICT;
CREATE INDEX undos_actor ON undos(actor, kind, id);

-- Precedents (version 11): a precedent a reviewer
-- dismissed for a claim is not offered for it again.
CREATE TABLE precedent_dismissals (
    claim_id     INTEGER NOT NULL REFERENCES claims(id),
    precedent_id INTEGER NOT NULL REFERENCES claims(id),
    reviewer     TEXT NOT NULL CHECK (length(reviewer) > 0),
    created_at   TEXT NOT NULL,
    PRIMARY KEY (claim_id, precedent_id)
) STRICT, WITHOUT ROWID;

-- How many rows of the full-text index hold each term (version 11): precedents look for a
-- claim's rarest words first.
CREATE VIRTUAL TABLE search_terms USING fts5vocab('search', 'row');

-- The desk's review panel (config.toml [panel]), one row or none (no panel): every derivation of
-- a claim's status reads it.
CREATE TABLE panel (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    size  INTEGER NOT NULL CHECK (size IN (2, 3)),
    blind INTEGER NOT NULL CHECK (blind IN (0, 1)),
    rule  TEXT NOT NULL CHECK (rule IN ('unanimous', 'majority'))
) STRICT;

-- A reviewer's dismissal of a consistency finding (version 13), by the finding's key: a hash of
-- its kind, claims and values.
CREATE TABLE finding_dismissals (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    key         TEXT NOT NULL CHECK (length(key) > 0),
    reason      TEXT,
    actor       TEXT NOT NULL CHECK (length(actor) > 0),
    at          TEXT NOT NULL,
    UNIQUE (article_id, key)
) STRICT;
