-- A bank's reference names one transfer: recorded twice on one loan, the same transfer would count twice. Each
-- reference in use on a loan is held here by the payment that carries it, once (the primary key); a reversal
-- releases it, so that a payment recorded by mistake can be recorded again correctly under its reference.
CREATE TABLE disbursement_reference (
    application_id BIGINT       NOT NULL REFERENCES loan (application_id),
    reference      VARCHAR(64)  NOT NULL,
    payment_id     BIGINT       NOT NULL UNIQUE REFERENCES disbursement (id),
    PRIMARY KEY (application_id, reference)
);

-- The payments in force today hold their references; where a reference was already recorded twice, the earlier
-- payment holds it and the later one stays on record as it is (the history is never changed).
INSERT INTO disbursement_reference (application_id, reference, payment_id)
SELECT DISTINCT ON (payment.application_id, payment.reference) payment.application_id, payment.reference, payment.id
FROM disbursement payment
WHERE payment.kind = 'PAYMENT'
  AND NOT EXISTS (SELECT 1 FROM disbursement reversal WHERE reversal.reverses_id = payment.id)
ORDER BY payment.application_id, payment.reference, payment.id;
