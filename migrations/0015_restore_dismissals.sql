-- Version 15: a dismissal of a finding, a precedent or a suggested stance can be taken back
-- (`claimdesk undo`, the workbench's `u`); each taking back is an event of its own kind.

INSERT INTO event_actions (name) VALUES
    ('finding-restore'), ('precedent-restore'), ('suggestion-restore');
