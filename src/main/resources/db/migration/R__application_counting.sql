-- How the database keeps the counts of submitted applications per programme, agreement and status
-- (submitted_application_count, made by V17 and given its agreement column by V42), read by ApplicationCounts for
-- the review queue's counts. Changes are appended as signed rows; see V17 for why.
--
-- The function and triggers live here: Flyway runs this file again whenever it changes, after every versioned
-- migration. Everything below replaces what is there, so the file may run any number of times.

CREATE OR REPLACE FUNCTION count_submitted_application() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.receipt_number IS NOT NULL THEN
        INSERT INTO submitted_application_count (programme_code, agreement_code, status, applications, requested_won)
        VALUES (OLD.programme_code, OLD.agreement_code, OLD.status, -1, -OLD.amount_won);
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.receipt_number IS NOT NULL THEN
        INSERT INTO submitted_application_count (programme_code, agreement_code, status, applications, requested_won)
        VALUES (NEW.programme_code, NEW.agreement_code, NEW.status, 1, NEW.amount_won);
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER guarantee_application_counted
    AFTER INSERT OR DELETE ON guarantee_application
    FOR EACH ROW EXECUTE FUNCTION count_submitted_application();

CREATE OR REPLACE TRIGGER guarantee_application_recounted
    AFTER UPDATE ON guarantee_application
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.receipt_number IS DISTINCT FROM NEW.receipt_number
          OR OLD.programme_code IS DISTINCT FROM NEW.programme_code OR OLD.amount_won IS DISTINCT FROM NEW.amount_won
          OR OLD.agreement_code IS DISTINCT FROM NEW.agreement_code)
    EXECUTE FUNCTION count_submitted_application();
