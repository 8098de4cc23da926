-- The partner lists of funders: which SMEs a large corporation or bank names as its partners, and at what tier.
-- Funders are referred to by code; the list belongs to the company module, the funders to the program module.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE partner (
    funder_code      VARCHAR(16)  NOT NULL,
    business_number  VARCHAR(10)  COLLATE "C" NOT NULL CHECK (business_number ~ '^[0-9]{10}$'),
    company_name     VARCHAR(200) NOT NULL CHECK (btrim(company_name) <> ''),
    tier             SMALLINT     NOT NULL CHECK (tier BETWEEN 1 AND 3),
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by       VARCHAR(254) NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by       VARCHAR(254) NOT NULL,
    -- A company is on a funder's list once. Leading with the number serves looking a company up on every
    -- funder's list at once and searching by the first digits of a number.
    CONSTRAINT partner_pkey PRIMARY KEY (business_number, funder_code)
);

-- A funder's list in name order, and searching it by name.
CREATE INDEX partner_funder_company_name_idx ON partner (funder_code, company_name, business_number);
CREATE INDEX partner_company_name_trgm_idx ON partner USING gin (company_name gin_trgm_ops)
    WITH (gin_pending_list_limit = 65536);

-- An uploaded partner file awaiting the administrator's choice: import its good rows, or nothing. Uploads are
-- worth keeping for a day at most, so they are not written to the write-ahead log: quicker to fill, and after a
-- crash the administrator uploads the file again.
CREATE UNLOGGED TABLE partner_import (
    id           UUID         PRIMARY KEY,
    funder_code  VARCHAR(16)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    encoding     VARCHAR(16)  NOT NULL,
    row_count    INTEGER      NOT NULL CHECK (row_count >= 0),
    uploaded_by  VARCHAR(254) NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX partner_import_uploaded_at_idx ON partner_import (uploaded_at);

-- One row of an uploaded file: good rows hold the values to import; bad rows hold what the file said
-- (shortened) and why the row cannot be imported.
CREATE UNLOGGED TABLE partner_import_row (
    import_id        UUID         NOT NULL REFERENCES partner_import (id) ON DELETE CASCADE,
    line_number      INTEGER      NOT NULL,
    business_number  VARCHAR(10)  COLLATE "C",
    company_name     VARCHAR(200),
    tier             SMALLINT,
    problems         VARCHAR(200),
    duplicate_of     INTEGER,
    number_as_given  VARCHAR(64),
    name_as_given    VARCHAR(256),
    tier_as_given    VARCHAR(64),
    PRIMARY KEY (import_id, line_number),
    CONSTRAINT partner_import_row_good_or_bad CHECK (
        (problems IS NULL AND business_number IS NOT NULL AND company_name IS NOT NULL AND tier IS NOT NULL)
        OR problems IS NOT NULL)
);
