-- Version 13: a reviewer's dismissal of a consistency finding (`claimdesk check --dismiss KEY`),
-- remembered by the finding's key (a hash of its kind, claims and values), so the finding stays
-- out of the open list while the article says the same.

CREATE TABLE finding_dismissals (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    key         TEXT NOT NULL CHECK (length(key) > 0),
    reason      TEXT,
    actor       TEXT NOT NULL CHECK (length(actor) > 0),
    at          TEXT NOT NULL,
    UNIQUE (article_id, key)
) STRICT;

INSERT INTO event_actions (name) VALUES ('finding-dismiss');
