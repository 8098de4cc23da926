-- Review queue orders and filters measured at a million applications (bench/RESULTS.md).

-- Amount orders with receipt order among equal amounts (amounts are round: many are equal), largest or smallest
-- first, straight off an index.
DROP INDEX guarantee_application_queue_amount_idx;
CREATE INDEX guarantee_application_queue_amount_low_idx
    ON guarantee_application (programme_code, amount_won, receipt_number) WHERE status <> 'DRAFT';
CREATE INDEX guarantee_application_queue_amount_high_idx
    ON guarantee_application (programme_code, amount_won DESC, receipt_number) WHERE status <> 'DRAFT';

-- Overdue applications (waiting statuses, submitted before a day): their receipt numbers are found in the index
-- alone, the page's are sorted out of them, and only those rows are read.
CREATE INDEX guarantee_application_queue_status_submitted_idx
    ON guarantee_application (programme_code, status, receipt_number) INCLUDE (submitted_at) WHERE status <> 'DRAFT';
DROP INDEX guarantee_application_queue_status_idx;

-- A period, in any order, the same way: everything the usual orders and the status and amount filters need.
CREATE INDEX guarantee_application_queue_period_idx
    ON guarantee_application (programme_code, submitted_at)
    INCLUDE (receipt_number, status, last_action_at, amount_won) WHERE status <> 'DRAFT';
DROP INDEX guarantee_application_queue_submitted_receipt_idx;

-- The first digits of a business number, the same way.
CREATE INDEX guarantee_application_queue_number_idx
    ON guarantee_application (programme_code, business_number) INCLUDE (receipt_number, status) WHERE status <> 'DRAFT';
