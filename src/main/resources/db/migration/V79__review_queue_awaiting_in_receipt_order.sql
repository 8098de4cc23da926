-- The applications awaiting a decision in receipt order, whatever their status: what an agency's queue shows by
-- default. V78's index keeps them in receipt order within each status only, so that the default page gathered the
-- receipt numbers of every awaiting application of the agency's programmes and sorted them (26,000 at a million
-- applications) to show the first 25. In this index each programme's awaiting applications are one range in receipt
-- order, read no further than the page reaches, with every column the queue filters by.
CREATE INDEX guarantee_application_queue_awaiting_receipt_idx
    ON guarantee_application (programme_code, receipt_number)
    INCLUDE (agreement_code, status, submitted_at, last_action_at, amount_won, region, industry_section, assignee)
    WHERE status IN ('SUBMITTED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'RECOMMENDED');
