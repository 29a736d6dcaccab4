-- Version 12: a claim may be assigned to a reviewer (`claim assign N --to NAME`); NULL: nobody.
-- Assigning and unassigning are `claim-assign` events; a claim's parts set by hand are
-- `claim-parts` events.
ALTER TABLE claims ADD COLUMN assignee TEXT
    CHECK (assignee IS NULL OR length(trim(assignee)) > 0);
CREATE INDEX claims_assignee ON claims(assignee) WHERE assignee IS NOT NULL;
INSERT INTO event_actions (name) VALUES ('claim-assign'), ('claim-parts');
