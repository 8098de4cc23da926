package kr.sangsaeng.notification;

import java.time.Instant;

import kr.sangsaeng.applications.ApplicationStatus;

/**
 * Something an organisation should know about one of its applications. The text is composed when shown, in
 * the reader's language, from {@code kind} and {@code status}.
 *
 * @param kind {@code STATUS_CHANGED} or a message kind such as {@code MESSAGE_FROM_AGENCY}
 * @param status the application's new status, for status changes
 */
public record Notification(long id, long organisationId, long applicationId, String kind, ApplicationStatus status,
		Instant createdAt, boolean read) {

	public String messageKey() {
		return status != null ? "notification.status." + status.name() : "notification.kind." + kind;
	}

}
