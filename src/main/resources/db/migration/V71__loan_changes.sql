-- Changes to a guaranteed loan after approval: the amount lowered, the term extended, or the loan moved to another
-- lending bank of the same agreement. Each is requested by the SME or the bank with a reason, and decided by the
-- agency like the original approval (a second person above the four-eyes threshold and for every bank change).
CREATE TABLE loan_change (
    id                    BIGSERIAL PRIMARY KEY,
    application_id        BIGINT        NOT NULL REFERENCES loan (application_id),
    kind                  VARCHAR(16)   NOT NULL CHECK (kind IN ('AMOUNT_DOWN', 'TERM_EXTENSION', 'BANK_CHANGE')),
    status                VARCHAR(16)   NOT NULL CHECK (status IN ('REQUESTED', 'RECOMMENDED', 'APPROVED', 'REJECTED')),
    previous_won          BIGINT        NOT NULL CHECK (previous_won > 0),
    new_won               BIGINT        NOT NULL CHECK (new_won > 0 AND new_won <= previous_won),
    previous_term_months  INTEGER       NOT NULL CHECK (previous_term_months BETWEEN 1 AND 240),
    new_term_months       INTEGER       NOT NULL CHECK (new_term_months BETWEEN 1 AND 240
                                                        AND new_term_months >= previous_term_months),
    previous_bank_code    VARCHAR(16)   NOT NULL,
    new_bank_code         VARCHAR(16)   NOT NULL,
    reason                VARCHAR(2000) NOT NULL,
    requested_by          VARCHAR(254)  NOT NULL,
    requested_by_role     VARCHAR(32)   NOT NULL,
    requested_at          TIMESTAMPTZ   NOT NULL,
    recommended_by        VARCHAR(254),
    recommended_at        TIMESTAMPTZ,
    decided_by            VARCHAR(254),
    decided_at            TIMESTAMPTZ,
    rejection_reason      VARCHAR(2000),
    CONSTRAINT loan_change_rejection_has_reason CHECK (status <> 'REJECTED' OR rejection_reason IS NOT NULL),
    CONSTRAINT loan_change_decided CHECK (status IN ('REQUESTED', 'RECOMMENDED') OR decided_by IS NOT NULL)
);

-- One change at a time per loan: a second request waits until the first is decided.
CREATE UNIQUE INDEX loan_change_one_open ON loan_change (application_id) WHERE status IN ('REQUESTED', 'RECOMMENDED');
CREATE INDEX loan_change_open_idx ON loan_change (status, requested_at) WHERE status IN ('REQUESTED', 'RECOMMENDED');
