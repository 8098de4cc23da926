-- Opening rush: a programme may stop taking submissions once the amounts asked for by applications awaiting a
-- decision reach its intake limit, a percentage of the capacity that remains. intake_won is that running sum,
-- moved by one conditional UPDATE per submission (so PostgreSQL's row lock decides between concurrent
-- submissions) and given back when an application leaves the queue: withdrawn, rejected or approved.
ALTER TABLE programme
    ADD COLUMN intake_limit_percent INTEGER CHECK (intake_limit_percent BETWEEN 1 AND 1000),
    ADD COLUMN intake_won           BIGINT  NOT NULL DEFAULT 0 CHECK (intake_won >= 0);

UPDATE programme p SET intake_won = coalesce((
    SELECT sum(a.amount_won) FROM guarantee_application a
    WHERE a.programme_code = p.code AND a.status IN ('SUBMITTED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'RECOMMENDED')), 0);
