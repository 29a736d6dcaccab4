-- Version 9: re-check dates. A prediction or promise with a date gets `claims.recheck_on`, the
-- day its date has come (the last day of the period it names), so the desk can check whether it
-- happened (`claimdesk due`); `claim recheck` sets or clears it (a `claim-recheck` event). A
-- verdict given on re-checking (`verdicts.recheck`) supersedes the verdicts before it, which are
-- kept and shown as "before re-check". Existing predictions get the date of their latest day,
-- month or year value; other forms (quarters, weeks) wait for a re-import or `claim recheck`.

ALTER TABLE claims ADD COLUMN recheck_on TEXT
    CHECK (recheck_on IS NULL OR date(recheck_on) IS recheck_on);
ALTER TABLE verdicts ADD COLUMN recheck INTEGER NOT NULL DEFAULT 0 CHECK (recheck IN (0, 1));
CREATE INDEX claims_recheck ON claims(recheck_on) WHERE recheck_on IS NOT NULL;
INSERT INTO event_actions (name) VALUES ('claim-recheck');

UPDATE claims SET recheck_on = (
    SELECT max(day) FROM (
        SELECT CASE
            WHEN v.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
                THEN date(substr(v.value, 1, 10))
            WHEN v.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND length(v.value) = 7
                THEN date(v.value || '-01', '+1 month', '-1 day')
            WHEN v.value GLOB '[0-9][0-9][0-9][0-9]' AND length(v.value) = 4
                THEN v.value || '-12-31'
        END AS day
        FROM "values" v
        WHERE v.claim_id = claims.id AND v.kind IN ('date', 'time')
    )
    WHERE day >= coalesce((SELECT a.published FROM articles a WHERE a.id = claims.article_id), '')
)
WHERE type = 'prediction';
