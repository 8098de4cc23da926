package kr.sangsaeng.identity;

import java.time.Instant;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;

/**
 * An account's password was chosen anew: changed by its holder, reset through a mailed link, or chosen for the
 * first time after an invitation. Its other sessions ended with it.
 */
public record PasswordChanged(long accountId, String username, How how, int sessionsEnded, Instant at)
		implements AuditableEvent {

	public enum How {

		CHANGED, RESET, INVITATION_ACCEPTED

	}

	@Override
	public String auditSubject() {
		return "account:" + username;
	}

	@Override
	public String auditAction() {
		return switch (how) {
			case CHANGED -> "account.password-changed";
			case RESET -> "account.password-reset";
			case INVITATION_ACCEPTED -> "account.invitation-accepted";
		};
	}

	@Override
	public Map<String, Object> auditDetails() {
		return Map.of("accountId", accountId, "sessionsEnded", sessionsEnded);
	}

}
