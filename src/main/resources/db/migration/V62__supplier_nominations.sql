-- Supply-chain nominations: a tier-1 partner of a funder names its own tier-2 and tier-3 suppliers; the funder
-- confirms (the supplier joins its partner list at that tier) or refuses with a reason; the partner may withdraw a
-- nomination still waiting. Funders and companies are referred to by code, number and organisation id: they belong
-- to other modules.

CREATE TABLE supplier_nomination (
    id                     BIGSERIAL    PRIMARY KEY,
    funder_code            VARCHAR(16)  NOT NULL,
    nominator_number       VARCHAR(10)  NOT NULL CHECK (nominator_number ~ '^[0-9]{10}$'),
    nominator_organisation BIGINT       NOT NULL,
    business_number        VARCHAR(10)  NOT NULL CHECK (business_number ~ '^[0-9]{10}$'),
    company_name           VARCHAR(200) NOT NULL CHECK (btrim(company_name) <> ''),
    tier                   SMALLINT     NOT NULL CHECK (tier BETWEEN 2 AND 3),
    through_number         VARCHAR(10)  CHECK (through_number ~ '^[0-9]{10}$'),
    reason                 VARCHAR(500),
    yearly_trade_won       BIGINT       CHECK (yearly_trade_won > 0),
    status                 VARCHAR(16)  NOT NULL CHECK (status IN ('NOMINATED', 'CONFIRMED', 'REFUSED', 'WITHDRAWN')),
    nominated_by           VARCHAR(254) NOT NULL,
    nominated_at           TIMESTAMPTZ  NOT NULL,
    decided_by             VARCHAR(254),
    decided_at             TIMESTAMPTZ,
    refusal_reason         VARCHAR(500),
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT supplier_nomination_through_for_tier_3 CHECK ((tier = 3) = (through_number IS NOT NULL)),
    CONSTRAINT supplier_nomination_not_itself CHECK (business_number <> nominator_number),
    CONSTRAINT supplier_nomination_decision_complete CHECK ((status = 'NOMINATED') = (decided_at IS NULL)
        AND (decided_by IS NULL) = (decided_at IS NULL)),
    CONSTRAINT supplier_nomination_refusal_reason CHECK ((status = 'REFUSED') = (refusal_reason IS NOT NULL))
);

-- A supplier waits for a funder's decision once at a time (once confirmed, it is on the funder's partner list).
CREATE UNIQUE INDEX supplier_nomination_waiting_key ON supplier_nomination (funder_code, business_number)
    WHERE status = 'NOMINATED';
-- What a funder was sent, newest first.
CREATE INDEX supplier_nomination_funder_idx ON supplier_nomination (funder_code, nominated_at DESC);
-- What a partner nominated, by the organisation that proved the number (not another claiming the same number).
CREATE INDEX supplier_nomination_nominator_idx ON supplier_nomination (nominator_organisation, nominated_at DESC);
-- The tier-2 suppliers a partner nominated to a funder, which its tier-3 nominations come through.
CREATE INDEX supplier_nomination_through_idx ON supplier_nomination (funder_code, nominator_number, business_number);
