package kr.sangsaeng.program;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;

/**
 * A programme was created, edited, moved to another status or deleted.
 *
 * @param programme the programme's code (after the change)
 * @param change what happened
 * @param from the status before, for status changes
 * @param to the status after, for status changes
 * @param reason why, as the administrator gave it for a status change ({@code null} when none was asked)
 * @param actor the username of who did it
 * @param at when
 */
public record ProgrammeChanged(ProgrammeCode programme, Change change, ProgrammeStatus from, ProgrammeStatus to,
		String reason, String actor, Instant at) implements AuditableEvent {

	public enum Change {

		CREATED, EDITED, STATUS_CHANGED, DELETED

	}

	@Override
	public String auditSubject() {
		return "programme:" + programme.value();
	}

	/**
	 * {@code programme.created}, {@code programme.edited}, {@code programme.status-changed} or
	 * {@code programme.deleted}.
	 */
	@Override
	public String auditAction() {
		return "programme." + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The status before and after, as {@code {"status": {"from": "DRAFT", "to": "OPEN"}}}, when it changed, and the
	 * reason given.
	 */
	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		if (from != null || to != null) {
			Map<String, Object> status = new LinkedHashMap<>();
			if (from != null) {
				status.put("from", from.name());
			}
			if (to != null) {
				status.put("to", to.name());
			}
			details.put("status", status);
		}
		if (reason != null && !reason.isBlank()) {
			details.put("reason", reason);
		}
		return details;
	}

}
