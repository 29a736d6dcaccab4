-- Version 3: `import-report` adds an event, a piece of evidence or a verdict only if the same one
-- is not there yet, and looks it up by its time (and its claim). Without these indexes each lookup
-- read the whole events table, or all of the claim's evidence or verdicts, so merging a bundle took
-- time quadratic in them.

CREATE INDEX events_at ON events(at);
CREATE INDEX evidence_claim_at ON evidence(claim_id, created_at);
CREATE INDEX verdicts_claim_at ON verdicts(claim_id, created_at);
