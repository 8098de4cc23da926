package kr.sangsaeng.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;

/**
 * A session was ended by someone other than the person using it: an administrator disabled the account, or its
 * holder chose a new password in another session. Whoever used it is signed out at their next request; the trail
 * records the one who ended it (the actor) and whose session it was (the subject), not a sign-out of the holder.
 *
 * @param accountId the account the session belonged to
 * @param username the username it signs in with
 * @param cause why it ended
 * @param lastRequestAt when the session was last used, if known
 * @param at when it was ended
 */
public record SessionEnded(long accountId, String username, Cause cause, Instant lastRequestAt, Instant at)
		implements AuditableEvent {

	public enum Cause {

		ACCOUNT_DISABLED, PASSWORD_CHANGED

	}

	@Override
	public String auditSubject() {
		return "account:" + username;
	}

	@Override
	public String auditAction() {
		return "session.ended";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("cause", cause);
		if (lastRequestAt != null) {
			details.put("lastRequestAt", lastRequestAt);
		}
		return details;
	}

}
