-- Distinct SMEs for any period of whole months, read from counts instead of from a million applications.
--
-- V19 counted each SME once per group (company_count) and kept how many SMEs each group had ever reached
-- (company_reach): right for all time, useless for a period, which then counted the applications of the period
-- directly. Now company_count holds an SME's applications per group and Korean month, and company_reach counts
-- each month an SME is active in a group together with the previous month it was active in that group
-- ('-infinity' for its first). The SMEs active in the months from F to T are then the rows of those months whose
-- previous month lies before F: each such SME is counted once, at its first month inside the period. The SMEs
-- reached ever are the rows whose previous month is '-infinity'.
--
-- By agency, an application without a guarantee now counts its SME for the programme's lead agency when it is
-- written, not when it is read: read-time, an SME with a guarantee of the lead agency and another application waiting
-- was in two groups read as one, and counted twice. A programme's lead agency no longer changes once it is open.
--
-- Also: the medians of days to first payment for all time read totals per programme, bank and number of days instead
-- of the rows per day of issue; the median days to decision finds the minute of each middle application before it
-- reads the index, and the decision-time index carries the times it is computed from, so that the exact median is
-- read from the index alone.

CREATE FUNCTION seoul_month(moment TIMESTAMPTZ) RETURNS DATE LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(date_trunc('month', moment AT TIME ZONE 'Asia/Seoul')::date, '-infinity'::date)
$$;

DROP FUNCTION count_company(VARCHAR, VARCHAR, VARCHAR, VARCHAR, INTEGER);
DROP TABLE company_count;
DROP TABLE company_reach;

CREATE TABLE company_count (
    breakdown        VARCHAR(8)  NOT NULL,
    group_key        VARCHAR(32) NOT NULL,
    programme_code   VARCHAR(32) NOT NULL,
    business_number  VARCHAR(10) NOT NULL,
    month            DATE        NOT NULL,
    applications     BIGINT      NOT NULL,
    PRIMARY KEY (breakdown, programme_code, group_key, business_number, month)
);

-- the rows of months an SME left, which folding removes
CREATE INDEX company_count_left_idx ON company_count (breakdown) WHERE applications = 0;

CREATE TABLE company_reach (
    id              BIGSERIAL   PRIMARY KEY,
    breakdown       VARCHAR(8)  NOT NULL,
    group_key       VARCHAR(32) NOT NULL,
    programme_code  VARCHAR(32) NOT NULL,
    month           DATE        NOT NULL,
    previous_month  DATE        NOT NULL,
    companies       BIGINT      NOT NULL
);

CREATE INDEX company_reach_month_idx ON company_reach (breakdown, programme_code, month)
    INCLUDE (previous_month, group_key, companies);

-- One more (sign 1) or one fewer (-1) application of the SME in the group and month, in its programme and in all.
-- When the SME starts or stops being active in a month, the rows of that month and of the SME's next active month
-- are moved to the months around them. Changes of one SME take turns (a lock per SME for the transaction), so that
-- each sees the months the other left.
CREATE FUNCTION count_company(of_breakdown VARCHAR, of_group VARCHAR, of_programme VARCHAR, of_company VARCHAR,
                              of_month DATE, sign INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    level VARCHAR;
    now_counted BIGINT;
    before DATE;
    after DATE;
    key VARCHAR := coalesce(of_group, '');
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('company_count'), hashtext(of_company));
    FOREACH level IN ARRAY ARRAY[of_programme, '*'] LOOP
        INSERT INTO company_count AS c (breakdown, group_key, programme_code, business_number, month, applications)
        VALUES (of_breakdown, key, level, of_company, of_month, sign)
        ON CONFLICT ON CONSTRAINT company_count_pkey
            DO UPDATE SET applications = c.applications + excluded.applications
        RETURNING c.applications INTO now_counted;
        IF (sign = 1 AND now_counted = 1) OR (sign = -1 AND now_counted = 0) THEN
            SELECT coalesce(max(c.month), '-infinity') INTO before FROM company_count c
            WHERE c.breakdown = of_breakdown AND c.programme_code = level AND c.group_key = key
              AND c.business_number = of_company AND c.month < of_month AND c.applications > 0;
            SELECT min(c.month) INTO after FROM company_count c
            WHERE c.breakdown = of_breakdown AND c.programme_code = level AND c.group_key = key
              AND c.business_number = of_company AND c.month > of_month AND c.applications > 0;
            INSERT INTO company_reach (breakdown, group_key, programme_code, month, previous_month, companies)
            VALUES (of_breakdown, key, level, of_month, before, sign);
            IF after IS NOT NULL THEN
                INSERT INTO company_reach (breakdown, group_key, programme_code, month, previous_month, companies)
                VALUES (of_breakdown, key, level, after, before, -sign),
                       (of_breakdown, key, level, after, of_month, sign);
            END IF;
        END IF;
    END LOOP;
END
$$;

-- A programme's lead agency (the first named where none leads), as the breakdowns read it.
CREATE FUNCTION lead_agency(of_programme VARCHAR) RETURNS VARCHAR LANGUAGE sql STABLE AS $$
    SELECT pa.agency_code FROM programme p JOIN programme_agency pa ON pa.programme_id = p.id
    WHERE p.code = of_programme ORDER BY pa.lead DESC, pa.agency_code LIMIT 1
$$;

