-- Failed sign-ins in a row, per username and per address, shared by all instances of the application so that
-- running several of them does not multiply the guesses anyone may make.
CREATE TABLE sign_in_failure (
    kind             VARCHAR(8)   NOT NULL CHECK (kind IN ('ACCOUNT', 'ADDRESS')),
    key              VARCHAR(254) NOT NULL,
    failures         INTEGER      NOT NULL CHECK (failures >= 0),
    last_failure_at  TIMESTAMPTZ  NOT NULL,
    blocked_until    TIMESTAMPTZ,
    PRIMARY KEY (kind, key)
);

CREATE INDEX sign_in_failure_last_idx ON sign_in_failure (last_failure_at);
