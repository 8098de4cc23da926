-- Organisations that people work for, and the accounts they sign in with.

CREATE TABLE organisation (
    id          BIGSERIAL PRIMARY KEY,
    kind        VARCHAR(16)  NOT NULL CHECK (kind IN ('MINISTRY', 'AGENCY', 'BANK', 'SME')),
    code        VARCHAR(40)  NOT NULL UNIQUE,
    name_ko     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE user_account (
    id               BIGSERIAL PRIMARY KEY,
    username         VARCHAR(254) NOT NULL,
    password_hash    VARCHAR(200) NOT NULL,
    display_name     VARCHAR(100) NOT NULL,
    role             VARCHAR(32)  NOT NULL CHECK (role IN ('PROGRAM_ADMIN', 'MINISTRY_OFFICIAL', 'AGENCY_REVIEWER',
                                                          'AGENCY_APPROVER', 'BANK_OFFICER', 'SME_APPLICANT')),
    organisation_id  BIGINT       NOT NULL REFERENCES organisation (id),
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_sign_in_at  TIMESTAMPTZ,
    version          BIGINT       NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX user_account_username_key ON user_account (lower(username));
CREATE INDEX user_account_organisation_idx ON user_account (organisation_id);

-- The public bodies and financial institutions of the 2026 win-win financing programmes.
INSERT INTO organisation (kind, code, name_ko, name_en) VALUES
    ('MINISTRY', 'MSS',    '중소벤처기업부', 'Ministry of SMEs and Startups'),
    ('MINISTRY', 'MOEF',   '기획재정부',     'Ministry of Economy and Finance'),
    ('AGENCY',   'KODIT',  '신용보증기금',   'Korea Credit Guarantee Fund'),
    ('AGENCY',   'KIBO',   '기술보증기금',   'Korea Technology Finance Corporation'),
    ('AGENCY',   'K-SURE', '한국무역보험공사', 'Korea Trade Insurance Corporation'),
    ('BANK',     'WOORI',  '우리은행',       'Woori Bank'),
    ('BANK',     'KB',     'KB국민은행',     'KB Kookmin Bank'),
    ('BANK',     'IBK',    'IBK기업은행',    'Industrial Bank of Korea');
