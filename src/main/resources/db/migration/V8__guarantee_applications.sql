-- Guarantee-loan applications of SMEs, their documents and their timeline.

-- Receipt numbers are handed out in submission order: first come, first served.
CREATE SEQUENCE application_receipt_seq START 1;

CREATE TABLE guarantee_application (
    id                BIGSERIAL PRIMARY KEY,
    programme_code    VARCHAR(32)   NOT NULL,
    organisation_id   BIGINT        NOT NULL,
    business_number   VARCHAR(10)   NOT NULL CHECK (business_number ~ '^[0-9]{10}$'),
    company_name      VARCHAR(200)  NOT NULL,
    status            VARCHAR(20)   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'INFO_REQUESTED',
                                                             'APPROVED', 'REJECTED', 'WITHDRAWN', 'DISBURSING',
                                                             'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED')),
    amount_won        BIGINT        NOT NULL CHECK (amount_won > 0),
    approved_won      BIGINT        CHECK (approved_won > 0 AND approved_won <= amount_won),
    purpose           VARCHAR(20)   NOT NULL CHECK (purpose IN ('WORKING_CAPITAL', 'FACILITIES', 'EXPORT')),
    term_months       INTEGER       NOT NULL CHECK (term_months BETWEEN 1 AND 240),
    bank_code         VARCHAR(16)   NOT NULL,
    business_plan     VARCHAR(4000) NOT NULL,
    receipt_number    BIGINT        UNIQUE,
    submitted_at      TIMESTAMPTZ,
    decided_at        TIMESTAMPTZ,
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT guarantee_application_receipt_when_submitted
        CHECK ((status = 'DRAFT') = (receipt_number IS NULL) OR status = 'WITHDRAWN')
);

-- One application awaiting a decision per SME and programme.
CREATE UNIQUE INDEX guarantee_application_one_pending
    ON guarantee_application (organisation_id, programme_code)
    WHERE status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'INFO_REQUESTED');

CREATE INDEX guarantee_application_organisation_idx ON guarantee_application (organisation_id, created_at DESC);
CREATE INDEX guarantee_application_business_number_idx ON guarantee_application (business_number);
CREATE INDEX guarantee_application_programme_status_idx ON guarantee_application (programme_code, status, receipt_number);

CREATE TABLE application_document (
    id              BIGSERIAL PRIMARY KEY,
    application_id  BIGINT       NOT NULL REFERENCES guarantee_application (id) ON DELETE CASCADE,
    file_name       VARCHAR(200) NOT NULL,
    media_type      VARCHAR(40)  NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes      INTEGER      NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    sha256          VARCHAR(64)  NOT NULL,
    content         BYTEA        NOT NULL,
    uploaded_by     VARCHAR(254) NOT NULL,
    uploaded_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX application_document_application_idx ON application_document (application_id);

CREATE TABLE application_timeline_entry (
    id              BIGSERIAL PRIMARY KEY,
    application_id  BIGINT        NOT NULL REFERENCES guarantee_application (id) ON DELETE CASCADE,
    kind            VARCHAR(24)   NOT NULL CHECK (kind IN ('STATUS_CHANGED', 'MESSAGE_FROM_AGENCY', 'ANSWER_FROM_SME',
                                                           'DOCUMENT_ADDED', 'NOTE')),
    from_status     VARCHAR(20),
    to_status       VARCHAR(20),
    body            VARCHAR(4000),
    actor           VARCHAR(254)  NOT NULL,
    actor_role      VARCHAR(32),
    at              TIMESTAMPTZ   NOT NULL DEFAULT now()
);

CREATE INDEX application_timeline_entry_application_idx ON application_timeline_entry (application_id, at, id);
