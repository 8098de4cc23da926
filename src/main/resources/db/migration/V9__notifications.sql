-- In-app notifications of organisations about their applications.

CREATE TABLE notification (
    id               BIGSERIAL PRIMARY KEY,
    organisation_id  BIGINT      NOT NULL,
    application_id   BIGINT      NOT NULL,
    kind             VARCHAR(24) NOT NULL,
    status           VARCHAR(20),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    read_at          TIMESTAMPTZ
);

CREATE INDEX notification_organisation_idx ON notification (organisation_id, created_at DESC);
CREATE INDEX notification_unread_idx ON notification (organisation_id) WHERE read_at IS NULL;
