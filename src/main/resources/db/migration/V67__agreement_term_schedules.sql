-- An agreement's terms per year of the guarantee (연차별 보증조건): each row covers the guarantee years from_year to
-- to_year (NULL: every later year) with its guarantee ratio, fee rate, the funders' share of the fee (the SME pays
-- the rest), the interest-rate preference and per-company caps in won on what the funders pay a year. The rows of an
-- agreement run contiguously from year 1, the last one open-ended.
--
-- Every existing agreement gets its programme's flat terms as one open-ended row, so nothing changes for it. The
-- HMG-KB-WOORI agreements get a multi-year schedule; its figures are illustrative (the agreements' yearly terms are
-- not public).

CREATE TABLE agreement_term_year (
    agreement_id                  BIGINT       NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    from_year                     INTEGER      NOT NULL CHECK (from_year BETWEEN 1 AND 20),
    to_year                       INTEGER      CHECK (to_year BETWEEN 1 AND 20),
    guarantee_ratio_percent       NUMERIC(6,3) NOT NULL CHECK (guarantee_ratio_percent > 0 AND guarantee_ratio_percent <= 100),
    fee_percent                   NUMERIC(6,3) NOT NULL CHECK (fee_percent BETWEEN 0 AND 100),
    funders_fee_share_percent     NUMERIC(6,3) NOT NULL CHECK (funders_fee_share_percent BETWEEN 0 AND 100),
    rate_preference_points        NUMERIC(6,3) NOT NULL CHECK (rate_preference_points BETWEEN 0 AND 100),
    -- the most the funders pay towards one company's fee, and its interest preference, in a guarantee year
    fee_support_cap_won           BIGINT       CHECK (fee_support_cap_won >= 0),
    interest_subsidy_cap_won      BIGINT       CHECK (interest_subsidy_cap_won >= 0),
    illustrative                  BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (agreement_id, from_year),
    CONSTRAINT agreement_term_year_order CHECK (to_year IS NULL OR to_year >= from_year)
);

INSERT INTO agreement_term_year (agreement_id, from_year, to_year, guarantee_ratio_percent, fee_percent,
                                 funders_fee_share_percent, rate_preference_points)
SELECT a.id, 1, NULL, a.guarantee_ratio_percent, p.guarantee_fee_percent, p.fee_subsidy_percent,
       p.rate_preference_points
FROM agreement a
JOIN programme p ON p.id = a.programme_id;

-- Illustrative: year 1 fee fully supported, years 2–3 the SME pays 0.5 %, after that 0.8 % of the guaranteed amount.
DELETE FROM agreement_term_year t USING agreement a, programme p
WHERE t.agreement_id = a.id AND a.programme_id = p.id AND p.code = 'HMG-KB-WOORI';

INSERT INTO agreement_term_year (agreement_id, from_year, to_year, guarantee_ratio_percent, fee_percent,
                                 funders_fee_share_percent, rate_preference_points, fee_support_cap_won,
                                 interest_subsidy_cap_won, illustrative)
SELECT a.id, s.from_year, s.to_year, a.guarantee_ratio_percent, 1.0, s.funders_share, s.points, s.fee_cap,
       s.interest_cap, TRUE
FROM agreement a
JOIN programme p ON p.id = a.programme_id
CROSS JOIN (VALUES (1, 1, 100, 1.5, 20000000, 50000000),
                   (2, 3, 50, 1.5, 10000000, 50000000),
                   (4, NULL, 20, 1.0, 5000000, 30000000))
    AS s (from_year, to_year, funders_share, points, fee_cap, interest_cap)
WHERE p.code = 'HMG-KB-WOORI';
