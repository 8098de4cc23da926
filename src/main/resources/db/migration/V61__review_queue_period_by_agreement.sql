-- A period in any order, for an agency: the queue shows an agency the applications of its own agreements only, and
-- the period's index did not hold the agreement, so that every application of the period was read from the table to
-- see whose it is (one month, waiting longest first: 64,000 rows, 4,600 buffers at a million applications). The
-- same index holding the agreement finds the month's applications of the agency in the index alone.
CREATE INDEX guarantee_application_queue_period_agreement_idx
    ON guarantee_application (programme_code, submitted_at)
    INCLUDE (agreement_code, receipt_number, status, last_action_at, amount_won) WHERE status <> 'DRAFT';
DROP INDEX guarantee_application_queue_period_idx;
