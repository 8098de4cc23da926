-- Whether an SME has proved that its business registration number is its own. Several companies may claim one
-- number while none has proved it; once one has, it is the number's only verified owner and the other claims are
-- superseded. Organisations that exist already (staff organisations, demo and seeded SMEs) count as verified.

ALTER TABLE organisation ADD COLUMN verification VARCHAR(16) NOT NULL DEFAULT 'VERIFIED'
    CHECK (verification IN ('VERIFIED', 'UNVERIFIED', 'SUPERSEDED'));
ALTER TABLE organisation ADD COLUMN verified_at TIMESTAMPTZ;
ALTER TABLE organisation ADD CONSTRAINT organisation_only_smes_unverified
    CHECK (kind = 'SME' OR verification = 'VERIFIED');

ALTER TABLE organisation DROP CONSTRAINT organisation_code_key;
CREATE UNIQUE INDEX organisation_code_key ON organisation (code) WHERE verification = 'VERIFIED';
CREATE INDEX organisation_code_idx ON organisation (code);

-- A number's profile is kept by each company that claims it; the verified owner is decided on the organisation.
ALTER TABLE company_profile DROP CONSTRAINT company_profile_business_registration_number_key;
CREATE INDEX company_profile_business_registration_number_idx ON company_profile (business_registration_number);

-- Where a funder's partner list reaches each company: the address a one-time code goes to when a company claims
-- the number, never the address the claimant typed.
ALTER TABLE partner ADD COLUMN contact_email VARCHAR(254);

-- One-time codes mailed to the partner list's contact of a claimed number. Only a salted hash of each code is
-- kept; a code expires, is used once, and allows a few wrong attempts.
CREATE TABLE ownership_code (
    id               BIGSERIAL    PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL,
    code_hash        CHAR(64)     NOT NULL,
    salt             CHAR(32)     NOT NULL,
    sent_to          VARCHAR(254) NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    expires_at       TIMESTAMPTZ  NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    used_at          TIMESTAMPTZ
);

CREATE INDEX ownership_code_organisation_idx ON ownership_code (organisation_id, created_at DESC);
