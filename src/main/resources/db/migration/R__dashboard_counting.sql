-- How the database keeps the dashboard's counts (the tables are made by the versioned migrations V19, V24 and V25):
-- the functions that count, the triggers that call them with every change to applications, loans, payments,
-- guarantees and capacity reservations, and recount_dashboard(), which counts everything anew.
--
-- Functions and triggers live here and only here: change them in this file, which Flyway runs again whenever it
-- changes, after every versioned migration. Versioned migrations hold tables and backfills only. Everything below
-- replaces what is there, so the file may run any number of times.

-- Days, months and groups ---------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION seoul_day(moment TIMESTAMPTZ) RETURNS DATE LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce((moment AT TIME ZONE 'Asia/Seoul')::date, '-infinity'::date)
$$;

CREATE OR REPLACE FUNCTION seoul_month(moment TIMESTAMPTZ) RETURNS DATE LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(date_trunc('month', moment AT TIME ZONE 'Asia/Seoul')::date, '-infinity'::date)
$$;

-- The size classes of CompanySize.
CREATE OR REPLACE FUNCTION company_size_class(employees INTEGER) RETURNS VARCHAR LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN employees IS NULL THEN '' WHEN employees >= 300 THEN 'LARGER' WHEN employees >= 50 THEN 'MEDIUM'
                WHEN employees >= 10 THEN 'SMALL' ELSE 'MICRO' END
$$;

-- A programme's lead agency (the first named where none leads), as the breakdowns read it.
CREATE OR REPLACE FUNCTION lead_agency(of_programme VARCHAR) RETURNS VARCHAR LANGUAGE sql STABLE AS $$
    SELECT pa.agency_code FROM programme p JOIN programme_agency pa ON pa.programme_id = p.id
    WHERE p.code = of_programme ORDER BY pa.lead DESC, pa.agency_code LIMIT 1
$$;

-- The agency of an application's agreement (V42): the agency whose review and figures the application belongs to
-- before a guarantee names one; NULL for an agreement that no longer exists.
CREATE OR REPLACE FUNCTION agreement_agency(of_agreement VARCHAR) RETURNS VARCHAR LANGUAGE sql STABLE AS $$
    SELECT agency_code FROM agreement WHERE code = of_agreement
$$;

-- The agency an application counts under: its guarantee's, else its agreement's, else its programme's lead agency.
CREATE OR REPLACE FUNCTION application_agency(a guarantee_application, l_agency VARCHAR) RETURNS VARCHAR
LANGUAGE sql STABLE AS $$
    SELECT coalesce(l_agency, agreement_agency(a.agreement_code), lead_agency(a.programme_code))
$$;

-- Applications ---------------------------------------------------------------------------------------------------

-- What one application counts in the breakdowns, times sign, with its loan as it stands (if any), in the month it
-- was submitted.
CREATE OR REPLACE FUNCTION count_application_breakdowns(a guarantee_application, sign INTEGER, l_agency VARCHAR,
                                                        l_approved BIGINT, l_disbursed BIGINT) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    approved INTEGER := CASE WHEN a.status IN ('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED')
                             THEN sign ELSE 0 END;
    rejected INTEGER := CASE WHEN a.status = 'REJECTED' THEN sign ELSE 0 END;
    month DATE := seoul_month(a.submitted_at);
BEGIN
    IF a.status = 'DRAFT' OR a.receipt_number IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO breakdown_count (breakdown, group_key, programme_code, submitted_month, applications, approved, rejected,
                                 approved_won, disbursed_won)
    SELECT k.breakdown, coalesce(k.group_key, ''), a.programme_code, month, sign, approved, rejected,
           sign * coalesce(l_approved, 0), sign * coalesce(l_disbursed, 0)
    FROM (VALUES ('AGENCY', application_agency(a, l_agency)), ('BANK', a.bank_code), ('FUNDER', a.partner_funder_code),
                 ('REGION', a.region), ('INDUSTRY', a.industry_section),
                 ('SIZE', nullif(company_size_class(a.employees), '')), ('TIER', a.partner_tier::text))
         AS k (breakdown, group_key);
END
$$;

