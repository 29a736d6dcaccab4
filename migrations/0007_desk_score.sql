-- Version 7: a desk learns its own check-worthiness score from its reviewers' decisions
-- (dismissals against, evidence, verdicts and claims added by hand for). Each learning is a row,
-- never changed: the changes it makes to the shipped weights (sparse JSON [[index, change], …]),
-- which shipped weights they apply to, and a digest of the labels, so an import can tell whether
-- there is anything new to learn. The newest row is in force; claims.score holds what it gives.

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
