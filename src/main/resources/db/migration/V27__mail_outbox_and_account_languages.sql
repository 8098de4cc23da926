-- Mail waits here until the mail server has taken it: written in the transaction that decides to send it (once per
-- source_key, however often that is tried), sent afterwards and retried while the server is away, never sent again
-- once sent. Each account remembers the language it last used, for the mail it gets.

CREATE TABLE mail_message (
    id               BIGSERIAL PRIMARY KEY,
    source_key       VARCHAR(200) NOT NULL UNIQUE,
    recipient        VARCHAR(254) NOT NULL,
    subject          VARCHAR(300) NOT NULL,
    body             TEXT         NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    next_attempt_at  TIMESTAMPTZ  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    last_error       VARCHAR(500),
    sent_at          TIMESTAMPTZ
);

CREATE INDEX mail_message_due_idx ON mail_message (next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX mail_message_recent_idx ON mail_message (created_at DESC);

ALTER TABLE user_account ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'ko'
    CONSTRAINT user_account_language_check CHECK (language IN ('ko', 'en'));