-- One more (sign 1) or one fewer (-1) application of the SME in each of the groups (breakdown and group key, side by
-- side) in the month, in its programme and in all. Where the SME starts or stops being active in a month, the rows of
-- that month and of the SME's next active month are moved to the months around them. Changes of one SME take turns (a
-- lock per SME for the transaction), so that each sees the months the other left. One statement counts every group:
-- it reads only months other than the one it writes, so what it reads is what the SME's earlier changes left.
CREATE OR REPLACE FUNCTION count_companies(of_breakdowns TEXT[], of_groups TEXT[], of_programme VARCHAR,
                                           of_company VARCHAR, of_month DATE, sign INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('company_count'), hashtext(of_company));
    WITH counted AS (
        INSERT INTO company_count AS c (breakdown, group_key, programme_code, business_number, month, applications)
        SELECT g.breakdown, coalesce(g.group_key, ''), level.code, of_company, of_month, sign
        FROM unnest(of_breakdowns, of_groups) AS g (breakdown, group_key),
             unnest(ARRAY[of_programme, '*']) AS level (code)
        ON CONFLICT ON CONSTRAINT company_count_pkey
            DO UPDATE SET applications = c.applications + excluded.applications
        RETURNING c.breakdown, c.group_key, c.programme_code, c.applications
    ), entered_or_left AS (
        SELECT k.breakdown, k.group_key, k.programme_code,
               (SELECT coalesce(max(o.month), '-infinity') FROM company_count o
                WHERE o.breakdown = k.breakdown AND o.programme_code = k.programme_code AND o.group_key = k.group_key
                  AND o.business_number = of_company AND o.month < of_month AND o.applications > 0) AS before,
               (SELECT min(o.month) FROM company_count o
                WHERE o.breakdown = k.breakdown AND o.programme_code = k.programme_code AND o.group_key = k.group_key
                  AND o.business_number = of_company AND o.month > of_month AND o.applications > 0) AS after
        FROM counted k
        WHERE (sign = 1 AND k.applications = 1) OR (sign = -1 AND k.applications = 0)
    )
    INSERT INTO company_reach (breakdown, group_key, programme_code, month, previous_month, companies)
    SELECT e.breakdown, e.group_key, e.programme_code, moved.month, moved.previous_month, moved.companies
    FROM entered_or_left e
         CROSS JOIN LATERAL (VALUES (of_month, e.before, sign), (e.after, e.before, -sign), (e.after, of_month, sign))
             AS moved (month, previous_month, companies)
    WHERE moved.month IS NOT NULL;
END
$$;

-- The same for one group.
CREATE OR REPLACE FUNCTION count_company(of_breakdown VARCHAR, of_group VARCHAR, of_programme VARCHAR,
                                         of_company VARCHAR, of_month DATE, sign INTEGER) RETURNS void
LANGUAGE sql AS $$
    SELECT count_companies(ARRAY[of_breakdown], ARRAY[of_group], of_programme, of_company, of_month, sign)
$$;

-- The groups an application puts its SME in, in the month it was submitted; by agency, the agency of its guarantee,
-- else its agreement's.
CREATE OR REPLACE FUNCTION count_application_companies(a guarantee_application, sign INTEGER, l_agency VARCHAR)
    RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF a.status = 'DRAFT' OR a.receipt_number IS NULL THEN
        RETURN;
    END IF;
    PERFORM count_companies(array_agg(k.breakdown), array_agg(k.group_key), a.programme_code, a.business_number,
                            seoul_month(a.submitted_at), sign)
    FROM (VALUES ('ANY', '*'), ('AGENCY', application_agency(a, l_agency)), ('BANK', a.bank_code),
                 ('FUNDER', a.partner_funder_code),
                 ('REGION', a.region), ('INDUSTRY', a.industry_section),
                 ('SIZE', nullif(company_size_class(a.employees), '')), ('TIER', a.partner_tier::text))
         AS k (breakdown, group_key);
END
$$;

