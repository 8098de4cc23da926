-- The profile each SME keeps of itself: who it is, what it does, where and how large it is.
-- organisation_id is the SME's organisation in the identity module (referred to by id, without a foreign key
-- across modules); the business registration number is that organisation's code and never changes.

CREATE TABLE company_profile (
    id                            BIGSERIAL PRIMARY KEY,
    organisation_id               BIGINT       NOT NULL,
    business_registration_number  VARCHAR(10)  NOT NULL CHECK (business_registration_number ~ '^[0-9]{10}$'),
    name_ko                       VARCHAR(200) NOT NULL CHECK (length(name_ko) > 0),
    name_en                       VARCHAR(200) NOT NULL CHECK (length(name_en) > 0),
    representative_name           VARCHAR(100) NOT NULL CHECK (length(representative_name) > 0),
    industry_section              VARCHAR(1)   NOT NULL CHECK (industry_section ~ '^[A-U]$'),
    region                        VARCHAR(16)  NOT NULL CHECK (region IN ('SEOUL', 'BUSAN', 'DAEGU', 'INCHEON',
                                      'GWANGJU', 'DAEJEON', 'ULSAN', 'SEJONG', 'GYEONGGI', 'GANGWON', 'CHUNGBUK',
                                      'CHUNGNAM', 'JEONBUK', 'JEONNAM', 'GYEONGBUK', 'GYEONGNAM', 'JEJU')),
    employees                     INTEGER      NOT NULL CHECK (employees >= 0),
    annual_revenue_won            BIGINT       NOT NULL CHECK (annual_revenue_won >= 0),
    founded_on                    DATE         NOT NULL,
    phone                         VARCHAR(20)  NOT NULL,
    email                         VARCHAR(254) NOT NULL,
    created_at                    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at                    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version                       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT company_profile_organisation_key UNIQUE (organisation_id),
    CONSTRAINT company_profile_business_registration_number_key UNIQUE (business_registration_number)
);

CREATE INDEX company_profile_industry_region_idx ON company_profile (industry_section, region);
