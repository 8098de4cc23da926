-- Recommendations (추천): a funder names a partner SME for one agreement of a programme it funds, at a tier and up
-- to an amount, until a date. The SME's next application under that agreement carries the recommendation; the
-- funder may withdraw one that no approved application uses. Funders, agreements and applications are referred
-- to by code and id: they belong to other modules.

CREATE TABLE recommendation (
    id               BIGSERIAL    PRIMARY KEY,
    funder_code      VARCHAR(16)  NOT NULL,
    business_number  VARCHAR(10)  NOT NULL CHECK (business_number ~ '^[0-9]{10}$'),
    company_name     VARCHAR(200) NOT NULL,
    programme_code   VARCHAR(32)  NOT NULL,
    agreement_code   VARCHAR(48)  NOT NULL,
    tier             SMALLINT     NOT NULL CHECK (tier BETWEEN 1 AND 3),
    amount_won       BIGINT       NOT NULL CHECK (amount_won > 0),
    valid_until      DATE         NOT NULL,
    issued_by        VARCHAR(254) NOT NULL,
    issued_at        TIMESTAMPTZ  NOT NULL,
    withdrawn_by     VARCHAR(254),
    withdrawn_at     TIMESTAMPTZ,
    application_id   BIGINT,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT recommendation_withdrawal_complete CHECK ((withdrawn_by IS NULL) = (withdrawn_at IS NULL))
);

-- A funder's recommendations, newest first.
CREATE INDEX recommendation_funder_idx ON recommendation (funder_code, issued_at DESC);
-- What an SME's application under an agreement finds.
CREATE INDEX recommendation_company_idx ON recommendation (business_number, agreement_code);
-- An application carries one recommendation.
CREATE UNIQUE INDEX recommendation_application_key ON recommendation (application_id) WHERE application_id IS NOT NULL;
