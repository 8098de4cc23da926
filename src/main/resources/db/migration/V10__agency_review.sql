-- Agency review: who works on an application, what the company looked like when it applied, decisions with
-- their comments, four-eyes recommendations, and the guarantees issued on approval.

-- An approval above a programme's four-eyes threshold waits as a recommendation for a second person.
ALTER TABLE guarantee_application DROP CONSTRAINT guarantee_application_status_check;
ALTER TABLE guarantee_application ADD CONSTRAINT guarantee_application_status_check
    CHECK (status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'RECOMMENDED', 'APPROVED', 'REJECTED',
                      'WITHDRAWN', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED'));

DROP INDEX guarantee_application_one_pending;
CREATE UNIQUE INDEX guarantee_application_one_pending
    ON guarantee_application (organisation_id, programme_code)
    WHERE status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'RECOMMENDED');

-- The company as it was at submission, so the queue filters by region and industry without leaving this table,
-- and a representative applying through several companies is noticed.
ALTER TABLE guarantee_application
    ADD COLUMN region               VARCHAR(16),
    ADD COLUMN industry_section     VARCHAR(1) CHECK (industry_section BETWEEN 'A' AND 'U'),
    ADD COLUMN representative_name  VARCHAR(100),
    ADD COLUMN assignee             VARCHAR(254),
    ADD COLUMN assigned_at          TIMESTAMPTZ,
    ADD COLUMN last_action_at       TIMESTAMPTZ;

UPDATE guarantee_application a
SET region = p.region, industry_section = p.industry_section, representative_name = p.representative_name
FROM company_profile p
WHERE p.organisation_id = a.organisation_id;

UPDATE guarantee_application SET last_action_at = coalesce(decided_at, submitted_at, updated_at);

-- Indexes for the review queue at a million applications: every filter narrows within a programme and keeps
-- receipt order, so the first page comes off an index without sorting.
DROP INDEX guarantee_application_programme_status_idx;
CREATE INDEX guarantee_application_queue_idx
    ON guarantee_application (programme_code, receipt_number) WHERE status <> 'DRAFT';
CREATE INDEX guarantee_application_queue_status_idx
    ON guarantee_application (programme_code, status, receipt_number) WHERE status <> 'DRAFT';
CREATE INDEX guarantee_application_queue_region_idx
    ON guarantee_application (programme_code, region, receipt_number) WHERE status <> 'DRAFT';
CREATE INDEX guarantee_application_queue_industry_idx
    ON guarantee_application (programme_code, industry_section, receipt_number) WHERE status <> 'DRAFT';
CREATE INDEX guarantee_application_queue_amount_idx
    ON guarantee_application (programme_code, amount_won) WHERE status <> 'DRAFT';
CREATE INDEX guarantee_application_queue_submitted_idx
    ON guarantee_application (programme_code, submitted_at) WHERE status <> 'DRAFT';
CREATE INDEX guarantee_application_assignee_idx
    ON guarantee_application (assignee, receipt_number) WHERE assignee IS NOT NULL;
CREATE INDEX guarantee_application_company_name_trgm_idx
    ON guarantee_application USING gin (company_name gin_trgm_ops);
CREATE INDEX guarantee_application_representative_idx
    ON guarantee_application (representative_name) WHERE representative_name IS NOT NULL;

-- How far a reviewer may move a guarantee's terms away from the programme's defaults.
ALTER TABLE programme
    ADD COLUMN guarantee_ratio_min_percent  NUMERIC(6,3) NOT NULL DEFAULT 50 CHECK (guarantee_ratio_min_percent BETWEEN 0 AND 100),
    ADD COLUMN guarantee_ratio_max_percent  NUMERIC(6,3) NOT NULL DEFAULT 100 CHECK (guarantee_ratio_max_percent BETWEEN 0 AND 100),
    ADD COLUMN guarantee_fee_min_percent    NUMERIC(6,3) NOT NULL DEFAULT 0.5 CHECK (guarantee_fee_min_percent BETWEEN 0 AND 100),
    ADD COLUMN guarantee_fee_max_percent    NUMERIC(6,3) NOT NULL DEFAULT 3 CHECK (guarantee_fee_max_percent BETWEEN 0 AND 100);

UPDATE programme SET guarantee_ratio_min_percent = 85, guarantee_ratio_max_percent = 100,
                     guarantee_fee_min_percent = 0.5, guarantee_fee_max_percent = 1.5
WHERE code IN ('HMG-KB-WOORI', 'POSCOINTL-KODIT');
UPDATE programme SET guarantee_ratio_min_percent = 80, guarantee_ratio_max_percent = 100,
                     guarantee_fee_min_percent = 0.3, guarantee_fee_max_percent = 1.2
