-- The key that signs the places the waiting line hands out, shared by every instance, so that a place given by one
-- instance is honoured by another (the balancer sends a retry to either). Made once, here, and never shown.
CREATE TABLE waiting_line_key (
    id     smallint PRIMARY KEY CHECK (id = 1),
    secret text     NOT NULL CHECK (length(secret) >= 32)
);

INSERT INTO waiting_line_key (id, secret)
VALUES (1, replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''));
