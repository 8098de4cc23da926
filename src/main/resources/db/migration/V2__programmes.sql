-- Guarantee agencies, lending banks, funders and the win-win financing programmes they run.

CREATE TABLE guarantee_agency (
    code     VARCHAR(16)  PRIMARY KEY,
    name_ko  VARCHAR(200) NOT NULL,
    name_en  VARCHAR(200) NOT NULL
);

CREATE TABLE lending_bank (
    code     VARCHAR(16)  PRIMARY KEY,
    name_ko  VARCHAR(200) NOT NULL,
    name_en  VARCHAR(200) NOT NULL
);

CREATE TABLE funder (
    code     VARCHAR(16)  PRIMARY KEY,
    kind     VARCHAR(24)  NOT NULL CHECK (kind IN ('CORPORATION', 'FINANCIAL_INSTITUTION')),
    name_ko  VARCHAR(200) NOT NULL,
    name_en  VARCHAR(200) NOT NULL
);

CREATE TABLE programme (
    id              BIGSERIAL PRIMARY KEY,
    code            VARCHAR(32)   NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'),
    name_ko         VARCHAR(200)  NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    description_ko  VARCHAR(4000) NOT NULL DEFAULT '',
    description_en  VARCHAR(4000) NOT NULL DEFAULT '',
    status          VARCHAR(16)   NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'SUSPENDED', 'CLOSED')),
    -- capacity is the sum of the programme's capacity_ledger_entry rows, kept here so that one
    -- conditional UPDATE can reserve capacity atomically
    capacity_won    BIGINT        NOT NULL DEFAULT 0 CHECK (capacity_won >= 0),
    committed_won   BIGINT        NOT NULL DEFAULT 0 CHECK (committed_won >= 0),
    disbursed_won   BIGINT        NOT NULL DEFAULT 0 CHECK (disbursed_won >= 0),
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT programme_committed_within_capacity CHECK (committed_won <= capacity_won)
);

CREATE TABLE programme_agency (
    programme_id  BIGINT      NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    agency_code   VARCHAR(16) NOT NULL REFERENCES guarantee_agency (code),
    lead          BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (programme_id, agency_code)
);

CREATE TABLE programme_bank (
    programme_id  BIGINT      NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    bank_code     VARCHAR(16) NOT NULL REFERENCES lending_bank (code),
    PRIMARY KEY (programme_id, bank_code)
);

CREATE TABLE programme_funder (
    programme_id      BIGINT      NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    funder_code       VARCHAR(16) NOT NULL REFERENCES funder (code),
    contribution_won  BIGINT      CHECK (contribution_won >= 0),
    position          INTEGER     NOT NULL DEFAULT 0,
    PRIMARY KEY (programme_id, funder_code)
);

CREATE TABLE capacity_ledger_entry (
    id            BIGSERIAL PRIMARY KEY,
    programme_id  BIGINT        NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    kind          VARCHAR(16)   NOT NULL CHECK (kind IN ('INITIAL', 'INCREASE', 'DECREASE')),
    amount_won    BIGINT        NOT NULL CHECK (amount_won > 0),
    reason        VARCHAR(1000) NOT NULL,
    recorded_by   VARCHAR(254)  NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL DEFAULT now()
);

CREATE INDEX capacity_ledger_entry_programme_idx ON capacity_ledger_entry (programme_id, recorded_at);

INSERT INTO guarantee_agency (code, name_ko, name_en) VALUES
    ('KODIT',  '신용보증기금',     'Korea Credit Guarantee Fund'),
    ('KIBO',   '기술보증기금',     'Korea Technology Finance Corporation'),
    ('K-SURE', '한국무역보험공사', 'Korea Trade Insurance Corporation');

INSERT INTO lending_bank (code, name_ko, name_en) VALUES
    ('WOORI', '우리은행',    'Woori Bank'),
    ('KB',    'KB국민은행',  'KB Kookmin Bank'),
    ('IBK',   'IBK기업은행', 'Industrial Bank of Korea');

