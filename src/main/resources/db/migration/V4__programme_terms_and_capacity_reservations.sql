-- The terms under which a programme lends, and the reservations that guarantees hold on its capacity.

ALTER TABLE programme
    ADD COLUMN min_loan_won                BIGINT       NOT NULL DEFAULT 0 CHECK (min_loan_won >= 0),
    ADD COLUMN max_loan_won                BIGINT       NOT NULL DEFAULT 0 CHECK (max_loan_won >= 0),
    ADD COLUMN max_loan_lower_tier_won     BIGINT       CHECK (max_loan_lower_tier_won >= 0),
    ADD COLUMN max_term_months             INTEGER      NOT NULL DEFAULT 12 CHECK (max_term_months BETWEEN 1 AND 240),
    ADD COLUMN guarantee_ratio_percent     NUMERIC(6,3) NOT NULL DEFAULT 85 CHECK (guarantee_ratio_percent BETWEEN 0 AND 100),
    ADD COLUMN guarantee_fee_percent       NUMERIC(6,3) NOT NULL DEFAULT 1 CHECK (guarantee_fee_percent BETWEEN 0 AND 100),
    ADD COLUMN fee_subsidy_percent         NUMERIC(6,3) NOT NULL DEFAULT 0 CHECK (fee_subsidy_percent BETWEEN 0 AND 100),
    ADD COLUMN rate_preference_points      NUMERIC(6,3) NOT NULL DEFAULT 0 CHECK (rate_preference_points BETWEEN 0 AND 100),
    ADD COLUMN four_eyes_threshold_won     BIGINT       NOT NULL DEFAULT 0 CHECK (four_eyes_threshold_won >= 0),
    ADD COLUMN window_opens_at             TIMESTAMPTZ,
    ADD COLUMN window_closes_at            TIMESTAMPTZ,
    ADD COLUMN partner_list_required       BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT programme_min_within_max CHECK (min_loan_won <= max_loan_won),
    ADD CONSTRAINT programme_window_order CHECK (window_closes_at IS NULL OR window_opens_at IS NULL
                                                 OR window_opens_at < window_closes_at);

CREATE TABLE programme_industry (
    programme_id  BIGINT  NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    section       VARCHAR(1) NOT NULL CHECK (section BETWEEN 'A' AND 'U'),
    PRIMARY KEY (programme_id, section)
);

-- One row per application whose guarantee holds part of a programme's capacity. committed_won on the
-- programme is the sum of reserved_won over unreleased rows; disbursed_won the sum of consumed_won.
CREATE TABLE capacity_reservation (
    application_id  BIGINT      PRIMARY KEY,
    programme_id    BIGINT      NOT NULL REFERENCES programme (id),
    reserved_won    BIGINT      NOT NULL CHECK (reserved_won > 0),
    consumed_won    BIGINT      NOT NULL DEFAULT 0 CHECK (consumed_won >= 0),
    reserved_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    released_at     TIMESTAMPTZ,
    CONSTRAINT capacity_reservation_consumed_within_reserved CHECK (consumed_won <= reserved_won)
);

CREATE INDEX capacity_reservation_programme_idx ON capacity_reservation (programme_id);

-- Realistic terms for the three programmes of the 2026 strategy. KB's win-win programme caps tier-1
-- suppliers at 50억 원 and tier-2/3 suppliers at 20억 원 per company.
UPDATE programme SET
    min_loan_won = 10000000,
    max_loan_won = 5000000000,
    max_loan_lower_tier_won = 2000000000,
    max_term_months = 60,
    guarantee_ratio_percent = 100,
    guarantee_fee_percent = 1.0,
    fee_subsidy_percent = 50,
    rate_preference_points = 1.5,
    four_eyes_threshold_won = 1000000000,
    window_opens_at = TIMESTAMPTZ '2026-02-02 09:00:00+09',
    window_closes_at = TIMESTAMPTZ '2027-12-31 18:00:00+09',
    partner_list_required = TRUE
WHERE code = 'HMG-KB-WOORI';

UPDATE programme SET
    min_loan_won = 10000000,
    max_loan_won = 1000000000,
    max_loan_lower_tier_won = 500000000,
    max_term_months = 36,
    guarantee_ratio_percent = 100,
    guarantee_fee_percent = 1.0,
    fee_subsidy_percent = 100,
    rate_preference_points = 1.0,
    four_eyes_threshold_won = 500000000,
    window_opens_at = TIMESTAMPTZ '2026-03-03 09:00:00+09',
    window_closes_at = TIMESTAMPTZ '2027-12-31 18:00:00+09',
    partner_list_required = TRUE
WHERE code = 'POSCOINTL-KODIT';

UPDATE programme SET
    min_loan_won = 50000000,
    max_loan_won = 3000000000,
    max_term_months = 24,
    guarantee_ratio_percent = 95,
    guarantee_fee_percent = 0.6,
    fee_subsidy_percent = 50,
    rate_preference_points = 1.2,
    four_eyes_threshold_won = 1000000000,
    window_opens_at = TIMESTAMPTZ '2026-03-03 09:00:00+09',
    window_closes_at = TIMESTAMPTZ '2027-12-31 18:00:00+09',
    partner_list_required = FALSE
WHERE code = 'POSCO-IBK-KSURE';

INSERT INTO programme_industry (programme_id, section)
SELECT p.id, i.section
FROM programme p
JOIN (VALUES ('HMG-KB-WOORI', 'C'), ('HMG-KB-WOORI', 'F'), ('HMG-KB-WOORI', 'G'), ('HMG-KB-WOORI', 'H'),
             ('HMG-KB-WOORI', 'J'), ('HMG-KB-WOORI', 'M'), ('HMG-KB-WOORI', 'N'),
             ('POSCOINTL-KODIT', 'C'), ('POSCOINTL-KODIT', 'G'), ('POSCOINTL-KODIT', 'H'),
             ('POSCO-IBK-KSURE', 'C'), ('POSCO-IBK-KSURE', 'G'), ('POSCO-IBK-KSURE', 'H')) AS i (programme_code, section)
  ON i.programme_code = p.code;
