-- Review queue orders and filters that the indexes of V10 do not serve at a million applications.

-- "Waiting longest": applications still waiting for a decision first, the longest without any action first. The
-- expression is the one the queue orders by, written the same way.
CREATE INDEX guarantee_application_queue_waiting_idx
    ON guarantee_application (programme_code,
                              (status NOT IN ('SUBMITTED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'RECOMMENDED')),
                              last_action_at, receipt_number)
    WHERE status <> 'DRAFT';

-- Applications nobody works on yet, in receipt order: few among many decided ones.
CREATE INDEX guarantee_application_queue_unassigned_idx
    ON guarantee_application (programme_code, receipt_number)
    WHERE status <> 'DRAFT' AND assignee IS NULL;

-- A period in receipt order: the receipt numbers of the period's applications, read from the index alone, tell
-- where in receipt order the period lies. Replaces the index on submission time without receipt numbers.
CREATE INDEX guarantee_application_queue_submitted_receipt_idx
    ON guarantee_application (programme_code, submitted_at) INCLUDE (receipt_number)
    WHERE status <> 'DRAFT';
DROP INDEX guarantee_application_queue_submitted_idx;
