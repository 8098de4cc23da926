-- Guaranteed loans as the lending banks pay them out, and every payment and correction they record.

-- One row per issued guarantee: the loan a bank may pay out. disbursed_won is the sum of the loan's
-- disbursements less their reversals, never above the approved amount.
CREATE TABLE loan (
    application_id      BIGINT        PRIMARY KEY,
    guarantee_number    VARCHAR(32)   NOT NULL UNIQUE,
    programme_code      VARCHAR(32)   NOT NULL,
    agency_code         VARCHAR(16)   NOT NULL,
    bank_code           VARCHAR(16)   NOT NULL,
    organisation_id     BIGINT        NOT NULL,
    business_number     VARCHAR(10)   NOT NULL,
    company_name        VARCHAR(200)  NOT NULL,
    approved_won        BIGINT        NOT NULL CHECK (approved_won > 0),
    disbursed_won       BIGINT        NOT NULL DEFAULT 0 CHECK (disbursed_won >= 0),
    status              VARCHAR(12)   NOT NULL DEFAULT 'APPROVED'
                                      CHECK (status IN ('APPROVED', 'DISBURSING', 'ACTIVE', 'REPAID', 'DEFAULTED', 'CANCELLED')),
    issued_at           TIMESTAMPTZ   NOT NULL,
    first_disbursed_at  TIMESTAMPTZ,
    closed_at           TIMESTAMPTZ,
    updated_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT loan_disbursed_within_approved CHECK (disbursed_won <= approved_won)
);

CREATE INDEX loan_bank_idx ON loan (bank_code, issued_at DESC, application_id DESC);
CREATE INDEX loan_bank_status_idx ON loan (bank_code, status, issued_at DESC);
CREATE INDEX loan_programme_idx ON loan (programme_code, status);

-- Payments out and their corrections. A mistaken payment is never edited or deleted: a reversal entry
-- cancels it, so the history stays whole.
CREATE TABLE disbursement (
    id             BIGSERIAL     PRIMARY KEY,
    application_id BIGINT        NOT NULL REFERENCES loan (application_id),
    kind           VARCHAR(12)   NOT NULL CHECK (kind IN ('PAYMENT', 'REVERSAL')),
    amount_won     BIGINT        NOT NULL CHECK (amount_won > 0),
    disbursed_on   DATE          NOT NULL,
    reference      VARCHAR(64)   NOT NULL,
    reverses_id    BIGINT        UNIQUE REFERENCES disbursement (id),
    reason         VARCHAR(500),
    recorded_by    VARCHAR(254)  NOT NULL,
    channel        VARCHAR(8)    NOT NULL CHECK (channel IN ('PAGE', 'API', 'DEMO')),
    recorded_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT disbursement_reversal_names_payment CHECK ((kind = 'REVERSAL') = (reverses_id IS NOT NULL))
);

CREATE INDEX disbursement_application_idx ON disbursement (application_id, id);

CREATE FUNCTION disbursement_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'disbursements are corrected by reversal entries, never changed or removed';
END;
$$;

CREATE TRIGGER disbursement_append_only BEFORE UPDATE OR DELETE ON disbursement
    FOR EACH ROW EXECUTE FUNCTION disbursement_is_append_only();

-- Answers to bank-system requests that carried an Idempotency-Key: the same key again gets the first answer.
CREATE TABLE idempotent_request (
    bank_code        VARCHAR(16)   NOT NULL,
    idempotency_key  VARCHAR(200)  NOT NULL,
    request_hash     VARCHAR(64)   NOT NULL,
    response_status  INTEGER,
    response_body    TEXT,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (bank_code, idempotency_key)
);
