-- The breakdowns and the index count periods of whole Korean months, so their counts are kept per month instead of
-- per day: a breakdown for all time sums one row per programme, group and month instead of one per day (30 times
-- fewer). breakdown_count counts by the month of submission, lender_count and first_payment_days by the month of the
-- guarantee's issue (first_payment_days still counts the days from issue to first payment); -infinity stays for
-- what has no time.

ALTER TABLE breakdown_count RENAME COLUMN submitted_on TO submitted_month;
ALTER INDEX breakdown_count_programme_day_idx RENAME TO breakdown_count_programme_month_idx;
ALTER TABLE lender_count RENAME COLUMN issued_on TO issued_month;
ALTER INDEX lender_count_programme_day_idx RENAME TO lender_count_programme_month_idx;
ALTER TABLE first_payment_days RENAME COLUMN issued_on TO issued_month;

WITH taken AS (DELETE FROM breakdown_count RETURNING *)
INSERT INTO breakdown_count (breakdown, group_key, programme_code, submitted_month, applications, approved, rejected,
                             approved_won, disbursed_won)
SELECT breakdown, group_key, programme_code, date_trunc('month', submitted_month)::date, sum(applications),
       sum(approved), sum(rejected), sum(approved_won), sum(disbursed_won)
FROM taken
GROUP BY 1, 2, 3, 4
HAVING (sum(applications), sum(approved), sum(rejected), sum(approved_won), sum(disbursed_won)) <> (0, 0, 0, 0, 0);

WITH taken AS (DELETE FROM lender_count RETURNING *)
INSERT INTO lender_count (programme_code, bank_code, issued_month, loans, approved_won, disbursed_won, lower_tier_loans)
SELECT programme_code, bank_code, date_trunc('month', issued_month)::date, sum(loans), sum(approved_won),
       sum(disbursed_won), sum(lower_tier_loans)
FROM taken
GROUP BY 1, 2, 3
HAVING (sum(loans), sum(approved_won), sum(disbursed_won), sum(lower_tier_loans)) <> (0, 0, 0, 0);

WITH taken AS (DELETE FROM first_payment_days RETURNING *)
INSERT INTO first_payment_days (programme_code, bank_code, issued_month, days, recorded, loans)
SELECT programme_code, bank_code, date_trunc('month', issued_month)::date, days, recorded, sum(loans)
FROM taken
GROUP BY 1, 2, 3, 4, 5
HAVING sum(loans) <> 0;

-- The functions that write them, as in V19 and V24 but by month.
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
    FROM (VALUES ('AGENCY', l_agency), ('BANK', a.bank_code), ('FUNDER', a.partner_funder_code),
                 ('REGION', a.region), ('INDUSTRY', a.industry_section),
                 ('SIZE', nullif(company_size_class(a.employees), '')), ('TIER', a.partner_tier::text))
         AS k (breakdown, group_key);
END
$$;

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