package kr.sangsaeng.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;

/**
 * A link to choose an account's password is to be mailed: to a member of staff an administrator invited, or to
 * someone who forgot their password (or whose administrator asked for a reset). The secret is carried only to be
 * mailed; it appears in no audit entry and no log.
 *
 * @param invitation whether the account was just opened by an invitation (else its password is being reset)
 * @param secret the link's secret, shown once, in the mail
 * @param actor who asked for it: the administrator, or the account itself for a forgotten password
 */
public record AccountLinkMailed(long accountId, String username, boolean invitation, MailRecipient recipient,
		String secret, Instant expiresAt, String actor, Instant at) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "account:" + username;
	}

	/**
	 * {@code account.invited} or {@code account.password-reset-mailed}.
	 */
	@Override
	public String auditAction() {
		return invitation ? "account.invited" : "account.password-reset-mailed";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("accountId", accountId);
		details.put("to", recipient.address());
		details.put("expiresAt", expiresAt.toString());
		return details;
	}

	@Override
	public String toString() {
		return "AccountLinkMailed[" + username + ", " + auditAction() + "]";
	}

}
