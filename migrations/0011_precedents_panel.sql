-- Version 11: precedents and blind panels.
-- A verdict may reuse the evidence and rating of a precedent (a claim already reviewed): it
-- names the precedent's verdict it was copied from. A reviewer may dismiss a precedent offered
-- for a claim; it is not offered again. The desk's review panel (config.toml [panel], recorded
-- here so every path that derives a claim's status, merges included, follows the same rule):
-- no row, no panel (any two reviewers who disagree dispute a claim).

ALTER TABLE verdicts ADD COLUMN reused_from INTEGER REFERENCES verdicts(id);

CREATE TABLE precedent_dismissals (
    claim_id     INTEGER NOT NULL REFERENCES claims(id),
    precedent_id INTEGER NOT NULL REFERENCES claims(id),
    reviewer     TEXT NOT NULL CHECK (length(reviewer) > 0),
    created_at   TEXT NOT NULL,
    PRIMARY KEY (claim_id, precedent_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE panel (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    size  INTEGER NOT NULL CHECK (size IN (2, 3)),
    blind INTEGER NOT NULL CHECK (blind IN (0, 1)),
    rule  TEXT NOT NULL CHECK (rule IN ('unanimous', 'majority'))
) STRICT;

-- How many rows of the full-text index hold each term: precedents look for a claim's rarest
-- words first (a word every claim holds would make the search read the whole index).
CREATE VIRTUAL TABLE search_terms USING fts5vocab('search', 'row');

INSERT INTO event_actions (name) VALUES ('verdict-reuse'), ('precedent-dismiss'), ('panel-set');
INSERT INTO event_entities (name) VALUES ('panel');
