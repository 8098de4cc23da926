-- Accounts people can manage: every account may have a mail address (an SME's is the one it signs in with; staff
-- get theirs when invited), and single-use links sent by mail let people choose a password, after an invitation
-- or when they forgot theirs. Only a hash of each link's secret is kept.

ALTER TABLE user_account ADD COLUMN email VARCHAR(254);
UPDATE user_account SET email = lower(username) WHERE username LIKE '%@%';
CREATE UNIQUE INDEX user_account_email_key ON user_account (lower(email));

CREATE TABLE account_token (
    token_hash   CHAR(64)    PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES user_account (id),
    purpose      VARCHAR(16) NOT NULL CHECK (purpose IN ('PASSWORD_RESET', 'INVITATION')),
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    used_at      TIMESTAMPTZ
);

CREATE INDEX account_token_account_idx ON account_token (account_id, created_at DESC);

-- Requests for a reset link, by the address they came from, so that one address cannot send mail without end.
CREATE TABLE password_reset_request (
    client_address  VARCHAR(64) NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX password_reset_request_address_idx ON password_reset_request (client_address, requested_at DESC);
