-- What an SME declares of itself that the agreements of a programme admit by: whether it is a technology firm
-- (기술기업, e.g. venture or innobiz certified), which KIBO's agreements are for, and whether it exports, which
-- K-SURE's agreements are for. Existing profiles declare neither until the company says so.
ALTER TABLE company_profile
    ADD COLUMN technology_firm BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN exporter        BOOLEAN NOT NULL DEFAULT FALSE;
