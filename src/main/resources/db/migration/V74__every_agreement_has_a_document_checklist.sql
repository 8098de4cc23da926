-- Every agreement has a document checklist: the administrator may change it, and an application is judged by the
-- list its agreement had when it was submitted.

-- A draft programme whose code changes takes its agreements' checklists along.
ALTER TABLE agreement_document_requirement
    DROP CONSTRAINT agreement_document_requirement_agreement_code_fkey,
    ADD CONSTRAINT agreement_document_requirement_agreement_code_fkey
        FOREIGN KEY (agreement_code) REFERENCES agreement (code) ON DELETE CASCADE ON UPDATE CASCADE;

-- The checklist an application was submitted under, kept from its submission on; a draft has none and follows its
-- agreement's. The "other" slot is always part of it, so that a list with nothing else is still there.
CREATE TABLE application_document_requirement (
    application_id BIGINT      NOT NULL REFERENCES guarantee_application (id) ON DELETE CASCADE,
    document_type  VARCHAR(40) NOT NULL REFERENCES document_type (code),
    required       BOOLEAN     NOT NULL,
    max_age_days   INTEGER     CHECK (max_age_days BETWEEN 1 AND 3650),
    PRIMARY KEY (application_id, document_type),
    CONSTRAINT application_document_requirement_other_optional CHECK (document_type <> 'OTHER' OR NOT required)
);

-- Applications already submitted keep the list they were judged by: their agreement's, or none beyond "other".
INSERT INTO application_document_requirement (application_id, document_type, required, max_age_days)
SELECT g.id, r.document_type, r.required, r.max_age_days
  FROM guarantee_application g
  JOIN agreement_document_requirement r ON r.agreement_code = g.agreement_code
 WHERE g.receipt_number IS NOT NULL;

INSERT INTO application_document_requirement (application_id, document_type, required, max_age_days)
SELECT g.id, 'OTHER', false, NULL
  FROM guarantee_application g
 WHERE g.receipt_number IS NOT NULL
ON CONFLICT DO NOTHING;

-- Agreements set up since checklists came get the same illustrative list V69 gave the others.
INSERT INTO agreement_document_requirement (agreement_code, document_type, required, max_age_days, illustrative)
SELECT a.code, r.document_type, r.required, r.max_age_days, true
  FROM agreement a
 CROSS JOIN (VALUES ('BUSINESS_REGISTRATION', true,  NULL),
                    ('VAT_TAX_BASE',          false, 90),
                    ('NATIONAL_TAX_PAID',     true,  30),
                    ('LOCAL_TAX_PAID',        true,  30),
                    ('FINANCIAL_STATEMENTS',  true,  NULL),
                    ('CORPORATE_REGISTER',    false, 90),
                    ('SHAREHOLDER_REGISTER',  false, NULL),
                    ('RECOMMENDATION_LETTER', false, NULL),
                    ('OTHER',                 false, NULL))
       AS r (document_type, required, max_age_days)
 WHERE NOT EXISTS (SELECT 1 FROM agreement_document_requirement own WHERE own.agreement_code = a.code);
