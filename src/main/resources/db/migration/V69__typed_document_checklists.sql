-- Typed document checklists: the documents each agreement needs, which are required and how recent an
-- official document must be; every uploaded document sits in a slot of its type with its issue date, and the
-- reviewer accepts it or asks for it again.

CREATE TABLE document_type (
    code        VARCHAR(40) PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]{1,39}$'),
    position    INTEGER     NOT NULL,
    -- issued by an authority on a date, so that its age can be ruled on
    official    BOOLEAN     NOT NULL,
    -- filled from the funder's recommendation when the application is submitted, never uploaded by the SME
    from_funder BOOLEAN     NOT NULL DEFAULT false
);

-- Names are message keys document.type.<code>.
INSERT INTO document_type (code, position, official, from_funder) VALUES
    ('BUSINESS_REGISTRATION', 10, true,  false),  -- 사업자등록증
    ('VAT_TAX_BASE',          20, true,  false),  -- 부가가치세 과세표준증명
    ('NATIONAL_TAX_PAID',     30, true,  false),  -- 국세 납세증명서
    ('LOCAL_TAX_PAID',        40, true,  false),  -- 지방세 납세증명서
    ('FINANCIAL_STATEMENTS',  50, false, false),  -- 재무제표
    ('CORPORATE_REGISTER',    60, true,  false),  -- 법인 등기사항증명서
    ('SHAREHOLDER_REGISTER',  70, false, false),  -- 주주명부
    ('RECOMMENDATION_LETTER', 80, false, true),   -- 추천서
    ('OTHER',                 90, false, false);  -- 기타

CREATE TABLE agreement_document_requirement (
    agreement_code VARCHAR(48) NOT NULL REFERENCES agreement (code) ON DELETE CASCADE,
    document_type  VARCHAR(40) NOT NULL REFERENCES document_type (code),
    required       BOOLEAN     NOT NULL,
    -- the oldest an official document may be on the day the application is submitted; NULL: any age
    max_age_days   INTEGER     CHECK (max_age_days BETWEEN 1 AND 3650),
    illustrative   BOOLEAN     NOT NULL DEFAULT false,
    PRIMARY KEY (agreement_code, document_type),
    CONSTRAINT agreement_document_requirement_other_optional CHECK (document_type <> 'OTHER' OR NOT required)
);

-- The lists below are illustrative: the agencies publish their own per product; these follow what KODIT, KIBO and
-- K-SURE commonly ask for a win-win guarantee (tax certificates issued within a month, registers within three).
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
       AS r (document_type, required, max_age_days);

-- Documents uploaded before checklists existed keep their place in the "other" slot.
ALTER TABLE application_document
    ADD COLUMN document_type VARCHAR(40) NOT NULL DEFAULT 'OTHER' REFERENCES document_type (code),
    ADD COLUMN issued_on     DATE,
    ADD COLUMN review_state  VARCHAR(16) NOT NULL DEFAULT 'PENDING'
        CHECK (review_state IN ('PENDING', 'ACCEPTED', 'ASKED_AGAIN')),
    ADD COLUMN review_reason VARCHAR(500),
    ADD COLUMN reviewed_by   VARCHAR(254),
    ADD COLUMN reviewed_at   TIMESTAMPTZ,
    ADD CONSTRAINT application_document_asked_with_reason
        CHECK (review_state <> 'ASKED_AGAIN' OR review_reason IS NOT NULL);

-- One document per typed slot; the "other" slot holds several.
CREATE UNIQUE INDEX application_document_one_per_slot
    ON application_document (application_id, document_type) WHERE document_type <> 'OTHER';
