-- Notifications are written after the change they report has committed, by a listener that the event publication
-- registry may call again for the same change (after a crash or a failure): each change gets one notification.

DELETE FROM notification duplicate
 USING notification kept
 WHERE duplicate.organisation_id = kept.organisation_id
   AND duplicate.application_id = kept.application_id
   AND duplicate.kind = kept.kind
   AND duplicate.status IS NOT DISTINCT FROM kept.status
   AND duplicate.created_at = kept.created_at
   AND duplicate.id > kept.id;

CREATE UNIQUE INDEX notification_once_per_change
    ON notification (organisation_id, application_id, kind, status, created_at) NULLS NOT DISTINCT;
