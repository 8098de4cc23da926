-- The applications awaiting a decision by moment of submission: a period of the default queue (one month, in receipt
-- order or waiting longest first). The period's index of V61 holds every submitted application, so that a month's
-- few awaiting ones were found by reading all of the month's applications of the agency's programmes (64,000 entries
-- at a million applications, nearly all of them decided). This one holds the awaiting ones only, with what the
-- queue's orders and filters need.
CREATE INDEX guarantee_application_queue_awaiting_period_idx
    ON guarantee_application (programme_code, submitted_at)
    INCLUDE (agreement_code, receipt_number, status, last_action_at, amount_won, region, industry_section, assignee)
    WHERE status IN ('SUBMITTED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'RECOMMENDED');
