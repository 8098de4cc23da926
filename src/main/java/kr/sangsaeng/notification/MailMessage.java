package kr.sangsaeng.notification;

import java.time.Instant;

/**
 * A message in the outbox.
 *
 * @param sentAt when the mail server took it; {@code null} while it waits
 * @param attempts how often sending it failed
 * @param lastError why the last attempt failed
 */
public record MailMessage(long id, String recipient, String subject, String body, Instant createdAt, Instant sentAt,
		int attempts, String lastError) {

	public boolean sent() {
		return sentAt != null;
	}

}
