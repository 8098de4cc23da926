-- After a default the bank claims the guaranteed share of its loss (대위변제 청구); the agency checks the claim with
-- two people, one recommending the amount and another approving the payment, or rejects it. At most one claim of a
-- loan is open or paid at a time; a rejected claim may be followed by a new one.
CREATE TABLE loan_claim (
    id                   BIGSERIAL     PRIMARY KEY,
    application_id       BIGINT        NOT NULL REFERENCES loan (application_id),
    covered_loss_won     BIGINT        NOT NULL CHECK (covered_loss_won > 0),
    claimed_won          BIGINT        NOT NULL CHECK (claimed_won > 0),
    default_date         DATE          NOT NULL,
    bank_reference       VARCHAR(64)   NOT NULL,
    status               VARCHAR(12)   NOT NULL CHECK (status IN ('FILED', 'RECOMMENDED', 'PAID', 'REJECTED')),
    filed_by             VARCHAR(100)  NOT NULL,
    channel              VARCHAR(16)   NOT NULL,
    filed_at             TIMESTAMPTZ   NOT NULL,
    recommended_won      BIGINT        CHECK (recommended_won > 0),
    recommendation_note  VARCHAR(1000),
    recommended_by       VARCHAR(100),
    recommended_at       TIMESTAMPTZ,
    paid_won             BIGINT        CHECK (paid_won > 0),
    paid_on              DATE,
    approved_by          VARCHAR(100),
    rejection_reason     VARCHAR(1000),
    decided_by           VARCHAR(100),
    decided_at           TIMESTAMPTZ,
    CONSTRAINT loan_claim_within_claimed CHECK (paid_won IS NULL OR paid_won <= claimed_won),
    CONSTRAINT loan_claim_paid_has_date CHECK ((status = 'PAID') = (paid_won IS NOT NULL AND paid_on IS NOT NULL)),
    CONSTRAINT loan_claim_four_eyes CHECK (approved_by IS NULL OR approved_by <> recommended_by)
);

CREATE UNIQUE INDEX loan_claim_one_standing ON loan_claim (application_id) WHERE status <> 'REJECTED';
CREATE INDEX loan_claim_status_idx ON loan_claim (status, filed_at);

-- What the agency recovers from the SME after paying a claim; together never more than was paid.
CREATE TABLE loan_claim_recovery (
    id             BIGSERIAL     PRIMARY KEY,
    claim_id       BIGINT        NOT NULL REFERENCES loan_claim (id),
    recovered_won  BIGINT        NOT NULL CHECK (recovered_won > 0),
    recovered_on   DATE          NOT NULL,
    recorded_by    VARCHAR(100)  NOT NULL,
    recorded_at    TIMESTAMPTZ   NOT NULL
);

CREATE INDEX loan_claim_recovery_claim_idx ON loan_claim_recovery (claim_id, recovered_on);
