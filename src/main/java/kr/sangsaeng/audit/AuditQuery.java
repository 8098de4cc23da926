package kr.sangsaeng.audit;

import java.time.Instant;

/**
 * Which entries of the trail to read, newest first. Every criterion is optional.
 *
 * @param subject exactly this subject, e.g. {@code programme:HMG-KB-WOORI}; for {@code application:N} also the
 * entries whose details name application N
 * @param username this user, in any letter case
 * @param action this action, or this family of actions ({@code capacity} for {@code capacity.increase},
 * {@code capacity.reserved}, …)
 * @param from recorded at or after this moment
 * @param until recorded before this moment
 * @param before with a sequence number below this one, to read the page after a previous one
 * @param limit at most this many entries (1 to {@value #MAX_LIMIT})
 */
public record AuditQuery(String subject, String username, String action, Instant from, Instant until, Long before,
		int limit) {

	public static final int MAX_LIMIT = 200;

	public AuditQuery {
		subject = blankToNull(subject);
		username = blankToNull(username);
		action = blankToNull(action);
		limit = Math.max(1, Math.min(limit, MAX_LIMIT));
	}

	public static AuditQuery newest(int limit) {
		return new AuditQuery(null, null, null, null, null, null, limit);
	}

	public AuditQuery withSubject(String subject) {
		return new AuditQuery(subject, username, action, from, until, before, limit);
	}

	public AuditQuery withUsername(String username) {
		return new AuditQuery(subject, username, action, from, until, before, limit);
	}

	public AuditQuery withAction(String action) {
		return new AuditQuery(subject, username, action, from, until, before, limit);
	}

	public AuditQuery between(Instant from, Instant until) {
		return new AuditQuery(subject, username, action, from, until, before, limit);
	}

	public AuditQuery before(Long sequenceNumber) {
		return new AuditQuery(subject, username, action, from, until, sequenceNumber, limit);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
