-- The applications awaiting a decision, what an agency's queue shows by default: few among the many decided ones and
-- mostly recent, so that reading a programme in receipt order for them walks the decided ones first (page 40 of the
-- default queue read 940,000 entries at a million applications). Their own index holds every filter and order of
-- the queue, so that their receipt numbers are gathered from it alone and only the page's rows are read.
CREATE INDEX guarantee_application_queue_awaiting_idx
    ON guarantee_application (programme_code, status, receipt_number)
    INCLUDE (agreement_code, submitted_at, last_action_at, amount_won, region, industry_section, assignee)
    WHERE status IN ('SUBMITTED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'RECOMMENDED');
