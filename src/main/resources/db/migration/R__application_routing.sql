-- Every application is routed to one agreement of its programme (guarantee_application.agreement_code, V42, NOT
-- NULL). The application module always names it; a row written without one (a bulk load, a writer older than
-- agreements) goes to its programme's lead agreement, as every application did before agreements.
--
-- Flyway runs this file again whenever it changes, after every versioned migration; it may run any number of times.

CREATE OR REPLACE FUNCTION route_to_lead_agreement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT a.code INTO NEW.agreement_code
    FROM agreement a JOIN programme p ON p.id = a.programme_id
    WHERE p.code = NEW.programme_code
    ORDER BY a.position, a.agency_code
    LIMIT 1;
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER guarantee_application_routed_to_lead_agreement
    BEFORE INSERT ON guarantee_application
    FOR EACH ROW WHEN (NEW.agreement_code IS NULL)
    EXECUTE FUNCTION route_to_lead_agreement();
