-- A request for information carries the day by which the SME should answer (Seoul date). Reminders go out a few
-- days before it, each at most once per request: a row here is written in the transaction that sends it, and a
-- second instance or a second run finds it there.

ALTER TABLE guarantee_application
    ADD COLUMN information_due_on       DATE,
    ADD COLUMN information_requested_at TIMESTAMPTZ;

CREATE INDEX guarantee_application_information_due_idx
    ON guarantee_application (information_due_on) WHERE status = 'INFO_REQUESTED';

CREATE TABLE information_reminder (
    application_id BIGINT      NOT NULL,
    due_on         DATE        NOT NULL,
    days_before    SMALLINT    NOT NULL CHECK (days_before > 0),
    sent_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT information_reminder_pk PRIMARY KEY (application_id, due_on, days_before)
);

-- A notification about a request or a reminder keeps the deadline it announced.
ALTER TABLE notification ADD COLUMN due_on DATE;
