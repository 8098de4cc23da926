-- Funders' contributions to an agreement (출연), and what they fill: special contributions to the agency (특별출연)
-- back the agreement's guarantee capacity at a multiple; guarantee-fee support funds (보증료 지원) and
-- interest-subsidy deposits at the bank (이차보전 예치금) fill two pots that approved guarantees draw on.
--
-- An agreement states its capacity in loan won or in guarantee won (capacity_unit); committed_won counts in that
-- unit, disbursed_won always in loan won. Its capacity follows its special contributions times their multiples
-- (capacity_source CONTRIBUTIONS) unless the administrator has set it by hand with a reason (STATED). Existing
-- agreements keep loan won and their capacity; the seeded contributions below are illustrative (the agreements'
-- contributions are not public) and chosen so that contributions × 12.5 equal each seeded agreement's capacity,
-- which then follows them.

ALTER TABLE agreement
    ADD COLUMN capacity_unit               VARCHAR(16) NOT NULL DEFAULT 'LOAN' CHECK (capacity_unit IN ('LOAN', 'GUARANTEE')),
    ADD COLUMN capacity_source             VARCHAR(16) NOT NULL DEFAULT 'STATED' CHECK (capacity_source IN ('STATED', 'CONTRIBUTIONS')),
    ADD COLUMN fee_support_won             BIGINT      NOT NULL DEFAULT 0 CHECK (fee_support_won >= 0),
    ADD COLUMN fee_support_drawn_won       BIGINT      NOT NULL DEFAULT 0 CHECK (fee_support_drawn_won >= 0),
    ADD COLUMN interest_subsidy_won        BIGINT      NOT NULL DEFAULT 0 CHECK (interest_subsidy_won >= 0),
    ADD COLUMN interest_subsidy_drawn_won  BIGINT      NOT NULL DEFAULT 0 CHECK (interest_subsidy_drawn_won >= 0),
    ADD CONSTRAINT agreement_fee_support_within_pot CHECK (fee_support_drawn_won <= fee_support_won),
    ADD CONSTRAINT agreement_interest_subsidy_within_pot CHECK (interest_subsidy_drawn_won <= interest_subsidy_won);

