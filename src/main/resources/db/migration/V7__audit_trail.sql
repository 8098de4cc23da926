-- The audit trail: who changed or decided what, when and from where, in an append-only table whose rows form
-- a hash chain. Each row's hash is sha256(previous row's hash || canonical content of the row), so changing,
-- removing or inserting a row anywhere breaks the chain from that row on.

CREATE TABLE audit_entry (
    sequence_number    BIGINT       PRIMARY KEY,
    occurred_at        TIMESTAMPTZ  NOT NULL,
    username           VARCHAR(254) NOT NULL,
    role               VARCHAR(32),
    organisation_code  VARCHAR(40),
    subject            VARCHAR(200) NOT NULL,
    action             VARCHAR(100) NOT NULL,
    details            JSONB        NOT NULL DEFAULT '{}'::jsonb,
    client_ip          INET,
    user_agent         VARCHAR(256),
    previous_hash      VARCHAR(64)  NOT NULL,
    hash               VARCHAR(64)  NOT NULL
);

CREATE INDEX audit_entry_subject_idx ON audit_entry (subject, sequence_number);
CREATE INDEX audit_entry_username_idx ON audit_entry (lower(username), occurred_at);
CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at);
-- entries about something else (a capacity reservation) that concern an application
CREATE INDEX audit_entry_application_idx ON audit_entry ((details ->> 'applicationId'));

-- The end of the chain as last committed: its sequence number and hash. Appending locks this one row until the
-- appending transaction ends, so entries join the chain one after another even under concurrency; the row
-- moves once per transaction, when it commits.
CREATE TABLE audit_chain_head (
    singleton             BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    last_sequence_number  BIGINT      NOT NULL,
    last_hash             VARCHAR(64) NOT NULL
);

INSERT INTO audit_chain_head (singleton, last_sequence_number, last_hash) VALUES (TRUE, 0, repeat('0', 64));

-- The canonical content of an entry: every column except the hashes, as a JSON array. Times are written in
-- UTC with microseconds, so the text does not depend on the session's time zone.
CREATE FUNCTION audit_entry_content(entry audit_entry) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT jsonb_build_array(
        entry.sequence_number,
        to_char(entry.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        entry.username,
        entry.role,
        entry.organisation_code,
        entry.subject,
        entry.action,
        entry.details,
        host(entry.client_ip),
        entry.user_agent)::text
$$;

CREATE FUNCTION audit_entry_hash(previous_hash text, entry audit_entry) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT encode(sha256(convert_to(previous_hash || audit_entry_content(entry), 'UTF8')), 'hex')
$$;

-- Whoever inserts, the database numbers the entry, stamps its time and chains it: to the transaction's own
-- previous entry if it has one, else to the committed end of the chain.
CREATE FUNCTION audit_entry_append() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    head audit_chain_head%ROWTYPE;
    previous_sequence_number BIGINT;
    previous_hash VARCHAR(64);
BEGIN
    SELECT * INTO STRICT head FROM audit_chain_head FOR UPDATE;
    SELECT e.sequence_number, e.hash INTO previous_sequence_number, previous_hash
    FROM audit_entry e
    WHERE e.sequence_number > head.last_sequence_number
    ORDER BY e.sequence_number DESC
    LIMIT 1;
    IF previous_sequence_number IS NULL THEN
        previous_sequence_number := head.last_sequence_number;
        previous_hash := head.last_hash;
    END IF;
    NEW.sequence_number := previous_sequence_number + 1;
    NEW.occurred_at := clock_timestamp();
    NEW.previous_hash := previous_hash;
    NEW.hash := audit_entry_hash(previous_hash, NEW);
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_entry_chained
    BEFORE INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append();

-- At commit, the transaction's last entry becomes the end of the chain.
CREATE FUNCTION audit_chain_head_advance() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.sequence_number > NEW.sequence_number) THEN
        UPDATE audit_chain_head SET last_sequence_number = NEW.sequence_number, last_hash = NEW.hash;
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER audit_chain_head_advanced
    AFTER INSERT ON audit_entry
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_advance();

CREATE FUNCTION audit_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'The audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Audit entries are never changed or removed; record a new entry instead.';
END
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- The chain head moves only when entries are appended (from within audit_chain_head_advance).
CREATE FUNCTION audit_chain_head_guard() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'The audit chain head moves only when an entry is appended: % is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_chain_head_guarded
    BEFORE UPDATE OR DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_guard();

CREATE TRIGGER audit_chain_head_no_truncate
    BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_chain_head FROM PUBLIC;
