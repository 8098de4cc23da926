-- The ministry's figures that read every guarantee, loan and partner application (the money trail per agreement,
-- claims per agreement and bank, the supply chain's reach per funder and tier) are reckoned every few minutes by one
-- instance and read from these tables, so that a dashboard page costs what its rows cost, not what a million
-- applications cost. Each table holds the last reckoning whole; `figure_reckoning` says when it was made.

CREATE TABLE figure_reckoning (
    name        VARCHAR(40) PRIMARY KEY,
    reckoned_at TIMESTAMPTZ NOT NULL,
    took_ms     BIGINT      NOT NULL CHECK (took_ms >= 0)
);

CREATE TABLE money_snapshot (
    agreement_code              VARCHAR(48) PRIMARY KEY,
    reckoned_on                 DATE        NOT NULL,
    contributed_won             BIGINT      NOT NULL,
    guaranteed_won              BIGINT      NOT NULL,
    loans_won                   BIGINT      NOT NULL,
    fee_waived_to_date_won      BIGINT      NOT NULL,
    fee_waived_won              BIGINT      NOT NULL,
    interest_saved_to_date_won  BIGINT      NOT NULL,
    interest_saved_won          BIGINT      NOT NULL,
    outstanding_guarantee_won   BIGINT      NOT NULL,
    loans_without_report        BIGINT      NOT NULL,
    outside_capital_won         BIGINT      NOT NULL,
    exporters_won               BIGINT      NOT NULL,
    fee_support_won             BIGINT      NOT NULL,
    fee_support_drawn_won       BIGINT      NOT NULL,
    fee_support_recent_won      BIGINT      NOT NULL,
    fee_support_first_on        DATE,
    interest_subsidy_won        BIGINT      NOT NULL,
    interest_subsidy_drawn_won  BIGINT      NOT NULL,
    interest_subsidy_recent_won BIGINT      NOT NULL,
    interest_subsidy_first_on   DATE
);

CREATE TABLE claim_snapshot (
    programme_code  VARCHAR(40) NOT NULL,
    agreement_code  VARCHAR(48),
    bank_code       VARCHAR(40) NOT NULL,
    loans           BIGINT      NOT NULL,
    guaranteed_won  BIGINT      NOT NULL,
    defaulted_loans BIGINT      NOT NULL,
    claims_paid     BIGINT      NOT NULL,
    paid_won        BIGINT      NOT NULL
);
CREATE INDEX claim_snapshot_programme_idx ON claim_snapshot (programme_code);

CREATE TABLE reach_snapshot (
    programme_code VARCHAR(40) NOT NULL,
    funder_code    VARCHAR(40),
    tier           SMALLINT    NOT NULL,
    applications   BIGINT      NOT NULL,
    requested_won  BIGINT      NOT NULL,
    approvals      BIGINT      NOT NULL,
    approved_won   BIGINT      NOT NULL
);
CREATE INDEX reach_snapshot_programme_idx ON reach_snapshot (programme_code);
CREATE INDEX reach_snapshot_funder_idx ON reach_snapshot (funder_code);
