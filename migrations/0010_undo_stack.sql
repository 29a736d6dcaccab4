-- Version 10: undo and redo many levels deep, across restarts.
-- `undos` holds, per actor, the stack of changes `undo` can take back (kind 'undo') and the
-- stack of changes taken back that `redo` can make again (kind 'redo'), the newest on top.
-- `steps` is how to do it, as JSON (the desk's `UndoStep`s, each guarded by the version of the
-- claim the change left); NULL when the change cannot be taken back, and `why_not` says why.
-- An undo or redo is one transaction with its own event (`undo`, `redo`).
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

INSERT INTO event_actions (name) VALUES ('undo'), ('redo'), ('verdict-withdraw');

-- Verdicts stay append-only; the undo of a verdict marks it withdrawn (when), and every query of
-- a claim's current verdict leaves withdrawn ones out. The history keeps them.
ALTER TABLE verdicts ADD COLUMN withdrawn_at TEXT;
