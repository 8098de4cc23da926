-- What the dashboard's breakdowns need to know of an application, as it was when the SME submitted it: the
-- company's head count (for its size class) and its closest partnership with one of the programme's funders
-- (the funder and the tier), next to the region and industry kept since V10.

ALTER TABLE guarantee_application
    ADD COLUMN employees            INTEGER     CHECK (employees >= 0),
    ADD COLUMN partner_funder_code  VARCHAR(16),
    ADD COLUMN partner_tier         SMALLINT    CHECK (partner_tier BETWEEN 1 AND 3),
    ADD CONSTRAINT guarantee_application_partner_tier_with_funder
        CHECK ((partner_tier IS NULL) = (partner_funder_code IS NULL));

UPDATE guarantee_application a
SET employees = p.employees
FROM company_profile p
WHERE p.organisation_id = a.organisation_id AND a.submitted_at IS NOT NULL;

-- The closest tier on any of the programme's funders' lists; between funders listing it at the same tier, the
-- one the programme names first.
UPDATE guarantee_application a
SET partner_tier = best.tier, partner_funder_code = best.funder_code
FROM (SELECT DISTINCT ON (a.id) a.id, pa.tier, pa.funder_code
      FROM guarantee_application a
      JOIN programme p ON p.code = a.programme_code
      JOIN programme_funder f ON f.programme_id = p.id
      JOIN partner pa ON pa.funder_code = f.funder_code AND pa.business_number = a.business_number
      WHERE a.submitted_at IS NOT NULL
      ORDER BY a.id, pa.tier, f.position, f.funder_code) best
WHERE best.id = a.id;

-- The win-win finance index looks at the guarantees issued in a period, programme by programme.
CREATE INDEX loan_programme_issued_idx ON loan (programme_code, issued_at);