-- The groups an application puts its SME in, in the month it was submitted; by agency, the agency of its guarantee,
-- else the programme's lead agency.
CREATE OR REPLACE FUNCTION count_application_companies(a guarantee_application, sign INTEGER, l_agency VARCHAR)
    RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF a.status = 'DRAFT' OR a.receipt_number IS NULL THEN
        RETURN;
    END IF;
    PERFORM count_company(k.breakdown, k.group_key, a.programme_code, a.business_number, seoul_month(a.submitted_at),
                          sign)
    FROM (VALUES ('ANY', '*'), ('AGENCY', coalesce(l_agency, lead_agency(a.programme_code))), ('BANK', a.bank_code),
                 ('FUNDER', a.partner_funder_code),
                 ('REGION', a.region), ('INDUSTRY', a.industry_section),
                 ('SIZE', nullif(company_size_class(a.employees), '')), ('TIER', a.partner_tier::text))
         AS k (breakdown, group_key);
END
$$;

-- Loans first paid out a number of days after their issue, per programme and bank, whatever the day of issue: what
-- the overview's median and the index for all time read (first_payment_days keeps the day of issue for periods).
CREATE TABLE first_payment_total (
    id              BIGSERIAL   PRIMARY KEY,
    programme_code  VARCHAR(32) NOT NULL,
    bank_code       VARCHAR(16) NOT NULL,
    days            INTEGER     NOT NULL,
    recorded        BOOLEAN     NOT NULL,
    loans           BIGINT      NOT NULL
);

CREATE INDEX first_payment_total_programme_idx ON first_payment_total (programme_code)
    INCLUDE (bank_code, days, recorded, loans);

CREATE OR REPLACE FUNCTION count_first_payment(l loan, first_on DATE, sign INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF first_on IS NOT NULL THEN
        INSERT INTO first_payment_days (programme_code, bank_code, issued_on, days, recorded, loans)
        VALUES (l.programme_code, l.bank_code, seoul_day(l.issued_at), first_on - seoul_day(l.issued_at),
                l.first_disbursed_at IS NOT NULL, sign);
        INSERT INTO first_payment_total (programme_code, bank_code, days, recorded, loans)
        VALUES (l.programme_code, l.bank_code, first_on - seoul_day(l.issued_at), l.first_disbursed_at IS NOT NULL,
                sign);
    END IF;
END
$$;

-- How many decided applications took a given number of whole minutes from submission to decision: the hour
-- histogram (decision_hours) says which hour holds a middle application, this one which minute, so that the exact
-- median is read from the index among the few applications of one minute.
CREATE TABLE decision_minutes (
    id              BIGSERIAL   PRIMARY KEY,
    programme_code  VARCHAR(32) NOT NULL,
    minutes         INTEGER     NOT NULL,
    applications    BIGINT      NOT NULL
);

CREATE INDEX decision_minutes_programme_idx ON decision_minutes (programme_code, minutes) INCLUDE (applications);

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

-- Counts the SMEs anew. Only while nothing else writes.
CREATE FUNCTION recount_companies() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM company_count;
    DELETE FROM company_reach;

    INSERT INTO company_count (breakdown, group_key, programme_code, business_number, month, applications)
    SELECT breakdown, group_key, level, business_number, month, count(*)
    FROM (SELECT k.breakdown, coalesce(k.group_key, '') AS group_key, a.programme_code, a.business_number,
                 seoul_month(a.submitted_at) AS month
          FROM guarantee_application a
          LEFT JOIN loan l ON l.application_id = a.id
          LEFT JOIN (SELECT p.code, lead_agency(p.code) AS agency_code FROM programme p) lead
                 ON lead.code = a.programme_code
          CROSS JOIN LATERAL (VALUES ('ANY', '*'), ('AGENCY', coalesce(l.agency_code, lead.agency_code)),
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

DROP INDEX guarantee_application_decision_seconds_idx;
CREATE INDEX guarantee_application_decision_seconds_idx
    ON guarantee_application (programme_code, (extract(epoch FROM decided_at - submitted_at)))
    INCLUDE (decided_at, submitted_at)
    WHERE status IN ('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED', 'REJECTED')
      AND decided_at IS NOT NULL AND submitted_at IS NOT NULL;

CREATE OR REPLACE FUNCTION count_application_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    l loan;
BEGIN
    SELECT * INTO l FROM loan WHERE application_id = coalesce(NEW.id, OLD.id);
    IF TG_OP <> 'UPDATE'
       OR (OLD.status = 'DRAFT' OR OLD.receipt_number IS NULL, OLD.programme_code, OLD.business_number, OLD.bank_code,
           OLD.partner_funder_code, OLD.region, OLD.industry_section, company_size_class(OLD.employees),
           OLD.partner_tier, seoul_month(OLD.submitted_at))
          IS DISTINCT FROM
          (NEW.status = 'DRAFT' OR NEW.receipt_number IS NULL, NEW.programme_code, NEW.business_number, NEW.bank_code,
           NEW.partner_funder_code, NEW.region, NEW.industry_section, company_size_class(NEW.employees),
           NEW.partner_tier, seoul_month(NEW.submitted_at)) THEN
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
        lead_code := lead_agency(a.programme_code);
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

    INSERT INTO decision_minutes (programme_code, minutes, applications)
    SELECT programme_code, floor(extract(epoch FROM decided_at - submitted_at) / 60)::integer, count(*)
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

SELECT recount_companies();

INSERT INTO decision_minutes (programme_code, minutes, applications)
SELECT programme_code, floor(extract(epoch FROM decided_at - submitted_at) / 60)::integer, count(*)
FROM guarantee_application
WHERE status IN ('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED', 'REJECTED')
  AND decided_at IS NOT NULL AND submitted_at IS NOT NULL
GROUP BY 1, 2;

INSERT INTO first_payment_total (programme_code, bank_code, days, recorded, loans)
SELECT programme_code, bank_code, days, recorded, sum(loans) FROM first_payment_days GROUP BY 1, 2, 3, 4
HAVING sum(loans) <> 0;