CREATE TABLE agreement_contribution (
    id             BIGSERIAL    PRIMARY KEY,
    agreement_id   BIGINT       NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    funder_code    VARCHAR(16)  NOT NULL REFERENCES funder (code),
    kind           VARCHAR(24)  NOT NULL CHECK (kind IN ('SPECIAL', 'FEE_SUPPORT', 'INTEREST_SUBSIDY')),
    amount_won     BIGINT       NOT NULL CHECK (amount_won > 0),
    received_on    DATE         NOT NULL,
    -- how many won of capacity (in the agreement's unit) one won of a special contribution backs
    multiple       NUMERIC(6,2) CHECK (multiple > 0 AND multiple <= 100),
    illustrative   BOOLEAN      NOT NULL DEFAULT FALSE,
    recorded_by    VARCHAR(64)  NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT agreement_contribution_multiple_of_special CHECK ((kind = 'SPECIAL') = (multiple IS NOT NULL))
);

CREATE INDEX agreement_contribution_agreement_idx ON agreement_contribution (agreement_id, received_on, id);

-- What a guarantee drew on an agreement's pots, once per application and pot; granted is false when the pot could
-- not pay the whole amount, and the application then has no such benefit (drawn_won is 0).
CREATE TABLE pot_draw (
    application_id  BIGINT      NOT NULL,
    agreement_id    BIGINT      NOT NULL REFERENCES agreement (id),
    pot             VARCHAR(24) NOT NULL CHECK (pot IN ('FEE_SUPPORT', 'INTEREST_SUBSIDY')),
    drawn_won       BIGINT      NOT NULL CHECK (drawn_won >= 0),
    granted         BOOLEAN     NOT NULL,
    drawn_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (application_id, pot),
    CONSTRAINT pot_draw_nothing_when_refused CHECK (granted OR drawn_won = 0)
);

CREATE INDEX pot_draw_agreement_idx ON pot_draw (agreement_id);

-- A reservation holds its loan won and its guarantee won separately; reserved_won is in the agreement's unit.
-- Existing reservations were in loan won; their guarantee won follows by the agreement's default ratio.
ALTER TABLE capacity_reservation
    ADD COLUMN loan_won       BIGINT CHECK (loan_won > 0),
    ADD COLUMN guarantee_won  BIGINT CHECK (guarantee_won >= 0);
UPDATE capacity_reservation r SET loan_won = r.reserved_won,
    guarantee_won = floor(r.reserved_won * a.guarantee_ratio_percent / 100)
FROM agreement a WHERE a.id = r.agreement_id;
ALTER TABLE capacity_reservation ALTER COLUMN loan_won SET NOT NULL, ALTER COLUMN guarantee_won SET NOT NULL;
ALTER TABLE capacity_reservation DROP CONSTRAINT capacity_reservation_consumed_within_reserved;
ALTER TABLE capacity_reservation ADD CONSTRAINT capacity_reservation_consumed_within_loan CHECK (consumed_won <= loan_won);

-- Illustrative contributions of the seeded agreements (received on the day each programme was announced).
INSERT INTO agreement_contribution (agreement_id, funder_code, kind, amount_won, received_on, multiple, illustrative,
                                    recorded_by)
SELECT a.id, c.funder_code, c.kind, c.amount_won, c.received_on, c.multiple, TRUE, 'system'
FROM agreement a
JOIN agreement_funder f ON f.agreement_id = a.id
JOIN (VALUES
        ('HMG-KB-WOORI-KODIT', 'HYUNDAI', 'SPECIAL', 32000000000, DATE '2026-01-21', 12.5),
        ('HMG-KB-WOORI-KODIT', 'KIA', 'SPECIAL', 16000000000, DATE '2026-01-21', 12.5),
        ('HMG-KB-WOORI-KODIT', 'WOORI', 'SPECIAL', 12000000000, DATE '2026-01-21', 12.5),
        ('HMG-KB-WOORI-KODIT', 'KB', 'SPECIAL', 12000000000, DATE '2026-01-21', 12.5),
        ('HMG-KB-WOORI-KODIT', 'HYUNDAI', 'FEE_SUPPORT', 5000000000, DATE '2026-01-21', NULL),
        ('HMG-KB-WOORI-KODIT', 'WOORI', 'INTEREST_SUBSIDY', 10000000000, DATE '2026-01-21', NULL),
        ('HMG-KB-WOORI-KODIT', 'KB', 'INTEREST_SUBSIDY', 10000000000, DATE '2026-01-21', NULL),
        ('HMG-KB-WOORI-KIBO', 'HYUNDAI', 'SPECIAL', 12000000000, DATE '2026-01-21', 12.5),
        ('HMG-KB-WOORI-KIBO', 'KB', 'SPECIAL', 8000000000, DATE '2026-01-21', 12.5),
        ('HMG-KB-WOORI-KIBO', 'HYUNDAI', 'FEE_SUPPORT', 1000000000, DATE '2026-01-21', NULL),
        ('HMG-KB-WOORI-KIBO', 'KB', 'INTEREST_SUBSIDY', 3000000000, DATE '2026-01-21', NULL),
        ('HMG-KB-WOORI-K-SURE', 'KIA', 'SPECIAL', 8000000000, DATE '2026-01-21', 12.5),
        ('HMG-KB-WOORI-K-SURE', 'WOORI', 'SPECIAL', 4000000000, DATE '2026-01-21', 12.5),
        ('HMG-KB-WOORI-K-SURE', 'KIA', 'FEE_SUPPORT', 500000000, DATE '2026-01-21', NULL),
        ('HMG-KB-WOORI-K-SURE', 'WOORI', 'INTEREST_SUBSIDY', 2000000000, DATE '2026-01-21', NULL),
        ('POSCOINTL-KODIT-KODIT', 'POSCOINTL', 'SPECIAL', 1200000000, DATE '2026-01-21', 12.5),
        ('POSCOINTL-KODIT-KODIT', 'POSCOINTL', 'FEE_SUPPORT', 300000000, DATE '2026-01-21', NULL),
        ('POSCOINTL-KODIT-KODIT', 'POSCOINTL', 'INTEREST_SUBSIDY', 300000000, DATE '2026-01-21', NULL),
        ('POSCO-IBK-KSURE-K-SURE', 'POSCO', 'SPECIAL', 20000000000, DATE '2026-01-21', 12.5),
        ('POSCO-IBK-KSURE-K-SURE', 'IBK', 'SPECIAL', 12000000000, DATE '2026-01-21', 12.5),
        ('POSCO-IBK-KSURE-K-SURE', 'POSCO', 'FEE_SUPPORT', 1200000000, DATE '2026-01-21', NULL),
        ('POSCO-IBK-KSURE-K-SURE', 'IBK', 'INTEREST_SUBSIDY', 4800000000, DATE '2026-01-21', NULL))
     AS c (agreement_code, funder_code, kind, amount_won, received_on, multiple)
  ON c.agreement_code = a.code AND c.funder_code = f.funder_code;

UPDATE agreement a SET
    fee_support_won = coalesce((SELECT sum(c.amount_won) FROM agreement_contribution c
                                WHERE c.agreement_id = a.id AND c.kind = 'FEE_SUPPORT'), 0),
    interest_subsidy_won = coalesce((SELECT sum(c.amount_won) FROM agreement_contribution c
                                     WHERE c.agreement_id = a.id AND c.kind = 'INTEREST_SUBSIDY'), 0);

-- An agreement whose capacity equals what its special contributions back follows them from now on.
UPDATE agreement a SET capacity_source = 'CONTRIBUTIONS'
WHERE a.capacity_won > 0
  AND a.capacity_won = (SELECT coalesce(sum(floor(c.amount_won * c.multiple)), 0) FROM agreement_contribution c
                        WHERE c.agreement_id = a.id AND c.kind = 'SPECIAL');

-- The capacity ledger names the entries that follow a special contribution.
ALTER TABLE capacity_ledger_entry DROP CONSTRAINT IF EXISTS capacity_ledger_entry_kind_check;
ALTER TABLE capacity_ledger_entry ADD CONSTRAINT capacity_ledger_entry_kind_check
    CHECK (kind IN ('INITIAL', 'INCREASE', 'DECREASE', 'CONTRIBUTION'));
