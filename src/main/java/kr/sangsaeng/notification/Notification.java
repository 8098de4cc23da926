package kr.sangsaeng.notification;

import java.time.Instant;
import java.time.LocalDate;

import kr.sangsaeng.applications.ApplicationStatus;

/**
 * Something an organisation should know about one of its applications. The text is composed when shown, in
 * the reader's language, from {@code kind} and {@code status}.
 *
 * @param kind {@code STATUS_CHANGED} or a message kind such as {@code MESSAGE_FROM_AGENCY}
 * @param status the application's new status, for status changes
 * @param dueOn the deadline a request for information or a reminder of it announced, else {@code null}
 */
public record Notification(long id, long organisationId, long applicationId, String kind, ApplicationStatus status,
		Instant createdAt, boolean read, LocalDate dueOn) {

	public static final String INFORMATION_DUE = "INFORMATION_DUE";

	/**
	 * The deadline for messages that announce one, else nothing.
	 */
	public Object[] messageArguments() {
		return dueOn == null ? null : new Object[] { dueOn.toString() };
	}

	public String messageKey() {
		String key = status != null ? "notification.status." + status.name() : "notification.kind." + kind;
		return dueOn != null ? key + ".due" : key;
	}

}
