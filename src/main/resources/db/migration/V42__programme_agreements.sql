-- A programme is carried by agreements (협약): one per guarantee agency taking part, each with its own funders,
-- lending banks, eligibility rule, per-company caps and capacity. The programme's capacity, committed and disbursed
-- amounts stay on its row, kept equal to the sums over its agreements in the transaction that moves them (the
-- capacity ledger moves the agreement's row first, with a conditional UPDATE, then the programme's).
--
-- Every existing programme gets one agreement, with its lead agency, its banks, its funders, its capacity ledger
-- entries and its committed and disbursed amounts; every existing application and capacity reservation lands in it.

CREATE TABLE agreement (
    id                       BIGSERIAL    PRIMARY KEY,
    programme_id             BIGINT       NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    code                     VARCHAR(48)  NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,47}$'),
    agency_code              VARCHAR(16)  NOT NULL REFERENCES guarantee_agency (code),
    position                 INTEGER      NOT NULL DEFAULT 0,
    -- who may be guaranteed under the agreement: any partner SME, technology firms, or exporters
    eligibility              VARCHAR(16)  NOT NULL DEFAULT 'ANY' CHECK (eligibility IN ('ANY', 'TECHNOLOGY', 'EXPORTER')),
    -- per-company caps; NULL takes the programme's
    max_loan_won             BIGINT       CHECK (max_loan_won > 0),
    max_loan_lower_tier_won  BIGINT       CHECK (max_loan_lower_tier_won > 0),
    -- the share of a loan the agency guarantees by default
    guarantee_ratio_percent  NUMERIC(6,3) NOT NULL DEFAULT 100 CHECK (guarantee_ratio_percent > 0 AND guarantee_ratio_percent <= 100),
    -- capacity is the sum of the agreement's capacity_ledger_entry rows, in loan won
    capacity_won             BIGINT       NOT NULL DEFAULT 0 CHECK (capacity_won >= 0),
    committed_won            BIGINT       NOT NULL DEFAULT 0 CHECK (committed_won >= 0),
    disbursed_won            BIGINT       NOT NULL DEFAULT 0 CHECK (disbursed_won >= 0),
    created_at               TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at               TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT agreement_committed_within_capacity CHECK (committed_won <= capacity_won),
    CONSTRAINT agreement_one_per_agency UNIQUE (programme_id, agency_code)
);

CREATE TABLE agreement_bank (
    agreement_id  BIGINT      NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    bank_code     VARCHAR(16) NOT NULL REFERENCES lending_bank (code),
    PRIMARY KEY (agreement_id, bank_code)
);

CREATE TABLE agreement_funder (
    agreement_id  BIGINT      NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    funder_code   VARCHAR(16) NOT NULL REFERENCES funder (code),
    position      INTEGER     NOT NULL DEFAULT 0,
    PRIMARY KEY (agreement_id, funder_code)
);

-- One agreement per programme, with its lead agency (the first named where none leads) and all its figures.
INSERT INTO agreement (programme_id, code, agency_code, position, guarantee_ratio_percent, capacity_won,
                       committed_won, disbursed_won)
SELECT p.id, p.code || '-' || lead.agency_code, lead.agency_code, 1, greatest(p.guarantee_ratio_percent, 0.001),
       p.capacity_won, p.committed_won, p.disbursed_won
FROM programme p
JOIN LATERAL (SELECT pa.agency_code FROM programme_agency pa WHERE pa.programme_id = p.id
              ORDER BY pa.lead DESC, pa.agency_code LIMIT 1) lead ON TRUE;

INSERT INTO agreement_bank (agreement_id, bank_code)
SELECT a.id, pb.bank_code FROM agreement a JOIN programme_bank pb ON pb.programme_id = a.programme_id;

INSERT INTO agreement_funder (agreement_id, funder_code, position)
SELECT a.id, pf.funder_code, pf.position FROM agreement a JOIN programme_funder pf ON pf.programme_id = a.programme_id;

-- The capacity ledger and the reservations are kept per agreement.
ALTER TABLE capacity_ledger_entry ADD COLUMN agreement_id BIGINT REFERENCES agreement (id) ON DELETE CASCADE;
UPDATE capacity_ledger_entry e SET agreement_id = a.id FROM agreement a WHERE a.programme_id = e.programme_id;
ALTER TABLE capacity_ledger_entry ALTER COLUMN agreement_id SET NOT NULL;
CREATE INDEX capacity_ledger_entry_agreement_idx ON capacity_ledger_entry (agreement_id, recorded_at);

ALTER TABLE capacity_reservation ADD COLUMN agreement_id BIGINT REFERENCES agreement (id);
UPDATE capacity_reservation r SET agreement_id = a.id FROM agreement a WHERE a.programme_id = r.programme_id;
ALTER TABLE capacity_reservation ALTER COLUMN agreement_id SET NOT NULL;
CREATE INDEX capacity_reservation_agreement_idx ON capacity_reservation (agreement_id);

-- Each application is routed to exactly one agreement of its programme (referred to by code, as the programme is).
ALTER TABLE guarantee_application ADD COLUMN agreement_code VARCHAR(48);
UPDATE guarantee_application g SET agreement_code = a.code
FROM agreement a JOIN programme p ON p.id = a.programme_id
WHERE p.code = g.programme_code;
-- applications of a programme that no longer exists keep a reference of their own
UPDATE guarantee_application SET agreement_code = left(programme_code || '-UNKNOWN', 48) WHERE agreement_code IS NULL;
ALTER TABLE guarantee_application ALTER COLUMN agreement_code SET NOT NULL;
CREATE INDEX guarantee_application_agreement_status_idx
    ON guarantee_application (agreement_code, status, receipt_number);

-- The counts of submitted applications per status are kept per agreement too, so that an agency counts only its
-- own (the trigger that keeps them is in R__application_counting.sql). Counted anew, as nothing else writes now.
ALTER TABLE submitted_application_count ADD COLUMN agreement_code VARCHAR(48);
DELETE FROM submitted_application_count;
INSERT INTO submitted_application_count (programme_code, agreement_code, status, applications, requested_won)
SELECT programme_code, agreement_code, status, count(*), sum(amount_won)
FROM guarantee_application
WHERE receipt_number IS NOT NULL
GROUP BY programme_code, agreement_code, status;
ALTER TABLE submitted_application_count ALTER COLUMN agreement_code SET NOT NULL;
CREATE INDEX submitted_application_count_agreement_idx
    ON submitted_application_count (agreement_code, status) INCLUDE (applications, requested_won);
