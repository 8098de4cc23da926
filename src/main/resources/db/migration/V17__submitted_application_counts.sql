-- How many submitted applications each programme has in each status, and the amounts they request, kept by the
-- database in the same transaction as every change: the review queue's counts and the dashboard read them instead
-- of counting a million applications.
--
-- Changes are appended as signed rows (+1 into the new status, -1 out of the old one) rather than added to one
-- row per programme and status: concurrent submissions to one programme then never wait for each other, and no
-- two transactions can lock the same counters in opposite orders. Reading sums the rows; the application folds
-- them into one row per programme and status from time to time (ApplicationCounts).
CREATE TABLE submitted_application_count (
    id             BIGSERIAL   PRIMARY KEY,
    programme_code VARCHAR(32) NOT NULL,
    status         VARCHAR(20) NOT NULL,
    applications   BIGINT      NOT NULL,
    requested_won  BIGINT      NOT NULL
);

CREATE INDEX submitted_application_count_programme_idx
    ON submitted_application_count (programme_code, status) INCLUDE (applications, requested_won);

CREATE FUNCTION count_submitted_application() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.receipt_number IS NOT NULL THEN
        INSERT INTO submitted_application_count (programme_code, status, applications, requested_won)
        VALUES (OLD.programme_code, OLD.status, -1, -OLD.amount_won);
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.receipt_number IS NOT NULL THEN
        INSERT INTO submitted_application_count (programme_code, status, applications, requested_won)
        VALUES (NEW.programme_code, NEW.status, 1, NEW.amount_won);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER guarantee_application_counted
    AFTER INSERT OR DELETE ON guarantee_application
    FOR EACH ROW EXECUTE FUNCTION count_submitted_application();

CREATE TRIGGER guarantee_application_recounted
    AFTER UPDATE ON guarantee_application
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.receipt_number IS DISTINCT FROM NEW.receipt_number
          OR OLD.programme_code IS DISTINCT FROM NEW.programme_code OR OLD.amount_won IS DISTINCT FROM NEW.amount_won)
    EXECUTE FUNCTION count_submitted_application();

INSERT INTO submitted_application_count (programme_code, status, applications, requested_won)
SELECT programme_code, status, count(*), sum(amount_won)
FROM guarantee_application
WHERE receipt_number IS NOT NULL
GROUP BY programme_code, status;
