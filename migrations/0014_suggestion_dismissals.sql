-- Version 14: a reviewer's dismissal of the stance a piece of evidence's quote suggests
-- (`claimdesk evidence dismiss-suggestion ID`, the workbench's `z`), remembered on the evidence,
-- so "the values suggest …" is no longer shown for it (the comparison sentences stay).

ALTER TABLE evidence ADD COLUMN suggestion_dismissed INTEGER NOT NULL DEFAULT 0
    CHECK (suggestion_dismissed IN (0, 1));

INSERT INTO event_actions (name) VALUES ('suggestion-dismiss');
