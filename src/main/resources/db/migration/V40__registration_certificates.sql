-- The second way an SME proves its business registration number: it uploads its business registration certificate
-- (사업자등록증), which waits for an agency officer to check it against what the company declared. A company has at
-- most one certificate waiting; a new upload replaces the waiting one. A certificate that no longer needs a decision
-- (the company proved the number with a mailed code, or another company proved it) is closed without one.
-- organisation_id is the SME's organisation in the identity module, referred to by id without a foreign key.

CREATE TABLE ownership_certificate (
    id               BIGSERIAL     PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL,
    business_number  VARCHAR(10)   COLLATE "C" NOT NULL CHECK (business_number ~ '^[0-9]{10}$'),
    file_name        VARCHAR(200)  NOT NULL,
    media_type       VARCHAR(40)   NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes       INTEGER       NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    sha256           VARCHAR(64)   NOT NULL,
    content          BYTEA         NOT NULL,
    uploaded_by      VARCHAR(254)  NOT NULL,
    uploaded_at      TIMESTAMPTZ   NOT NULL,
    status           VARCHAR(16)   NOT NULL DEFAULT 'PENDING'
                                   CHECK (status IN ('PENDING', 'CONFIRMED', 'REFUSED', 'REPLACED', 'CLOSED')),
    decided_by       VARCHAR(254),
    decided_at       TIMESTAMPTZ,
    refusal_reason   VARCHAR(1000),
    CONSTRAINT ownership_certificate_decided CHECK (
        (status = 'PENDING' AND decided_at IS NULL AND decided_by IS NULL)
        OR (status IN ('CONFIRMED', 'REFUSED') AND decided_at IS NOT NULL AND decided_by IS NOT NULL)
        OR (status IN ('REPLACED', 'CLOSED') AND decided_at IS NOT NULL)),
    CONSTRAINT ownership_certificate_reason CHECK ((status = 'REFUSED') = (refusal_reason IS NOT NULL))
);

CREATE UNIQUE INDEX ownership_certificate_one_pending ON ownership_certificate (organisation_id)
    WHERE status = 'PENDING';
CREATE INDEX ownership_certificate_queue_idx ON ownership_certificate (uploaded_at, id) WHERE status = 'PENDING';
CREATE INDEX ownership_certificate_organisation_idx ON ownership_certificate (organisation_id, uploaded_at DESC);

-- What an officer decided about a company's certificate is told to the company like news of its applications, in
-- the same list; such a notification concerns no application.
ALTER TABLE notification ALTER COLUMN application_id DROP NOT NULL;

-- A partner list's contact address travels through imports: the address of a good row, and what a bad row gave.
ALTER TABLE partner_import_row ADD COLUMN contact_email VARCHAR(254);
ALTER TABLE partner_import_row ADD COLUMN contact_as_given VARCHAR(256);
