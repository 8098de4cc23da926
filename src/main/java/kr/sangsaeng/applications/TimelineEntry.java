package kr.sangsaeng.applications;

import java.time.Instant;

import kr.sangsaeng.identity.Actor;

/**
 * One moment in an application's story.
 *
 * @param kind {@code STATUS_CHANGED}, {@code MESSAGE_FROM_AGENCY}, {@code ANSWER_FROM_SME}, {@code DOCUMENT_ADDED}
 * or {@code NOTE}
 * @param body a message or note, or the document's name
 * @param actor who did it
 * @param reason why the agency turned the application down, on a rejection
 */
public record TimelineEntry(String kind, ApplicationStatus from, ApplicationStatus to, String body, Actor actor,
		Instant at, RejectionReason reason) {

	public boolean isStatusChange() {
		return "STATUS_CHANGED".equals(kind);
	}

	public boolean isMessage() {
		return "MESSAGE_FROM_AGENCY".equals(kind) || "ANSWER_FROM_SME".equals(kind) || "NOTE".equals(kind);
	}

	public String messageKey() {
		return "application.timeline." + kind;
	}

}
