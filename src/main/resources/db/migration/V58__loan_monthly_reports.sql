-- Banks report each loan's balance and status once a month; the latest report's balance times the guarantee ratio
-- is the loan's outstanding guarantee. One report per loan and month: a report sent again is the same report.
CREATE TABLE loan_monthly_report (
    id                BIGSERIAL     PRIMARY KEY,
    application_id    BIGINT        NOT NULL REFERENCES loan (application_id),
    report_month      CHAR(7)       NOT NULL CHECK (report_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    balance_won       BIGINT        NOT NULL CHECK (balance_won >= 0),
    status            VARCHAR(16)   NOT NULL
                                    CHECK (status IN ('CURRENT', 'ARREARS', 'RESTRUCTURED', 'REPAID', 'DEFAULTED')),
    days_in_arrears   INTEGER       CHECK (days_in_arrears > 0),
    reported_by       VARCHAR(100)  NOT NULL,
    channel           VARCHAR(16)   NOT NULL,
    reported_at       TIMESTAMPTZ   NOT NULL,
    CONSTRAINT loan_monthly_report_once UNIQUE (application_id, report_month),
    CONSTRAINT loan_monthly_report_arrears CHECK ((status = 'ARREARS') = (days_in_arrears IS NOT NULL))
);
