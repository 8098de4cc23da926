-- What the dashboard counts, kept by the database in the same transaction as every change to applications,
-- guarantees, loans, payments and capacity reservations, so that its pages cost the same at a million applications
-- as at a thousand.
--
-- As in V17, every change appends signed rows (what the changed row counted before, negated, and what it counts
-- now) instead of adding to one row per group: concurrent changes never wait for each other on a counter and never
-- lock counters in opposite orders. Reading sums the rows; the application folds them into one row per key from
-- time to time (DashboardAggregates). A change counted by trigger takes every path that writes the tables, the
-- services as much as the demo data and imports, which listeners of the domain events would not.

-- Submitted applications per programme, Korean day of submission and group of each breakdown (agency, bank,
-- funder, region, industry, size class, partner tier), with what became of them. group_key is '' where the fact is
-- not known; for AGENCY it is the agency that issued the guarantee, '' while none did (the reader puts the
-- programme's lead agency there). submitted_on is -infinity for an application without a submission time.
CREATE TABLE breakdown_count (
    id              BIGSERIAL   PRIMARY KEY,
    breakdown       VARCHAR(8)  NOT NULL,
    group_key       VARCHAR(32) NOT NULL,
    programme_code  VARCHAR(32) NOT NULL,
    submitted_on    DATE        NOT NULL,
    applications    BIGINT      NOT NULL,
    approved        BIGINT      NOT NULL,
    rejected        BIGINT      NOT NULL,
    approved_won    BIGINT      NOT NULL,
    disbursed_won   BIGINT      NOT NULL
);

CREATE INDEX breakdown_count_programme_day_idx ON breakdown_count (breakdown, programme_code, submitted_on)
    INCLUDE (group_key, applications, approved, rejected, approved_won, disbursed_won);

-- How many applications (or, for LENDER, loans of a bank) each SME has in each group, per programme and in all
-- programmes together (programme_code '*'); breakdown ANY has one group ('*') for all applications. One row per SME,
-- group and programme, changed in place when an SME enters or leaves a group: only changes of the same SME meet on
-- a row. When a row goes from none to one or back, company_reach counts the SME in or out of the group: distinct
-- SMEs cannot be added up from counts per day, and are read there when no period is asked for.
CREATE TABLE company_count (
    breakdown        VARCHAR(8)  NOT NULL,
    group_key        VARCHAR(32) NOT NULL,
    programme_code   VARCHAR(32) NOT NULL,
    business_number  VARCHAR(10) NOT NULL,
    applications     BIGINT      NOT NULL,
    PRIMARY KEY (breakdown, programme_code, group_key, business_number)
);

-- the rows of SMEs that left a group, which folding removes
CREATE INDEX company_count_left_idx ON company_count (breakdown) WHERE applications = 0;

CREATE TABLE company_reach (
    id              BIGSERIAL   PRIMARY KEY,
    breakdown       VARCHAR(8)  NOT NULL,
    group_key       VARCHAR(32) NOT NULL,
    programme_code  VARCHAR(32) NOT NULL,
    companies       BIGINT      NOT NULL
);

CREATE INDEX company_reach_programme_idx ON company_reach (breakdown, programme_code) INCLUDE (group_key, companies);

-- Guaranteed loans per programme, bank and Korean day of issue, for the win-win finance index.
CREATE TABLE lender_count (
    id                BIGSERIAL   PRIMARY KEY,
    programme_code    VARCHAR(32) NOT NULL,
    bank_code         VARCHAR(16) NOT NULL,
    issued_on         DATE        NOT NULL,
    loans             BIGINT      NOT NULL,
    approved_won      BIGINT      NOT NULL,
    disbursed_won     BIGINT      NOT NULL,
    lower_tier_loans  BIGINT      NOT NULL
);

CREATE INDEX lender_count_programme_day_idx ON lender_count (programme_code, issued_on)
    INCLUDE (bank_code, loans, approved_won, disbursed_won, lower_tier_loans);

-- How many loans were first paid out (by a payment not reversed) a given number of days after the guarantee's
-- Korean day of issue: the medians are read from these histograms. recorded is whether the loan carries the time of
-- its first payment, which the overview asks for besides.
CREATE TABLE first_payment_days (
    id              BIGSERIAL   PRIMARY KEY,
    programme_code  VARCHAR(32) NOT NULL,
    bank_code       VARCHAR(16) NOT NULL,
    issued_on       DATE        NOT NULL,
    days            INTEGER     NOT NULL,
    recorded        BOOLEAN     NOT NULL,
    loans           BIGINT      NOT NULL
);

CREATE INDEX first_payment_days_programme_idx ON first_payment_days (programme_code, issued_on)
    INCLUDE (bank_code, days, recorded, loans);

-- How many decided applications took a given number of whole hours from submission to decision; the exact median
-- is then read from the few applications of the hour it falls in, through the index below.
CREATE TABLE decision_hours (
    id              BIGSERIAL   PRIMARY KEY,
    programme_code  VARCHAR(32) NOT NULL,
    hours           INTEGER     NOT NULL,
    applications    BIGINT      NOT NULL
);

CREATE INDEX decision_hours_programme_idx ON decision_hours (programme_code, hours) INCLUDE (applications);

CREATE INDEX guarantee_application_decision_seconds_idx
    ON guarantee_application (programme_code, (extract(epoch FROM decided_at - submitted_at)))
    WHERE status IN ('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED', 'REJECTED')
      AND decided_at IS NOT NULL AND submitted_at IS NOT NULL;

-- Per programme and day: applications submitted (that day in Korea), guarantees issued, won paid out less
-- reversals (by the day the bank paid), and what was paid out of guarantees that still hold capacity (undated).
CREATE TABLE programme_activity (
    id                   BIGSERIAL   PRIMARY KEY,
    programme_code       VARCHAR(32) NOT NULL,
    day                  DATE        NOT NULL,
    submitted            BIGINT      NOT NULL DEFAULT 0,
    issued               BIGINT      NOT NULL DEFAULT 0,
    net_disbursed_won    BIGINT      NOT NULL DEFAULT 0,
    open_disbursed_won   BIGINT      NOT NULL DEFAULT 0
);

CREATE INDEX programme_activity_programme_day_idx ON programme_activity (programme_code, day)
    INCLUDE (submitted, issued, net_disbursed_won, open_disbursed_won);

-- Applications ---------------------------------------------------------------------------------------------------

CREATE FUNCTION seoul_day(moment TIMESTAMPTZ) RETURNS DATE LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce((moment AT TIME ZONE 'Asia/Seoul')::date, '-infinity'::date)
$$;

-- The size classes of CompanySize.
CREATE FUNCTION company_size_class(employees INTEGER) RETURNS VARCHAR LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN employees IS NULL THEN '' WHEN employees >= 300 THEN 'LARGER' WHEN employees >= 50 THEN 'MEDIUM'
                WHEN employees >= 10 THEN 'SMALL' ELSE 'MICRO' END
$$;

-- What one application counts in the breakdowns, times sign, with its loan as it stands (if any).
CREATE FUNCTION count_application_breakdowns(a guarantee_application, sign INTEGER, l_agency VARCHAR,
                                             l_approved BIGINT, l_disbursed BIGINT) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    approved INTEGER := CASE WHEN a.status IN ('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED')
                             THEN sign ELSE 0 END;
    rejected INTEGER := CASE WHEN a.status = 'REJECTED' THEN sign ELSE 0 END;
    day DATE := seoul_day(a.submitted_at);
BEGIN
    IF a.status = 'DRAFT' OR a.receipt_number IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO breakdown_count (breakdown, group_key, programme_code, submitted_on, applications, approved, rejected,
                                 approved_won, disbursed_won)
    SELECT k.breakdown, coalesce(k.group_key, ''), a.programme_code, day, sign, approved, rejected,
           sign * coalesce(l_approved, 0), sign * coalesce(l_disbursed, 0)
    FROM (VALUES ('AGENCY', l_agency), ('BANK', a.bank_code), ('FUNDER', a.partner_funder_code),
                 ('REGION', a.region), ('INDUSTRY', a.industry_section),
                 ('SIZE', nullif(company_size_class(a.employees), '')), ('TIER', a.partner_tier::text))
         AS k (breakdown, group_key);
END
$$;

-- One more (sign 1) or one fewer (-1) application of the SME in the group, in its programme and in all.
CREATE FUNCTION count_company(of_breakdown VARCHAR, of_group VARCHAR, of_programme VARCHAR, of_company VARCHAR,
                              sign INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    level VARCHAR;
    now_counted BIGINT;
BEGIN
    FOREACH level IN ARRAY ARRAY[of_programme, '*'] LOOP
        INSERT INTO company_count AS c (breakdown, group_key, programme_code, business_number, applications)
        VALUES (of_breakdown, coalesce(of_group, ''), level, of_company, sign)
        ON CONFLICT ON CONSTRAINT company_count_pkey
            DO UPDATE SET applications = c.applications + excluded.applications
        RETURNING c.applications INTO now_counted;
        IF (sign = 1 AND now_counted = 1) OR (sign = -1 AND now_counted = 0) THEN
            INSERT INTO company_reach (breakdown, group_key, programme_code, companies)
            VALUES (of_breakdown, coalesce(of_group, ''), level, sign);
        END IF;
    END LOOP;
END
$$;

-- The groups an application puts its SME in; the agency only with a loan (else the programme's lead agency is
-- counted when reading, programme by programme).
CREATE FUNCTION count_application_companies(a guarantee_application, sign INTEGER, l_agency VARCHAR) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF a.status = 'DRAFT' OR a.receipt_number IS NULL THEN
        RETURN;
    END IF;
    PERFORM count_company(k.breakdown, k.group_key, a.programme_code, a.business_number, sign)
    FROM (VALUES ('ANY', '*'), ('AGENCY', l_agency), ('BANK', a.bank_code), ('FUNDER', a.partner_funder_code),
                 ('REGION', a.region), ('INDUSTRY', a.industry_section),
                 ('SIZE', nullif(company_size_class(a.employees), '')), ('TIER', a.partner_tier::text))
         AS k (breakdown, group_key);
END
$$;

CREATE FUNCTION count_application_decision(a guarantee_application, sign INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF a.status IN ('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED', 'REJECTED')
       AND a.decided_at IS NOT NULL AND a.submitted_at IS NOT NULL THEN
        INSERT INTO decision_hours (programme_code, hours, applications)
        VALUES (a.programme_code, floor(extract(epoch FROM a.decided_at - a.submitted_at) / 3600)::integer, sign);
    END IF;
    IF a.status <> 'DRAFT' AND a.submitted_at IS NOT NULL THEN
        INSERT INTO programme_activity (programme_code, day, submitted)
        VALUES (a.programme_code, seoul_day(a.submitted_at), sign);
    END IF;
END
$$;

-- What one loan counts for its bank, times sign; tier is the partner tier its application was submitted with.
CREATE FUNCTION count_loan(l loan, tier SMALLINT, sign INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO lender_count (programme_code, bank_code, issued_on, loans, approved_won, disbursed_won,
                              lower_tier_loans)
    VALUES (l.programme_code, l.bank_code, seoul_day(l.issued_at), sign,
            CASE WHEN l.status <> 'CANCELLED' THEN sign * l.approved_won ELSE 0 END,
            CASE WHEN l.status <> 'CANCELLED' THEN sign * l.disbursed_won ELSE 0 END,
            CASE WHEN tier >= 2 THEN sign ELSE 0 END);
END
$$;

-- The Korean day of the loan's first payment that was not reversed.
CREATE FUNCTION first_payment_on(loan_id BIGINT) RETURNS DATE LANGUAGE sql STABLE AS $$
    SELECT min(d.disbursed_on) FROM disbursement d
    WHERE d.application_id = loan_id AND d.kind = 'PAYMENT'
      AND NOT EXISTS (SELECT 1 FROM disbursement r WHERE r.reverses_id = d.id)
$$;

CREATE FUNCTION count_first_payment(l loan, first_on DATE, sign INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF first_on IS NOT NULL THEN
        INSERT INTO first_payment_days (programme_code, bank_code, issued_on, days, recorded, loans)
        VALUES (l.programme_code, l.bank_code, seoul_day(l.issued_at), first_on - seoul_day(l.issued_at),
                l.first_disbursed_at IS NOT NULL, sign);
    END IF;
END
$$;

CREATE FUNCTION count_application_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    l loan;
BEGIN
    SELECT * INTO l FROM loan WHERE application_id = coalesce(NEW.id, OLD.id);
    IF TG_OP <> 'UPDATE'
       OR (OLD.status = 'DRAFT' OR OLD.receipt_number IS NULL, OLD.programme_code, OLD.business_number, OLD.bank_code,
           OLD.partner_funder_code, OLD.region, OLD.industry_section, company_size_class(OLD.employees),
           OLD.partner_tier)
          IS DISTINCT FROM
          (NEW.status = 'DRAFT' OR NEW.receipt_number IS NULL, NEW.programme_code, NEW.business_number, NEW.bank_code,
           NEW.partner_funder_code, NEW.region, NEW.industry_section, company_size_class(NEW.employees),
           NEW.partner_tier) THEN
        IF TG_OP <> 'INSERT' THEN
            PERFORM count_application_companies(OLD, -1, l.agency_code);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            PERFORM count_application_companies(NEW, 1, l.agency_code);
        END IF;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM count_application_breakdowns(OLD, -1, l.agency_code, l.approved_won, l.disbursed_won);
        PERFORM count_application_decision(OLD, -1);
        IF l.application_id IS NOT NULL AND OLD.partner_tier IS DISTINCT FROM NEW.partner_tier THEN
            PERFORM count_loan(l, OLD.partner_tier, -1);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM count_application_breakdowns(NEW, 1, l.agency_code, l.approved_won, l.disbursed_won);
        PERFORM count_application_decision(NEW, 1);
        IF l.application_id IS NOT NULL AND TG_OP = 'UPDATE' AND OLD.partner_tier IS DISTINCT FROM NEW.partner_tier THEN
            PERFORM count_loan(l, NEW.partner_tier, 1);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER guarantee_application_dashboard_counted
    AFTER INSERT OR DELETE ON guarantee_application
    FOR EACH ROW EXECUTE FUNCTION count_application_change();

CREATE TRIGGER guarantee_application_dashboard_recounted
    AFTER UPDATE ON guarantee_application
    FOR EACH ROW
    WHEN ((OLD.status, OLD.receipt_number, OLD.programme_code, OLD.submitted_at, OLD.decided_at, OLD.bank_code,
           OLD.region, OLD.industry_section, OLD.employees, OLD.partner_funder_code, OLD.partner_tier)
          IS DISTINCT FROM
          (NEW.status, NEW.receipt_number, NEW.programme_code, NEW.submitted_at, NEW.decided_at, NEW.bank_code,
           NEW.region, NEW.industry_section, NEW.employees, NEW.partner_funder_code, NEW.partner_tier))
    EXECUTE FUNCTION count_application_change();

-- Loans -----------------------------------------------------------------------------------------------------------

CREATE FUNCTION count_loan_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    a guarantee_application;
    first_on DATE := first_payment_on(coalesce(NEW.application_id, OLD.application_id));
BEGIN
    SELECT * INTO a FROM guarantee_application WHERE id = coalesce(NEW.application_id, OLD.application_id);
    IF a.id IS NOT NULL AND a.status <> 'DRAFT' AND a.receipt_number IS NOT NULL
       AND (CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.agency_code END)
           IS DISTINCT FROM (CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.agency_code END) THEN
        PERFORM count_company('AGENCY', CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.agency_code END,
                              a.programme_code, a.business_number, -1);
        PERFORM count_company('AGENCY', CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.agency_code END,
                              a.programme_code, a.business_number, 1);
    END IF;
    IF TG_OP <> 'UPDATE' OR (OLD.bank_code, OLD.programme_code, OLD.business_number)
                            IS DISTINCT FROM (NEW.bank_code, NEW.programme_code, NEW.business_number) THEN
        IF TG_OP <> 'INSERT' THEN
            PERFORM count_company('LENDER', OLD.bank_code, OLD.programme_code, OLD.business_number, -1);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            PERFORM count_company('LENDER', NEW.bank_code, NEW.programme_code, NEW.business_number, 1);
        END IF;
    END IF;
    -- the application counted without a loan before one was opened, and again once it is gone
    IF a.id IS NOT NULL THEN
        IF TG_OP = 'INSERT' THEN
            PERFORM count_application_breakdowns(a, -1, NULL, NULL, NULL);
        ELSIF TG_OP = 'DELETE' THEN
            PERFORM count_application_breakdowns(a, 1, NULL, NULL, NULL);
        END IF;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        IF a.id IS NOT NULL THEN
            PERFORM count_application_breakdowns(a, -1, OLD.agency_code, OLD.approved_won, OLD.disbursed_won);
        END IF;
        PERFORM count_loan(OLD, a.partner_tier, -1);
        PERFORM count_first_payment(OLD, first_on, -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF a.id IS NOT NULL THEN
            PERFORM count_application_breakdowns(a, 1, NEW.agency_code, NEW.approved_won, NEW.disbursed_won);
        END IF;
        PERFORM count_loan(NEW, a.partner_tier, 1);
        PERFORM count_first_payment(NEW, first_on, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER loan_dashboard_counted
    AFTER INSERT OR DELETE ON loan
    FOR EACH ROW EXECUTE FUNCTION count_loan_change();

CREATE TRIGGER loan_dashboard_recounted
    AFTER UPDATE ON loan
    FOR EACH ROW
    WHEN ((OLD.programme_code, OLD.agency_code, OLD.bank_code, OLD.approved_won, OLD.disbursed_won, OLD.status,
           OLD.issued_at, OLD.first_disbursed_at IS NULL)
          IS DISTINCT FROM
          (NEW.programme_code, NEW.agency_code, NEW.bank_code, NEW.approved_won, NEW.disbursed_won, NEW.status,
           NEW.issued_at, NEW.first_disbursed_at IS NULL))
    EXECUTE FUNCTION count_loan_change();

-- Payments and reversals (never changed nor removed, V13) ----------------------------------------------------------

CREATE FUNCTION count_disbursement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    l loan;
    before DATE;
    after DATE := first_payment_on(NEW.application_id);
BEGIN
    SELECT * INTO l FROM loan WHERE application_id = NEW.application_id;
    SELECT min(d.disbursed_on) INTO before FROM disbursement d
    WHERE d.application_id = NEW.application_id AND d.kind = 'PAYMENT' AND d.id <> NEW.id
      AND NOT EXISTS (SELECT 1 FROM disbursement r WHERE r.reverses_id = d.id AND r.id <> NEW.id);
    IF before IS DISTINCT FROM after THEN
        PERFORM count_first_payment(l, before, -1);
        PERFORM count_first_payment(l, after, 1);
    END IF;
    INSERT INTO programme_activity (programme_code, day, net_disbursed_won)
    VALUES (l.programme_code, NEW.disbursed_on,
            CASE WHEN NEW.kind = 'PAYMENT' THEN NEW.amount_won ELSE -NEW.amount_won END);
    RETURN NULL;
END
$$;

CREATE TRIGGER disbursement_dashboard_counted
    AFTER INSERT ON disbursement
    FOR EACH ROW EXECUTE FUNCTION count_disbursement();

-- Guarantees and capacity reservations ----------------------------------------------------------------------------

CREATE FUNCTION count_guarantee() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO programme_activity (programme_code, day, issued) VALUES (OLD.programme_code, seoul_day(OLD.issued_at), -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO programme_activity (programme_code, day, issued) VALUES (NEW.programme_code, seoul_day(NEW.issued_at), 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER guarantee_dashboard_counted
    AFTER INSERT OR DELETE ON guarantee
    FOR EACH ROW EXECUTE FUNCTION count_guarantee();

CREATE TRIGGER guarantee_dashboard_recounted
    AFTER UPDATE ON guarantee
    FOR EACH ROW WHEN ((OLD.programme_code, OLD.issued_at) IS DISTINCT FROM (NEW.programme_code, NEW.issued_at))
    EXECUTE FUNCTION count_guarantee();

CREATE FUNCTION count_capacity_reservation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.released_at IS NULL THEN
        INSERT INTO programme_activity (programme_code, day, open_disbursed_won)
        SELECT p.code, '-infinity', -OLD.consumed_won FROM programme p WHERE p.id = OLD.programme_id;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.released_at IS NULL THEN
        INSERT INTO programme_activity (programme_code, day, open_disbursed_won)
        SELECT p.code, '-infinity', NEW.consumed_won FROM programme p WHERE p.id = NEW.programme_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER capacity_reservation_dashboard_counted
    AFTER INSERT OR DELETE ON capacity_reservation
    FOR EACH ROW EXECUTE FUNCTION count_capacity_reservation();

CREATE TRIGGER capacity_reservation_dashboard_recounted
    AFTER UPDATE ON capacity_reservation
    FOR EACH ROW
    WHEN ((OLD.programme_id, OLD.consumed_won, OLD.released_at IS NULL)
          IS DISTINCT FROM (NEW.programme_id, NEW.consumed_won, NEW.released_at IS NULL))
    EXECUTE FUNCTION count_capacity_reservation();

-- What is there already: counts everything anew. Only while nothing else writes (here, and after bulk loads that
-- ran with the triggers disabled).
CREATE FUNCTION recount_dashboard() RETURNS void LANGUAGE plpgsql AS $recount$
BEGIN
    DELETE FROM breakdown_count;
    DELETE FROM decision_hours;
    DELETE FROM lender_count;
    DELETE FROM first_payment_days;
    DELETE FROM programme_activity;
    DELETE FROM company_count;
    DELETE FROM company_reach;

    INSERT INTO company_count (breakdown, group_key, programme_code, business_number, applications)
    SELECT breakdown, group_key, level, business_number, count(*)
    FROM (SELECT k.breakdown, coalesce(k.group_key, '') AS group_key, a.programme_code, a.business_number
          FROM guarantee_application a
          LEFT JOIN loan l ON l.application_id = a.id
          CROSS JOIN LATERAL (VALUES ('ANY', '*'), ('AGENCY', l.agency_code), ('BANK', a.bank_code),
                                     ('FUNDER', a.partner_funder_code), ('REGION', a.region),
                                     ('INDUSTRY', a.industry_section),
                                     ('SIZE', nullif(company_size_class(a.employees), '')),
                                     ('TIER', a.partner_tier::text)) AS k (breakdown, group_key)
          WHERE a.status <> 'DRAFT' AND a.receipt_number IS NOT NULL
          UNION ALL
          SELECT 'LENDER', bank_code, programme_code, business_number FROM loan) counted
    CROSS JOIN LATERAL (VALUES (counted.programme_code), ('*')) AS levels (level)
    GROUP BY 1, 2, 3, 4;

    INSERT INTO company_reach (breakdown, group_key, programme_code, companies)
    SELECT breakdown, group_key, programme_code, count(*) FROM company_count GROUP BY 1, 2, 3;

    INSERT INTO breakdown_count (breakdown, group_key, programme_code, submitted_on, applications, approved, rejected,
                                 approved_won, disbursed_won)
    SELECT k.breakdown, coalesce(k.group_key, ''), a.programme_code, seoul_day(a.submitted_at), count(*),
           count(*) FILTER (WHERE a.status IN ('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED')),
           count(*) FILTER (WHERE a.status = 'REJECTED'), coalesce(sum(l.approved_won), 0),
           coalesce(sum(l.disbursed_won), 0)
    FROM guarantee_application a
    LEFT JOIN loan l ON l.application_id = a.id
    CROSS JOIN LATERAL (VALUES ('AGENCY', l.agency_code), ('BANK', a.bank_code), ('FUNDER', a.partner_funder_code),
                               ('REGION', a.region), ('INDUSTRY', a.industry_section),
                               ('SIZE', nullif(company_size_class(a.employees), '')), ('TIER', a.partner_tier::text))
         AS k (breakdown, group_key)
    WHERE a.status <> 'DRAFT' AND a.receipt_number IS NOT NULL
    GROUP BY 1, 2, 3, 4;

    INSERT INTO decision_hours (programme_code, hours, applications)
    SELECT programme_code, floor(extract(epoch FROM decided_at - submitted_at) / 3600)::integer, count(*)
    FROM guarantee_application
    WHERE status IN ('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED', 'REJECTED')
      AND decided_at IS NOT NULL AND submitted_at IS NOT NULL
    GROUP BY 1, 2;

    INSERT INTO lender_count (programme_code, bank_code, issued_on, loans, approved_won, disbursed_won, lower_tier_loans)
    SELECT l.programme_code, l.bank_code, seoul_day(l.issued_at), count(*),
           coalesce(sum(l.approved_won) FILTER (WHERE l.status <> 'CANCELLED'), 0),
           coalesce(sum(l.disbursed_won) FILTER (WHERE l.status <> 'CANCELLED'), 0),
           count(*) FILTER (WHERE a.partner_tier >= 2)
    FROM loan l LEFT JOIN guarantee_application a ON a.id = l.application_id
    GROUP BY 1, 2, 3;

    INSERT INTO first_payment_days (programme_code, bank_code, issued_on, days, recorded, loans)
    SELECT l.programme_code, l.bank_code, seoul_day(l.issued_at), f.first_on - seoul_day(l.issued_at),
           l.first_disbursed_at IS NOT NULL, count(*)
    FROM loan l
    JOIN LATERAL (SELECT min(d.disbursed_on) AS first_on FROM disbursement d
                  WHERE d.application_id = l.application_id AND d.kind = 'PAYMENT'
                    AND NOT EXISTS (SELECT 1 FROM disbursement r WHERE r.reverses_id = d.id)) f ON f.first_on IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5;

    INSERT INTO programme_activity (programme_code, day, submitted, issued, net_disbursed_won, open_disbursed_won)
    SELECT programme_code, day, sum(submitted), sum(issued), sum(net_disbursed_won), sum(open_disbursed_won)
    FROM (SELECT programme_code, seoul_day(submitted_at) AS day, count(*) AS submitted, 0 AS issued,
                 0 AS net_disbursed_won, 0 AS open_disbursed_won
          FROM guarantee_application WHERE status <> 'DRAFT' AND submitted_at IS NOT NULL GROUP BY 1, 2
          UNION ALL
          SELECT programme_code, seoul_day(issued_at), 0, count(*), 0, 0 FROM guarantee GROUP BY 1, 2
          UNION ALL
          SELECT l.programme_code, d.disbursed_on, 0, 0,
                 sum(CASE WHEN d.kind = 'PAYMENT' THEN d.amount_won ELSE -d.amount_won END), 0
          FROM disbursement d JOIN loan l ON l.application_id = d.application_id GROUP BY 1, 2
          UNION ALL
          SELECT p.code, '-infinity'::date, 0, 0, 0, sum(r.consumed_won)
          FROM capacity_reservation r JOIN programme p ON p.id = r.programme_id
          WHERE r.released_at IS NULL GROUP BY 1) activity
    GROUP BY 1, 2;
END
$recount$;

SELECT recount_dashboard();
