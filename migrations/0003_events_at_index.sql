-- Version 3: events are looked up by their time when a report is merged (`import-report` adds an
-- event only if the same one is not there yet). Without an index each lookup read the whole
-- table, so merging a bundle took time quadratic in its events.

CREATE INDEX events_at ON events(at);