CREATE OR REPLACE FUNCTION count_application_decision(a guarantee_application, sign INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF a.status IN ('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED', 'REJECTED')
       AND a.decided_at IS NOT NULL AND a.submitted_at IS NOT NULL THEN
        INSERT INTO decision_hours (programme_code, hours, applications)
        VALUES (a.programme_code, floor(extract(epoch FROM a.decided_at - a.submitted_at) / 3600)::integer, sign);
        INSERT INTO decision_minutes (programme_code, minutes, applications)
        VALUES (a.programme_code, floor(extract(epoch FROM a.decided_at - a.submitted_at) / 60)::integer, sign);
    END IF;
    IF a.status <> 'DRAFT' AND a.submitted_at IS NOT NULL THEN
        INSERT INTO programme_activity (programme_code, day, submitted)
        VALUES (a.programme_code, seoul_day(a.submitted_at), sign);
    END IF;
END
$$;

-- What one loan counts for its bank in the month of its issue, times sign; tier is the partner tier its application
-- was submitted with.
CREATE OR REPLACE FUNCTION count_loan(l loan, tier SMALLINT, sign INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO lender_count (programme_code, bank_code, issued_month, loans, approved_won, disbursed_won,
                              lower_tier_loans)
    VALUES (l.programme_code, l.bank_code, seoul_month(l.issued_at), sign,
            CASE WHEN l.status <> 'CANCELLED' THEN sign * l.approved_won ELSE 0 END,
            CASE WHEN l.status <> 'CANCELLED' THEN sign * l.disbursed_won ELSE 0 END,
            CASE WHEN tier >= 2 THEN sign ELSE 0 END);
END
$$;

-- The Korean day of the loan's first payment that was not reversed.
CREATE OR REPLACE FUNCTION first_payment_on(loan_id BIGINT) RETURNS DATE LANGUAGE sql STABLE AS $$
    SELECT min(d.disbursed_on) FROM disbursement d
    WHERE d.application_id = loan_id AND d.kind = 'PAYMENT'
      AND NOT EXISTS (SELECT 1 FROM disbursement r WHERE r.reverses_id = d.id)
$$;

CREATE OR REPLACE FUNCTION count_first_payment(l loan, first_on DATE, sign INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF first_on IS NOT NULL THEN
        INSERT INTO first_payment_days (programme_code, bank_code, issued_month, days, recorded, loans)
        VALUES (l.programme_code, l.bank_code, seoul_month(l.issued_at), first_on - seoul_day(l.issued_at),
                l.first_disbursed_at IS NOT NULL, sign);
        INSERT INTO first_payment_total (programme_code, bank_code, days, recorded, loans)
        VALUES (l.programme_code, l.bank_code, first_on - seoul_day(l.issued_at), l.first_disbursed_at IS NOT NULL,
                sign);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION count_application_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    l loan;
BEGIN
    SELECT * INTO l FROM loan WHERE application_id = coalesce(NEW.id, OLD.id);
    IF TG_OP <> 'UPDATE'
       OR (OLD.status = 'DRAFT' OR OLD.receipt_number IS NULL, OLD.programme_code, OLD.business_number, OLD.bank_code,
           OLD.partner_funder_code, OLD.region, OLD.industry_section, company_size_class(OLD.employees),
           OLD.partner_tier, seoul_month(OLD.submitted_at), OLD.agreement_code)
          IS DISTINCT FROM
          (NEW.status = 'DRAFT' OR NEW.receipt_number IS NULL, NEW.programme_code, NEW.business_number, NEW.bank_code,
           NEW.partner_funder_code, NEW.region, NEW.industry_section, company_size_class(NEW.employees),
           NEW.partner_tier, seoul_month(NEW.submitted_at), NEW.agreement_code) THEN
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

CREATE OR REPLACE TRIGGER guarantee_application_dashboard_counted
    AFTER INSERT OR DELETE ON guarantee_application
    FOR EACH ROW EXECUTE FUNCTION count_application_change();

CREATE OR REPLACE TRIGGER guarantee_application_dashboard_recounted
    AFTER UPDATE ON guarantee_application
    FOR EACH ROW
    WHEN ((OLD.status, OLD.receipt_number, OLD.programme_code, OLD.submitted_at, OLD.decided_at, OLD.bank_code,
           OLD.region, OLD.industry_section, OLD.employees, OLD.partner_funder_code, OLD.partner_tier,
           OLD.agreement_code)
          IS DISTINCT FROM
          (NEW.status, NEW.receipt_number, NEW.programme_code, NEW.submitted_at, NEW.decided_at, NEW.bank_code,
           NEW.region, NEW.industry_section, NEW.employees, NEW.partner_funder_code, NEW.partner_tier,
           NEW.agreement_code))
    EXECUTE FUNCTION count_application_change();

-- Loans -----------------------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION count_loan_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    a guarantee_application;
    lead_code VARCHAR;
    agency_before VARCHAR;
    agency_after VARCHAR;
    first_on DATE := first_payment_on(coalesce(NEW.application_id, OLD.application_id));
BEGIN
    SELECT * INTO a FROM guarantee_application WHERE id = coalesce(NEW.application_id, OLD.application_id);
    IF a.id IS NOT NULL AND a.status <> 'DRAFT' AND a.receipt_number IS NOT NULL THEN
        lead_code := application_agency(a, NULL);
        agency_before := coalesce(CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.agency_code END, lead_code);
        agency_after := coalesce(CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.agency_code END, lead_code);
        IF agency_before IS DISTINCT FROM agency_after THEN
            PERFORM count_company('AGENCY', agency_before, a.programme_code, a.business_number,
                                  seoul_month(a.submitted_at), -1);
            PERFORM count_company('AGENCY', agency_after, a.programme_code, a.business_number,
                                  seoul_month(a.submitted_at), 1);
        END IF;
    END IF;
    IF TG_OP <> 'UPDATE' OR (OLD.bank_code, OLD.programme_code, OLD.business_number,
                             seoul_month(OLD.issued_at))
                            IS DISTINCT FROM (NEW.bank_code, NEW.programme_code, NEW.business_number,
                                              seoul_month(NEW.issued_at)) THEN
        IF TG_OP <> 'INSERT' THEN
            PERFORM count_company('LENDER', OLD.bank_code, OLD.programme_code, OLD.business_number,
                                  seoul_month(OLD.issued_at), -1);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            PERFORM count_company('LENDER', NEW.bank_code, NEW.programme_code, NEW.business_number,
                                  seoul_month(NEW.issued_at), 1);
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

CREATE OR REPLACE TRIGGER loan_dashboard_counted
    AFTER INSERT OR DELETE ON loan
    FOR EACH ROW EXECUTE FUNCTION count_loan_change();

CREATE OR REPLACE TRIGGER loan_dashboard_recounted
    AFTER UPDATE ON loan
    FOR EACH ROW
    WHEN ((OLD.programme_code, OLD.agency_code, OLD.bank_code, OLD.approved_won, OLD.disbursed_won, OLD.status,
           OLD.issued_at, OLD.first_disbursed_at IS NULL)
          IS DISTINCT FROM
          (NEW.programme_code, NEW.agency_code, NEW.bank_code, NEW.approved_won, NEW.disbursed_won, NEW.status,
           NEW.issued_at, NEW.first_disbursed_at IS NULL))
    EXECUTE FUNCTION count_loan_change();

-- Payments and reversals (never changed nor removed, V13) ----------------------------------------------------------

CREATE OR REPLACE FUNCTION count_disbursement() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE TRIGGER disbursement_dashboard_counted
    AFTER INSERT ON disbursement
    FOR EACH ROW EXECUTE FUNCTION count_disbursement();

-- Guarantees and capacity reservations ----------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION count_guarantee() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE TRIGGER guarantee_dashboard_counted
    AFTER INSERT OR DELETE ON guarantee
    FOR EACH ROW EXECUTE FUNCTION count_guarantee();

CREATE OR REPLACE TRIGGER guarantee_dashboard_recounted
    AFTER UPDATE ON guarantee
    FOR EACH ROW WHEN ((OLD.programme_code, OLD.issued_at) IS DISTINCT FROM (NEW.programme_code, NEW.issued_at))
    EXECUTE FUNCTION count_guarantee();

CREATE OR REPLACE FUNCTION count_capacity_reservation() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE TRIGGER capacity_reservation_dashboard_counted
    AFTER INSERT OR DELETE ON capacity_reservation
    FOR EACH ROW EXECUTE FUNCTION count_capacity_reservation();

CREATE OR REPLACE TRIGGER capacity_reservation_dashboard_recounted
    AFTER UPDATE ON capacity_reservation
    FOR EACH ROW
    WHEN ((OLD.programme_id, OLD.consumed_won, OLD.released_at IS NULL)
          IS DISTINCT FROM (NEW.programme_id, NEW.consumed_won, NEW.released_at IS NULL))
    EXECUTE FUNCTION count_capacity_reservation();

-- Counting anew --------------------------------------------------------------------------------------------------

-- Counts the SMEs anew. Only while nothing else writes.
CREATE OR REPLACE FUNCTION recount_companies() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM company_count;
    DELETE FROM company_reach;

    INSERT INTO company_count (breakdown, group_key, programme_code, business_number, month, applications)
    SELECT breakdown, group_key, level, business_number, month, count(*)
    FROM (SELECT k.breakdown, coalesce(k.group_key, '') AS group_key, a.programme_code, a.business_number,
                 seoul_month(a.submitted_at) AS month
          FROM guarantee_application a
          LEFT JOIN loan l ON l.application_id = a.id
          CROSS JOIN LATERAL (VALUES ('ANY', '*'), ('AGENCY', application_agency(a, l.agency_code)),
                                     ('BANK', a.bank_code),
                                     ('FUNDER', a.partner_funder_code), ('REGION', a.region),
                                     ('INDUSTRY', a.industry_section),
                                     ('SIZE', nullif(company_size_class(a.employees), '')),
                                     ('TIER', a.partner_tier::text)) AS k (breakdown, group_key)
          WHERE a.status <> 'DRAFT' AND a.receipt_number IS NOT NULL
          UNION ALL
          SELECT 'LENDER', bank_code, programme_code, business_number, seoul_month(issued_at) FROM loan) counted
    CROSS JOIN LATERAL (VALUES (counted.programme_code), ('*')) AS levels (level)
    GROUP BY 1, 2, 3, 4, 5;

    INSERT INTO company_reach (breakdown, group_key, programme_code, month, previous_month, companies)
    SELECT breakdown, group_key, programme_code, month, previous_month, count(*)
    FROM (SELECT breakdown, group_key, programme_code, month,
                 coalesce(lag(month) OVER (PARTITION BY breakdown, programme_code, group_key, business_number
                                           ORDER BY month), '-infinity') AS previous_month
          FROM company_count) months
    GROUP BY 1, 2, 3, 4, 5;
END
$$;

-- Counts everything anew from what is there. Only while nothing else writes (after bulk loads that ran with the
-- triggers disabled).
CREATE OR REPLACE FUNCTION recount_dashboard() RETURNS void LANGUAGE plpgsql AS $recount$
BEGIN
    DELETE FROM breakdown_count;
    DELETE FROM decision_hours;
    DELETE FROM decision_minutes;
    DELETE FROM lender_count;
    DELETE FROM first_payment_days;
    DELETE FROM first_payment_total;
    DELETE FROM programme_activity;

    PERFORM recount_companies();

    INSERT INTO breakdown_count (breakdown, group_key, programme_code, submitted_month, applications, approved, rejected,
                                 approved_won, disbursed_won)
    SELECT k.breakdown, coalesce(k.group_key, ''), a.programme_code, seoul_month(a.submitted_at), count(*),
           count(*) FILTER (WHERE a.status IN ('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED')),
           count(*) FILTER (WHERE a.status = 'REJECTED'), coalesce(sum(l.approved_won), 0),
           coalesce(sum(l.disbursed_won), 0)
    FROM guarantee_application a
    LEFT JOIN loan l ON l.application_id = a.id
    CROSS JOIN LATERAL (VALUES ('AGENCY', application_agency(a, l.agency_code)), ('BANK', a.bank_code), ('FUNDER', a.partner_funder_code),
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

    INSERT INTO decision_minutes (programme_code, minutes, applications)
    SELECT programme_code, floor(extract(epoch FROM decided_at - submitted_at) / 60)::integer, count(*)
    FROM guarantee_application
    WHERE status IN ('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED', 'REJECTED')
      AND decided_at IS NOT NULL AND submitted_at IS NOT NULL
    GROUP BY 1, 2;

    INSERT INTO lender_count (programme_code, bank_code, issued_month, loans, approved_won, disbursed_won, lower_tier_loans)
    SELECT l.programme_code, l.bank_code, seoul_month(l.issued_at), count(*),
           coalesce(sum(l.approved_won) FILTER (WHERE l.status <> 'CANCELLED'), 0),
           coalesce(sum(l.disbursed_won) FILTER (WHERE l.status <> 'CANCELLED'), 0),
           count(*) FILTER (WHERE a.partner_tier >= 2)
    FROM loan l LEFT JOIN guarantee_application a ON a.id = l.application_id
    GROUP BY 1, 2, 3;

    INSERT INTO first_payment_days (programme_code, bank_code, issued_month, days, recorded, loans)
    SELECT l.programme_code, l.bank_code, seoul_month(l.issued_at), f.first_on - seoul_day(l.issued_at),
           l.first_disbursed_at IS NOT NULL, count(*)
    FROM loan l
    JOIN LATERAL (SELECT min(d.disbursed_on) AS first_on FROM disbursement d
                  WHERE d.application_id = l.application_id AND d.kind = 'PAYMENT'
                    AND NOT EXISTS (SELECT 1 FROM disbursement r WHERE r.reverses_id = d.id)) f ON f.first_on IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5;

    INSERT INTO first_payment_total (programme_code, bank_code, days, recorded, loans)
    SELECT programme_code, bank_code, days, recorded, sum(loans) FROM first_payment_days GROUP BY 1, 2, 3, 4;

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
