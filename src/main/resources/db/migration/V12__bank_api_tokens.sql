-- The API tokens with which a bank's own systems call /api/v1/bank/**, each belonging to one bank.
--
-- A token is never stored, only the SHA-256 hash of it (hex). Tokens carry 256 random bits, so guessing one
-- from its hash is hopeless without a salt or a slow hash such as BCrypt; and an unsalted hash lets the token
-- a request presents be found by its hash alone, with one indexed lookup per request. The prefix (the token's
-- first characters) is not secret: it lets administrators tell tokens apart.
CREATE TABLE bank_api_token (
    id               BIGSERIAL PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL REFERENCES organisation (id),
    name             VARCHAR(100) NOT NULL CHECK (length(btrim(name)) > 0),
    token_hash       VARCHAR(64)  NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    token_prefix     VARCHAR(16)  NOT NULL,
    created_by       VARCHAR(254) NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_used_at     TIMESTAMPTZ,
    revoked_at       TIMESTAMPTZ,
    revoked_by       VARCHAR(254),
    CONSTRAINT bank_api_token_revoked_by_someone CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);

CREATE INDEX bank_api_token_organisation_idx ON bank_api_token (organisation_id);
