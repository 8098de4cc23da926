-- After approval the SME accepts the guarantee agreement (전자약정) and its fee is recorded as paid; only then is
-- the certificate issued and delivered to the bank, which acknowledges it before it may pay the loan out.

-- The agreement the SME accepted: the exact text it read, its SHA-256, the representative's name it typed, when
-- and from where; then the first year's fee net of subsidy, recorded as paid by the SME's confirmation.
CREATE TABLE guarantee_agreement (
    application_id       BIGINT        PRIMARY KEY REFERENCES guarantee (application_id),
    accepted_text        TEXT          NOT NULL,
    text_sha256          CHAR(64)      NOT NULL,
    representative_name  VARCHAR(100)  NOT NULL,
    accepted_by          VARCHAR(100)  NOT NULL,
    accepted_at          TIMESTAMPTZ   NOT NULL,
    client_address       VARCHAR(64)   NOT NULL,
    fee_won              BIGINT        CHECK (fee_won >= 0),
    fee_paid_by          VARCHAR(100),
    fee_paid_at          TIMESTAMPTZ,
    CONSTRAINT guarantee_agreement_fee_whole CHECK ((fee_won IS NULL) = (fee_paid_at IS NULL)
                                                    AND (fee_paid_at IS NULL) = (fee_paid_by IS NULL))
);

-- When the certificate was issued: after the fee. Guarantees issued before this change had their certificate
-- with the approval, and keep it.
ALTER TABLE guarantee ADD COLUMN certificate_issued_at TIMESTAMPTZ;
UPDATE guarantee SET certificate_issued_at = issued_at;

-- The loan learns the guarantee's ratio, when the certificate reached the bank and when the bank acknowledged it.
-- Loans opened before this change were paid out against certificates handed over with the approval: they count as
-- delivered and acknowledged then, so that nothing already paid or payable stops.
ALTER TABLE loan ADD COLUMN guarantee_ratio_percent NUMERIC(6,3);
ALTER TABLE loan ADD COLUMN certificate_issued_at TIMESTAMPTZ;
ALTER TABLE loan ADD COLUMN certificate_acknowledged_at TIMESTAMPTZ;
ALTER TABLE loan ADD COLUMN certificate_acknowledged_by VARCHAR(100);
UPDATE loan l SET guarantee_ratio_percent = g.guarantee_ratio_percent
  FROM guarantee g WHERE g.application_id = l.application_id;
UPDATE loan SET guarantee_ratio_percent = 100 WHERE guarantee_ratio_percent IS NULL;
ALTER TABLE loan ALTER COLUMN guarantee_ratio_percent SET NOT NULL;
UPDATE loan SET certificate_issued_at = issued_at, certificate_acknowledged_at = issued_at,
                certificate_acknowledged_by = 'migration';
ALTER TABLE loan ADD CONSTRAINT loan_acknowledged_after_delivery
    CHECK (certificate_acknowledged_at IS NULL OR certificate_issued_at IS NOT NULL);
