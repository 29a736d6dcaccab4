-- Version 4: values gain the kinds time, range, ratio and temperature, and the TIMEX3 modifiers
-- start, mid and end ("early 2020", "by the end of the month"). SQLite cannot alter a CHECK, so
-- the table is rebuilt: same columns, same ids, same rows, same indexes.

CREATE TABLE values_v4 (
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
INSERT INTO values_v4 (id, article_id, claim_id, kind, text, start, "end", value, modifier)
    SELECT id, article_id, claim_id, kind, text, start, "end", value, modifier FROM "values";
DROP TABLE "values";
ALTER TABLE values_v4 RENAME TO "values";
CREATE INDEX values_claim ON "values"(claim_id);
CREATE INDEX values_article ON "values"(article_id, start);
