package kr.sangsaeng.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;

/**
 * An administrator disabled an account, ending its sessions, or enabled it again.
 *
 * @param accountId the account's id
 * @param username the username it signs in with
 * @param enabled whether it may sign in from now on
 * @param sessionsEnded how many of its sessions were ended
 * @param reason why, as the administrator gave it ({@code null} when none was asked)
 * @param actor the username of the administrator
 * @param at when
 */
public record AccountAccessChanged(long accountId, String username, boolean enabled, int sessionsEnded, String reason,
		String actor, Instant at) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "account:" + username;
	}

	/**
	 * {@code account.disabled} or {@code account.enabled}.
	 */
	@Override
	public String auditAction() {
		return enabled ? "account.enabled" : "account.disabled";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("accountId", accountId);
		if (!enabled) {
			details.put("sessionsEnded", sessionsEnded);
		}
		if (reason != null && !reason.isBlank()) {
			details.put("reason", reason);
		}
		return details;
	}

}
