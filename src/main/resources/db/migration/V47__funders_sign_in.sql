-- Funders sign in: one organisation per funding institution, coded FUNDER-<funder code>, whose staff have the
-- FUNDER role.

ALTER TABLE organisation DROP CONSTRAINT organisation_kind_check;
ALTER TABLE organisation ADD CONSTRAINT organisation_kind_check
    CHECK (kind IN ('MINISTRY', 'AGENCY', 'BANK', 'SME', 'FUNDER'));

ALTER TABLE user_account DROP CONSTRAINT user_account_role_check;
ALTER TABLE user_account ADD CONSTRAINT user_account_role_check
    CHECK (role IN ('PROGRAM_ADMIN', 'MINISTRY_OFFICIAL', 'AGENCY_REVIEWER', 'AGENCY_APPROVER', 'BANK_OFFICER',
                    'SME_APPLICANT', 'FUNDER'));

INSERT INTO organisation (kind, code, name_ko, name_en)
SELECT 'FUNDER', 'FUNDER-' || f.code, f.name_ko, f.name_en
FROM funder f
WHERE NOT EXISTS (SELECT 1 FROM organisation o WHERE o.code = 'FUNDER-' || f.code);