WHERE code = 'POSCO-IBK-KSURE';
UPDATE programme SET guarantee_ratio_min_percent = least(guarantee_ratio_min_percent, guarantee_ratio_percent),
                     guarantee_ratio_max_percent = greatest(guarantee_ratio_max_percent, guarantee_ratio_percent),
                     guarantee_fee_min_percent = least(guarantee_fee_min_percent, guarantee_fee_percent),
                     guarantee_fee_max_percent = greatest(guarantee_fee_max_percent, guarantee_fee_percent);

ALTER TABLE programme
    ADD CONSTRAINT programme_ratio_within_limits
        CHECK (guarantee_ratio_min_percent <= guarantee_ratio_percent AND guarantee_ratio_percent <= guarantee_ratio_max_percent),
    ADD CONSTRAINT programme_fee_within_limits
        CHECK (guarantee_fee_min_percent <= guarantee_fee_percent AND guarantee_fee_percent <= guarantee_fee_max_percent);

-- Every review action with its comment: the record of who decided what, and why.
CREATE TABLE review_action (
    id                       BIGSERIAL PRIMARY KEY,
    application_id           BIGINT        NOT NULL REFERENCES guarantee_application (id) ON DELETE CASCADE,
    agency_code              VARCHAR(16)   NOT NULL,
    kind                     VARCHAR(24)   NOT NULL CHECK (kind IN ('ASSIGNED', 'RELEASED', 'INFO_REQUESTED', 'REJECTED',
                                                                    'RECOMMENDED', 'RETURNED', 'APPROVED')),
    reason_code              VARCHAR(32),
    comment                  VARCHAR(2000) NOT NULL,
    message_to_applicant     VARCHAR(2000),
    approved_won             BIGINT        CHECK (approved_won > 0),
    guarantee_ratio_percent  NUMERIC(6,3)  CHECK (guarantee_ratio_percent > 0 AND guarantee_ratio_percent <= 100),
    guarantee_fee_percent    NUMERIC(6,3)  CHECK (guarantee_fee_percent >= 0 AND guarantee_fee_percent <= 100),
    conditions               VARCHAR(2000),
    assignee                 VARCHAR(254),
    actor                    VARCHAR(254)  NOT NULL,
    actor_role               VARCHAR(32)   NOT NULL,
    at                       TIMESTAMPTZ   NOT NULL DEFAULT now()
);

CREATE INDEX review_action_application_idx ON review_action (application_id, at, id);

-- Guarantees issued on final approval; the number counts per agency and year: KODIT-2026-000123.
CREATE TABLE guarantee_number_counter (
    agency_code  VARCHAR(16) NOT NULL,
    year         INTEGER     NOT NULL,
    last_number  INTEGER     NOT NULL CHECK (last_number > 0),
    PRIMARY KEY (agency_code, year)
);

CREATE TABLE guarantee (
    id                       BIGSERIAL PRIMARY KEY,
    guarantee_number         VARCHAR(32)   NOT NULL UNIQUE,
    application_id           BIGINT        NOT NULL UNIQUE REFERENCES guarantee_application (id),
    programme_code           VARCHAR(32)   NOT NULL,
    agency_code              VARCHAR(16)   NOT NULL,
    bank_code                VARCHAR(16)   NOT NULL,
    organisation_id          BIGINT        NOT NULL,
    business_number          VARCHAR(10)   NOT NULL,
    company_name             VARCHAR(200)  NOT NULL,
    loan_won                 BIGINT        NOT NULL CHECK (loan_won > 0),
    guarantee_ratio_percent  NUMERIC(6,3)  NOT NULL CHECK (guarantee_ratio_percent > 0 AND guarantee_ratio_percent <= 100),
    guaranteed_won           BIGINT        NOT NULL CHECK (guaranteed_won > 0 AND guaranteed_won <= loan_won),
    fee_percent              NUMERIC(6,3)  NOT NULL CHECK (fee_percent >= 0 AND fee_percent <= 100),
    yearly_fee_won           BIGINT        NOT NULL CHECK (yearly_fee_won >= 0),
    term_months              INTEGER       NOT NULL CHECK (term_months BETWEEN 1 AND 240),
    conditions               VARCHAR(2000),
    valid_from               DATE          NOT NULL,
    valid_until              DATE          NOT NULL,
    recommended_by           VARCHAR(254),
    approved_by              VARCHAR(254)  NOT NULL,
    issued_at                TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT guarantee_validity_order CHECK (valid_from < valid_until)
);

CREATE INDEX guarantee_organisation_idx ON guarantee (organisation_id);
CREATE INDEX guarantee_bank_idx ON guarantee (bank_code, issued_at DESC);
CREATE INDEX guarantee_agency_idx ON guarantee (agency_code, issued_at DESC);

-- A rejection tells the SME its reason in its own language as well as in the reviewer's words.
ALTER TABLE application_timeline_entry
    ADD COLUMN reason_code VARCHAR(32) CHECK (reason_code IN ('INELIGIBLE', 'CREDIT', 'REPAYMENT_CAPACITY', 'DOCUMENTS',
                                                             'EXPOSURE_LIMIT', 'DUPLICATE', 'CAPACITY_EXHAUSTED', 'OTHER'));
