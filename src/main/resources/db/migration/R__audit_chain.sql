-- At commit, the transaction's last entry becomes the end of the chain. Whether an entry is the last is asked
-- through max(), which reads the end of the primary key: the trigger's cached plan does not depend on the number
-- it is given, and a generic plan for "any entry after this one" chose to read the whole table, at every commit,
-- while holding the chain.
CREATE OR REPLACE FUNCTION audit_chain_head_advance() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.sequence_number = (SELECT max(e.sequence_number) FROM audit_entry e) THEN
        UPDATE audit_chain_head SET last_sequence_number = NEW.sequence_number, last_hash = NEW.hash;
    END IF;
    RETURN NULL;
END
$$;
