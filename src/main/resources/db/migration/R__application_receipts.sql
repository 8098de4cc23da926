-- A submission's receipt number and the moment it was accepted, drawn together: across every instance of the
-- application, a later receipt number never carries an earlier moment. The lock is held only while the two are read
-- (not until the submitting transaction ends), and given back if reading them fails, so that no connection keeps it.
--
-- Flyway runs this file again whenever it changes, after every versioned migration; it may run any number of times.

CREATE OR REPLACE FUNCTION draw_application_receipt(OUT receipt_number BIGINT, OUT accepted_at TIMESTAMPTZ)
    LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM pg_advisory_lock(hashtext('application-receipt'));
    BEGIN
        receipt_number := nextval('application_receipt_seq');
        accepted_at := clock_timestamp();
    EXCEPTION WHEN OTHERS OR QUERY_CANCELED THEN
        PERFORM pg_advisory_unlock(hashtext('application-receipt'));
        RAISE;
    END;
    PERFORM pg_advisory_unlock(hashtext('application-receipt'));
END;
$$;