INSERT INTO funder (code, kind, name_ko, name_en) VALUES
    ('HYUNDAI',   'CORPORATION',           '현대자동차',       'Hyundai Motor Company'),
    ('KIA',       'CORPORATION',           '기아',             'Kia Corporation'),
    ('WOORI',     'FINANCIAL_INSTITUTION', '우리은행',         'Woori Bank'),
    ('KB',        'FINANCIAL_INSTITUTION', 'KB국민은행',       'KB Kookmin Bank'),
    ('POSCOINTL', 'CORPORATION',           '포스코인터내셔널', 'POSCO International'),
    ('POSCO',     'CORPORATION',           '포스코',           'POSCO'),
    ('IBK',       'FINANCIAL_INSTITUTION', 'IBK기업은행',      'Industrial Bank of Korea');

-- The three programmes of the 2026 win-win growth strategy (21 January 2026): 1,715,000,000,000 won in all.
INSERT INTO programme (code, name_ko, name_en, description_ko, description_en, status, capacity_won) VALUES
    ('HMG-KB-WOORI',
     '현대차·기아·우리·KB 상생금융 (확대)',
     'Hyundai·Kia·Woori·KB win-win financing (expanded)',
     '현대자동차·기아와 우리은행·KB국민은행이 출연하고 보증기관이 보증하여 협력사에 대출을 공급합니다.',
     'Hyundai Motor, Kia, Woori Bank and KB Kookmin Bank contribute; a guarantee agency guarantees bank loans to their partner SMEs.',
     'OPEN', 1300000000000),
    ('POSCOINTL-KODIT',
     '포스코인터내셔널 협력사 상생 프로그램 (신설)',
     'POSCO International partner win-win programme (new)',
     '포스코인터내셔널이 출연하고 신용보증기금이 보증하여 협력사에 대출을 공급합니다.',
     'POSCO International contributes; the Korea Credit Guarantee Fund guarantees bank loans to its partner companies.',
     'OPEN', 15000000000),
    ('POSCO-IBK-KSURE',
     '철강 수출 공급망 우대 자금',
     'Steel export supply-chain preferential funding',
     '포스코와 IBK기업은행이 출연하고 한국무역보험공사가 보증하여 철강 수출 공급망 기업에 우대 자금을 공급합니다.',
     'POSCO and the Industrial Bank of Korea contribute; the Korea Trade Insurance Corporation guarantees preferential funding for firms in the steel export supply chain.',
     'OPEN', 400000000000);

INSERT INTO capacity_ledger_entry (programme_id, kind, amount_won, reason, recorded_by)
SELECT id, 'INITIAL', capacity_won, '대·중소기업 상생성장 전략 (2026. 1. 21.)', 'system'
FROM programme;

INSERT INTO programme_agency (programme_id, agency_code, lead)
SELECT p.id, a.agency_code, a.lead
FROM programme p
JOIN (VALUES ('HMG-KB-WOORI', 'KODIT', TRUE),
             ('POSCOINTL-KODIT', 'KODIT', TRUE),
             ('POSCO-IBK-KSURE', 'K-SURE', TRUE)) AS a (programme_code, agency_code, lead)
  ON a.programme_code = p.code;

INSERT INTO programme_bank (programme_id, bank_code)
SELECT p.id, b.bank_code
FROM programme p
JOIN (VALUES ('HMG-KB-WOORI', 'WOORI'),
             ('HMG-KB-WOORI', 'KB'),
             ('POSCOINTL-KODIT', 'WOORI'),
             ('POSCOINTL-KODIT', 'IBK'),
             ('POSCO-IBK-KSURE', 'IBK')) AS b (programme_code, bank_code)
  ON b.programme_code = p.code;

INSERT INTO programme_funder (programme_id, funder_code, position)
SELECT p.id, f.funder_code, f.position
FROM programme p
JOIN (VALUES ('HMG-KB-WOORI', 'HYUNDAI', 1),
             ('HMG-KB-WOORI', 'KIA', 2),
             ('HMG-KB-WOORI', 'WOORI', 3),
             ('HMG-KB-WOORI', 'KB', 4),
             ('POSCOINTL-KODIT', 'POSCOINTL', 1),
             ('POSCO-IBK-KSURE', 'POSCO', 1),
             ('POSCO-IBK-KSURE', 'IBK', 2)) AS f (programme_code, funder_code, position)
  ON f.programme_code = p.code;
